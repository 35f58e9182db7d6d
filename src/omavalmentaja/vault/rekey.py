"""Re-encrypting the database under a new data key, in two phases that a crash cannot split.

Phase 1 writes the new header as `vault.header.pending` and a complete copy of the database under the new key
(`sqlcipher_export` into `vault.db.rekey`, fsynced). Phase 2 swaps the copy over `vault.db`, then the pending
header over `vault.header` (each an atomic rename followed by an fsync of the folder). Whatever point a crash
stops at, `settle()` at the next unlock finds one of three states:

  - no pending header: nothing was under way (or it finished);
  - a pending header whose key does not open `vault.db`: the swap had not happened, the old header and the old
    passphrase still open everything; the pending files are removed;
  - a pending header whose key opens `vault.db`: the database was swapped, the pending header is made the
    header; the new passphrase opens it (the old one is told that a change was interrupted).

After phase 2 the old data key opens nothing in the folder: the old database file is replaced, its write-ahead
log was checkpointed and removed, and the copies made before schema migrations (under the old key) are removed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from omavalmentaja.atomic import _fsync_dir as fsync_dir  # the folder fsync of every atomic write
from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database, open_database, remove_migration_copies
from omavalmentaja.vault.header import VaultHeader

PENDING_HEADER_NAME = "vault.header.pending"
NEW_DATABASE_SUFFIX = ".rekey"
_SIDE_FILES = ("", "-journal", "-wal", "-shm")

# The steps a rekey reports, in order (a caller may show progress; the crash tests stop the process at each).
STEPS = ("header_pending", "database_copied", "database_swapped", "header_swapped")

Step = Callable[[str], None]


def pending_header_path(folder: Path) -> Path:
    return folder / PENDING_HEADER_NAME


def new_database_path(database: Path) -> Path:
    return Path(f"{database}{NEW_DATABASE_SUFFIX}")


def _remove_files(path: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _export(db: Database, target: Path, key: bytes) -> None:
    """A complete copy of the open database in `target`, encrypted with `key`, on disk when this returns."""
    attached = False
    try:
        db.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), f"x'{key.hex()}'"))
        attached = True
        db.execute("PRAGMA rekey.journal_mode = DELETE")  # one self-contained file, no WAL beside it
        db.execute("SELECT sqlcipher_export('rekey')")
        db.execute(f"PRAGMA rekey.user_version = {db.schema_version}")
        db.execute("DETACH DATABASE rekey")
        attached = False
    except (OSError, sqlcipher3.OperationalError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UserError("keys.rekey_failed", reason) from None
    finally:
        if attached:
            with contextlib.suppress(sqlcipher3.Error):
                db.execute("DETACH DATABASE rekey")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def rekey(folder: Path, db: Database, new_header: VaultHeader, new_key: bytes, step: Step | None = None) -> Database:
    """Re-encrypt the open database `db` under `new_key` and make `new_header` the vault's header.

    `db` is closed; the database reopened under the new key is returned. On an error before the swap the
    old database is reopened (or stays open) and nothing has changed."""
    report = step or (lambda _name: None)
    database = db.path
    pending = pending_header_path(folder)
    target = new_database_path(database)
    old_key = db.key
    _remove_files(target)
    try:
        new_header.write(pending)
        report("header_pending")
        _export(db, target, new_key)
        report("database_copied")
    except BaseException:
        _remove_files(target)
        pending.unlink(missing_ok=True)
        raise
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    try:
        for suffix in ("-wal", "-shm"):  # checkpointed and empty: they would not match the new file
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(target, database)
        fsync_dir(folder)
    except BaseException:
        _remove_files(target)
        pending.unlink(missing_ok=True)
        open_database(database, old_key).close()  # the old database is whole: prove it opens
        raise
    report("database_swapped")
    return _commit(folder, pending, database, new_key, report)


def _commit(folder: Path, pending: Path, database: Path, key: bytes, report: Step) -> Database:
    os.replace(pending, folder / "vault.header")
    fsync_dir(folder)
    report("header_swapped")
    reopened = open_database(database, key)
    remove_migration_copies(reopened)
    return reopened


def settle(folder: Path, database: Path, unwrap: Callable[[VaultHeader], bytes]) -> Database | None:
    """Finish or discard a rekey that a crash interrupted; the database if the pending header's key opens it.

    `unwrap` gets the data key from a header (with the passphrase or PIN the person gave) or raises."""
    pending = pending_header_path(folder)
    if not pending.exists():
        return None
    try:
        header = VaultHeader.read(pending)
        key = unwrap(header)
        db = open_database(database, key)
    except UserError:
        return None  # not the new passphrase, or the swap never happened: decided by the caller's next step
    _remove_files(new_database_path(database))
    os.replace(pending, folder / "vault.header")
    fsync_dir(folder)
    remove_migration_copies(db)
    return db


def discard_pending(folder: Path, database: Path) -> None:
    """The old header's key opened the database: the swap never happened, so the pending files are dropped."""
    pending = pending_header_path(folder)
    if pending.exists():
        pending.unlink()
        _remove_files(new_database_path(database))
        fsync_dir(folder)


def interrupted(folder: Path) -> bool:
    return pending_header_path(folder).exists()
