"""A passphrase change re-encrypts the database under a new data key, and a crash at any step of it leaves a
vault that opens with the old or the new passphrase and has lost nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import run_cli

from omavalmentaja.domain.client import Client
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.passphrase import change_passphrase
from omavalmentaja.services.session import Session
from omavalmentaja.vault.rekey import STEPS

NEW = "uusi pitkä tunnuslause 42"
CHILD = Path(__file__).with_name("keys_rekey_child.py")


def _make(vault_dir: Path, passphrase: str) -> str:
    with Session.create(vault_dir, passphrase) as session:
        return save_client(session, Client(first_name="Aino", last_name="Korhonen")).id


def test_passphrase_change_reencrypts_and_an_old_header_copy_opens_nothing(vault_dir: Path, passphrase: str) -> None:
    client_id = _make(vault_dir, passphrase)
    old_header = (vault_dir / "vault.header").read_bytes()
    old_database = (vault_dir / "vault.db").read_bytes()
    with Session.unlock(vault_dir, passphrase) as session:
        change_passphrase(session, passphrase, NEW)
        assert session.clients.get(client_id).first_name == "Aino"  # the session goes on with the new key
        assert [e.action for e in session.audit.recent(3)][0] == "vault.passphrase_changed"
    assert (vault_dir / "vault.db").read_bytes()[:4096] != old_database[:4096]
    with Session.unlock(vault_dir, NEW) as session:
        assert session.clients.get(client_id).first_name == "Aino"
    (vault_dir / "vault.header").write_bytes(old_header)  # an attacker's copy of the old header
    with pytest.raises(UserError) as refused:
        Session.unlock(vault_dir, passphrase)
    assert not isinstance(refused.value, WrongPassphrase)  # the old key unwraps, but opens nothing


def test_wrong_old_passphrase_changes_nothing(session: Session, vault_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name == "vault.header"}
    with pytest.raises(WrongPassphrase):
        change_passphrase(session, "ei ole oikea tunnuslause", NEW)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name == "vault.header"} == before


@pytest.mark.parametrize("stop_at", STEPS)
def test_a_crash_at_any_rekey_step_loses_nothing(vault_dir: Path, passphrase: str, stop_at: str) -> None:
    client_id = _make(vault_dir, passphrase)
    child = subprocess.run([sys.executable, str(CHILD), str(vault_dir), passphrase, NEW, stop_at],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert child.returncode == -signal.SIGKILL, child.stderr
    opened = []
    for candidate in (passphrase, NEW):
        try:
            with Session.unlock(vault_dir, candidate) as session:
                assert session.clients.get(client_id).first_name == "Aino"
                opened.append(candidate)
        except UserError:
            pass
    # before the database swap only the old passphrase opens; from the swap on only the new one does
    assert opened == ([passphrase] if STEPS.index(stop_at) < STEPS.index("database_swapped") else [NEW])
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.header"]  # settled, no leftovers


def test_cli_passwd_rekeys_and_says_so(tmp_path: Path, passphrase: str) -> None:
    vault = tmp_path / "v"
    _make(vault, passphrase)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    result = run_cli("--lang", "en", "passwd", "--new-passphrase-file", str(new_file), data_dir=vault)
    assert result.returncode == 0, result.stderr
    assert "encrypted under a new key" in result.stdout
    wrong = run_cli("--lang", "en", "passwd", "--new-passphrase-file", str(new_file), data_dir=vault)
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    assert run_cli("client", "list", data_dir=vault, passphrase=NEW).returncode == 0
