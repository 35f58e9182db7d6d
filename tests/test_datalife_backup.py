"""Backup and restore of the whole vault: a round trip through the CLI in subprocesses, and every way a backup
can be wrong (another passphrase, a changed or missing byte) refused with one line and nothing written."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from datalife_support import SURNAME, add_full_client
from omavalmentaja.errors import UserError
from omavalmentaja.services.backup import make_backup, restore_backup
from omavalmentaja.services.session import Session
from omavalmentaja.vault.backup import MAGIC
from sync_support import store_digest


def _listing(folder: Path) -> list[dict]:
    result = run_cli("client", "list", "--json", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_backup_and_restore_round_trip_through_the_cli(session: Session, tmp_path: Path) -> None:
    client = add_full_client(session)
    folder = session.vault.folder
    session.lock()
    assert run_cli("demo-data", "--clients", "4", data_dir=folder).returncode == 0
    before = _listing(folder)
    backups = tmp_path / "varmuuskopiot"
    backups.mkdir()
    out = backups / "holvi.omvbackup"

    made = run_cli("backup", "--out", str(out), data_dir=folder)
    assert made.returncode == 0, made.stderr
    assert [p.name for p in backups.iterdir()] == ["holvi.omvbackup"]  # no copy or temp file left beside it
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    assert data.startswith(MAGIC) and SURNAME.encode() not in data and SURNAME.encode("utf-16-le") not in data
    refused = run_cli("backup", "--out", str(out), data_dir=folder)
    assert refused.returncode == 2 and "on jo olemassa" in refused.stderr and out.read_bytes() == data

    restored = tmp_path / "palautettu"
    result = run_cli("restore", str(out), data_dir=restored)
    assert result.returncode == 0, result.stderr
    assert _listing(restored) == before
    assert stat.S_IMODE(restored.stat().st_mode) == 0o700
    with Session.unlock(restored, PASSPHRASE) as back:
        assert back.clients.get(client.id).last_name == SURNAME
        assert back.db.query_one("SELECT count(*) FROM plan_signatures")[0] >= 2
        actions = [e.action for e in back.audit.recent(1000)]
        assert "vault.restore" in actions and "client.create" in actions
    with Session.unlock(folder, PASSPHRASE) as original, Session.unlock(restored, PASSPHRASE) as back:
        assert store_digest(original) == store_digest(back)  # the restored vault holds the same records

    again = run_cli("restore", str(out), data_dir=restored)
    assert again.returncode == 2 and "on jo holvi" in again.stderr


def test_wrong_passphrase_and_damaged_backups_write_nothing(session: Session, tmp_path: Path) -> None:
    add_full_client(session)
    out = tmp_path / "holvi.omvbackup"
    make_backup(session, out, PASSPHRASE)
    data = out.read_bytes()
    target = tmp_path / "kohde"

    wrong = run_cli("restore", str(out), data_dir=target, passphrase="toinen tunnuslause 2026")
    assert wrong.returncode == 2 and "Väärä tunnuslause" in wrong.stderr
    header_end = data.index(b"}", len(MAGIC)) + 1
    cases = {
        "magic": b"X" + data[1:],
        "header": data[:header_end - 3] + bytes([data[header_end - 3] ^ 1]) + data[header_end - 2:],
        "middle": data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 0x40]) + data[len(data) // 2 + 1:],
        "last": data[:-1] + bytes([data[-1] ^ 1]),
        "truncated": data[:len(data) - 100],
        "only header": data[:header_end],
        "empty": b"",
    }
    for name, damaged in cases.items():
        path = tmp_path / f"{name}.omvbackup"
        path.write_bytes(damaged)
        result = run_cli("restore", str(path), data_dir=target) if name in ("middle", "truncated") else None
        if result is not None:
            assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
            assert "vioittunut" in result.stderr and "Traceback" not in result.stderr
        else:
            with pytest.raises(UserError):
                restore_backup(path, target, PASSPHRASE)
        assert not target.exists(), name


def test_backup_refuses_bad_targets_and_a_wrong_passphrase(session: Session, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="kansio"):
        make_backup(session, tmp_path, PASSPHRASE)
    with pytest.raises(UserError, match="Kansiota"):
        make_backup(session, tmp_path / "ei" / "ole" / "b.omvbackup", PASSPHRASE)
    with pytest.raises(UserError, match="Väärä tunnuslause"):
        make_backup(session, tmp_path / "b.omvbackup", "ei tämä tunnuslause")
    assert list(tmp_path.iterdir()) == [session.vault.folder]
    with pytest.raises(UserError, match="ei voi lukea"):
        restore_backup(tmp_path / "puuttuu.omvbackup", tmp_path / "kohde", PASSPHRASE)
