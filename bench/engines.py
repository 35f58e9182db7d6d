"""The two engines every workload runs on: the product's encrypted vault, and the same SQLCipher engine,
schema and settings without a key (the floor for what encryption costs)."""

from __future__ import annotations

from pathlib import Path

from omavalmentaja.services.session import Session
from omavalmentaja.store.db import open_unencrypted_database_for_benchmarks
from omavalmentaja.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
ACTOR = "bench"


def create(folder: Path, encrypted: bool) -> Session:
    if encrypted:
        session = Session.create(folder, PASSPHRASE)
        session.actor = ACTOR
        return session
    folder.mkdir(parents=True, exist_ok=True)
    return Session(Vault(folder), open_unencrypted_database_for_benchmarks(folder / "plain.db", create=True), ACTOR)


def open_session(folder: Path, encrypted: bool) -> Session:
    if encrypted:
        return Session.unlock(folder, PASSPHRASE)
    return Session(Vault(folder), open_unencrypted_database_for_benchmarks(folder / "plain.db"), ACTOR)


def plain_copy(session: Session, folder: Path) -> Path:
    """The same database without a key, byte for byte the same rows (SQLCipher's own sqlcipher_export)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "plain.db"
    db = session.db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    try:
        db.execute("SELECT sqlcipher_export('plain')")
        db.execute(f"PRAGMA plain.user_version = {db.schema_version}")
    finally:
        db.execute("DETACH DATABASE plain")
    return folder
