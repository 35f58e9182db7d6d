"""A copy of the whole database in a new SQLCipher file under another key (sqlcipher_export), and the
checkpoint that leaves no older page versions in the write-ahead log."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import sqlcipher3

from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database

_SIDE_FILES = ("", "-journal", "-wal", "-shm")


def export_copy(db: Database, folder: Path, key: bytes) -> bytes:
    """The bytes of a complete copy of the database, encrypted with `key`.

    SQLCipher writes the copy to a file; it is made in `folder` under a random name and removed before this
    returns. It is encrypted with a key that exists only in memory, so a copy left by a killed process is
    unreadable."""
    path = folder / f".omavalmentaja-{secrets.token_hex(8)}.db"
    attached = False
    try:
        # Made owner-only before SQLCipher opens it (it would follow the umask); its side files take this mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        db.execute("ATTACH DATABASE ? AS snapshot KEY ?", (str(path), f"x'{key.hex()}'"))
        attached = True
        db.execute("SELECT sqlcipher_export('snapshot')")
        db.execute(f"PRAGMA snapshot.user_version = {db.schema_version}")
        db.execute("DETACH DATABASE snapshot")
        attached = False
        return path.read_bytes()
    except (OSError, sqlcipher3.OperationalError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UserError("store.copy_not_written", folder, reason) from None
    finally:
        if attached:
            with contextlib.suppress(sqlcipher3.Error):
                db.execute("DETACH DATABASE snapshot")
        for suffix in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()


def checkpoint(db: Database) -> bool:
    """Copy the write-ahead log into the database and empty it, so removed data does not linger in it.
    False if it could not finish: another connection (the app, a second command) still reads an older
    snapshot, so older page versions stay in the log and the database file until it lets go."""
    row = db.query_one("PRAGMA wal_checkpoint(TRUNCATE)")
    busy, log_frames, done_frames = (int(value) for value in row)
    return busy == 0 and log_frames == done_frames
