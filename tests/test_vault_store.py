"""The vault on a real SQLCipher file: keys, wrong passphrases, migrations, nothing in plain text."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.session import Session
from omavalmentaja.store import db as store_db
from omavalmentaja.vault import Vault
from omavalmentaja.vault.header import VaultHeader

DISTINCTIVE_NAME = "Zebulontiina"
DISTINCTIVE_NOTE = "Ksylofonikonsertti ja hevosenkenkä"


def _write_distinctive_client(session: Session) -> Client:
    client = save_client(session, Client(first_name=DISTINCTIVE_NAME, last_name="Åkerlund-Шевченко",
                                         henkilotunnus="131052-308T", municipality="Kajaani"))
    save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime(2026, 11, 2, 10, 0),
                                  notes=DISTINCTIVE_NOTE))
    return client


def test_no_client_data_in_any_file_of_the_data_folder(session: Session, vault_dir: Path) -> None:
    _write_distinctive_client(session)
    session.lock()
    files = [p for p in vault_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "vault.header"}
    needles = [DISTINCTIVE_NAME, DISTINCTIVE_NOTE, "131052-308T", "Шевченко", "Kajaani"]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in data, f"{needle!r} in {path.name} as {encoding}"


def test_plain_sqlite_and_a_wrong_key_cannot_open_the_database(session: Session, vault_dir: Path) -> None:
    _write_distinctive_client(session)
    session.lock()
    path = vault_dir / "vault.db"
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()
    wrong = sqlcipher3.connect(str(path))
    wrong.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT * FROM sqlite_master").fetchall()
    wrong.close()
    with pytest.raises(UserError):
        store_db.open_database(path, b"\x01" * 32)


def test_header_holds_only_wrapped_keys(session: Session, vault_dir: Path, passphrase: str) -> None:
    header = VaultHeader.read(vault_dir / "vault.header")
    assert set(header.wraps) == {"passphrase"}
    assert header.kdf.name == "argon2id" and header.kdf.memory_cost >= 64 * 1024
    text = (vault_dir / "vault.header").read_text()
    assert passphrase not in text
    assert (vault_dir / "vault.header").stat().st_mode & 0o077 == 0
    assert (vault_dir / "vault.db").stat().st_mode & 0o077 == 0


def test_wrong_passphrase_is_refused_and_writes_nothing(session: Session, vault_dir: Path) -> None:
    session.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, "not the passphrase at all")
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before


def test_weak_new_passphrase_is_refused(session: Session, vault_dir: Path, passphrase: str) -> None:
    from omavalmentaja.services.passphrase import change_passphrase

    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(UserError, match="vähintään"):
        change_passphrase(session, passphrase, "short")
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name in before} == before


def test_a_vault_is_not_created_twice(session: Session, vault_dir: Path, passphrase: str) -> None:
    with pytest.raises(UserError, match="jo holvi"):
        Vault(vault_dir).create(passphrase)


def test_a_newer_schema_is_refused_with_a_clear_message(session: Session, vault_dir: Path, passphrase: str) -> None:
    latest = store_db.migrations()[-1][0]
    session.db.execute(f"PRAGMA user_version = {latest + 1}")
    session.lock()
    with pytest.raises(UserError, match="uudemmasta ohjelmaversiosta"):
        Session.unlock(vault_dir, passphrase)


def test_migrations_are_numbered_and_applied_in_one_go(session: Session) -> None:
    numbers = [n for n, _, _ in store_db.migrations()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert session.db.schema_version == numbers[-1]


def test_audit_log_is_append_only(session: Session) -> None:
    client = _write_distinctive_client(session)
    actions = [e.action for e in session.audit.for_client(client.id)]
    assert actions == ["meeting.create", "client.create"]
    with pytest.raises(sqlcipher3.IntegrityError):
        session.db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlcipher3.IntegrityError):
        session.db.execute("UPDATE audit_log SET actor = 'x'")


def test_records_carry_sync_metadata(session: Session) -> None:
    client = _write_distinctive_client(session)
    row = session.db.query_one("SELECT * FROM clients WHERE id = ?", (client.id,))
    assert row["version"] == 1 and row["device_id"] == session.device_id and row["change_seq"] > 0
    client.phone = "040 123 4567"
    save_client(session, client)
    row2 = session.db.query_one("SELECT * FROM clients WHERE id = ?", (client.id,))
    assert row2["version"] == 2 and row2["change_seq"] > row["change_seq"]
    assert row2["created_at"] == row["created_at"] and row2["updated_at"] > row["updated_at"]


def test_repeated_wrong_passphrases_slow_down(session: Session, vault_dir: Path, passphrase: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import omavalmentaja.vault.vault as vault_module

    delays: list[float] = []
    monkeypatch.setattr(vault_module.time, "sleep", delays.append)  # record the waits instead of waiting
    session.lock()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            Session.unlock(vault_dir, "not the passphrase at all")
    assert delays == [1.0, 2.0, 4.0]
    Session.unlock(vault_dir, passphrase).lock()  # success resets the count
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_dir, "not the passphrase at all")
    assert delays == [1.0, 2.0, 4.0]
