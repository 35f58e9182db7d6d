"""Fixes from the security review: bounded KDF parameters, NFC passphrases, erasure reaching the
pre-migration copies, one line for malformed input files, and locking closing open dialogs."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli
from gui_helpers import unlock, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.errors import UserError
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.vault.header import VaultHeader
from test_service_model_cli import write_old_client


def test_a_header_asking_for_gigabytes_is_refused(session: Session, vault_dir: Path, passphrase: str) -> None:
    session.lock()
    path = vault_dir / "vault.header"
    magic, body = path.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    data["kdf"]["memory_cost"] = 64 * 1024 * 1024  # 64 GiB
    path.write_bytes(magic + b"\n" + json.dumps(data).encode())
    with pytest.raises(UserError, match="vioittunut"):
        VaultHeader.read(path)
    result = run_cli("client", "list", data_dir=vault_dir, passphrase=passphrase)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_passphrase_is_compared_in_nfc(vault_dir: Path) -> None:
    composed = "pääsy sallittu tänään 2026"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Session.create(vault_dir, decomposed).lock()
    Session.unlock(vault_dir, composed).lock()


def test_erasure_removes_the_copies_made_before_migrations(vault_dir: Path, passphrase: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from omavalmentaja.store import db as store_db

    shipped = store_db.migrations()
    with monkeypatch.context() as patch:  # a vault made by the previous version of the program
        patch.setattr(store_db, "migrations", lambda: shipped[:-1])
        with Session.create(vault_dir, passphrase) as session:  # written with the columns every schema has
            client_id = write_old_client(session, "Zebulontiina")
    with Session.unlock(vault_dir, passphrase) as session:  # the current version migrates it, keeping a copy
        copies = list(vault_dir.glob("vault.db.before-migration-*"))
        assert [p.name for p in copies] == [f"vault.db.before-migration-{shipped[-2][0]}"]
        assert copies[0].stat().st_mode & 0o077 == 0
        erase_client(session, client_id, "recorded_by_mistake")
        assert list(vault_dir.glob("vault.db.before-migration-*")) == []


def test_malformed_input_files_give_one_line(tmp_path: Path, vault_dir: Path, passphrase: str) -> None:
    Session.create(vault_dir, passphrase).lock()
    long_field = tmp_path / "long.csv"
    long_field.write_text("etunimi;sukunimi\n\"" + "A" * 200_000 + "\";Korhonen\n", encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    big_number = tmp_path / "number.json"
    big_number.write_text('{"id": ' + "9" * 6000 + "}", encoding="utf-8")
    for args in (("client", "import", str(long_field)), ("instrument", "import", str(deep)),
                 ("instrument", "import", str(big_number))):
        result = run_cli(*args, data_dir=vault_dir, passphrase=passphrase)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.strip()


def test_locking_closes_open_dialogs_and_keeps_the_draft(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.services.meetings import load_draft
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.new_client_dialog import NewClientDialog

    with Session.create(vault_dir, passphrase) as session:
        client_id = save_client(session, Client(first_name="Aino", last_name="Korhonen")).id
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, passphrase)
    window.show_client(client_id)
    wait_for_jobs(qtbot)
    tabs = window.client_detail.tabs
    meetings = next(tabs.widget(i) for i in range(tabs.count()) if hasattr(tabs.widget(i), "open_editor"))
    editor = meetings.open_editor(None)
    editor.notes.setPlainText("Kesken jäänyt kirjaus")
    new_client = NewClientDialog(window.session, window)
    new_client.open()
    new_client.form.first_name.setText("Keskeneräinen")
    window.lock()  # once no background job runs
    qtbot.waitUntil(lambda: window.session is None)
    assert not editor.isVisible() and not new_client.isVisible()
    with Session.unlock(vault_dir, passphrase) as session:
        draft = load_draft(session, client_id)
        assert draft is not None and draft.notes == "Kesken jäänyt kirjaus"


def test_a_vault_open_in_another_program_is_not_migrated_from_an_incomplete_copy(
        vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from omavalmentaja.store import db as store_db

    shipped = store_db.migrations()
    with monkeypatch.context() as patch:  # the previous version of the program, still open and reading
        patch.setattr(store_db, "migrations", lambda: shipped[:-1])
        Session.create(vault_dir, passphrase).lock()
        other = Session.unlock(vault_dir, passphrase)
    write_old_client(other, "Zebulontiina")  # in the WAL, not yet in vault.db
    other.db.connection.execute("BEGIN")
    other.db.connection.execute("SELECT count(*) FROM clients").fetchone()  # a reader holds the WAL
    with pytest.raises(UserError, match="Holvi on auki toisessa ohjelmassa"):
        Session.unlock(vault_dir, passphrase)
    assert list(vault_dir.glob("vault.db.before-migration-*")) == []
    other.db.connection.execute("COMMIT")
    other.lock()
    with Session.unlock(vault_dir, passphrase) as session:  # closed: the copy is whole and the vault migrates
        assert session.db.schema_version == shipped[-1][0]
        assert [r[0] for r in session.db.query("SELECT first_name FROM clients")] == ["Zebulontiina"]
