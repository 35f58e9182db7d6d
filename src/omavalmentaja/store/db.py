"""Opening the SQLCipher database with a raw 256-bit key, and running numbered migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from omavalmentaja.errors import UserError
from omavalmentaja.messages import render

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
Row = sqlcipher3.Row


DISK_FULL = "store.disk_full"
STORAGE_FAILED = "store.disk_error"
DAMAGED = "store.database_damaged"
PAGE_BYTES = 4096  # SQLCipher 4's page size (never changed here): a whole database file is a multiple of it


def storage_error_message(exc: BaseException) -> str | None:
    """The message a user should see for a database error caused by the disk (in the process's language),
    else None (a bug)."""
    message_id = storage_error_id(exc)
    return None if message_id is None else render(message_id)


def storage_error_id(exc: BaseException) -> str | None:
    """The message id of a database error caused by the disk, else None."""
    if isinstance(exc, sqlcipher3.OperationalError):
        text = str(exc).lower()
        if "full" in text:
            return DISK_FULL
        if "disk i/o" in text or "readonly" in text or "unable to open" in text:
            return STORAGE_FAILED
    if isinstance(exc, sqlcipher3.DatabaseError):
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text:
            return DAMAGED
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DISK_FULL
    return None


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def new_id() -> str:
    """A random UUID (version 4, as str(uuid.uuid4()) writes it), three times as fast: a bulk save makes many."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every migration shipped, in order."""
    found = []
    for entry in resources.files("omavalmentaja.store.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return found


class Database:
    """One open SQLCipher connection, shared by the GUI thread and background jobs. Autocommit; write
    through `transaction()`.

    The thread rule: a transaction belongs to the thread that opened it. The connection is one, so a
    statement from another thread would silently become part of that transaction (and be rolled back with
    it); instead every statement and transaction holds the connection's lock, and another thread waits
    until the owner's transaction has ended. The same thread nests freely (its inner block joins)."""

    def __init__(self, connection: Any, path: Path, key: bytes = b"") -> None:
        self.connection = connection
        self.path = path
        self.lock = threading.RLock()
        # The raw data key, as SQLCipher itself holds it while the connection is open: wrapping it again
        # (office recovery at enrolment, quick unlock) needs it, and it goes with the connection.
        self.key = key

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            return self.connection.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        with self.lock:
            return self.connection.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            return self.connection.execute(sql, params).fetchone()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        with self.lock:  # another thread's transaction: wait for it to end rather than join it
            if self.connection.in_transaction:  # nested in this thread's own transaction: join it
                yield self
                return
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.connection.execute("COMMIT")  # deferred foreign keys are checked here: a failure rolls back
            except BaseException:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                raise

    def next_change_seq(self) -> int:
        return self.reserve_change_seqs(1)

    def reserve_change_seqs(self, count: int) -> int:
        """Take count consecutive change sequence numbers; returns the first. Call inside a transaction."""
        row = self.query_one("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'change_seq' "
                             "RETURNING value", (count,))
        return int(row[0]) - count + 1

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (key, value))

    @property
    def device_id(self) -> str:
        return self.meta("device_id") or ""

    @property
    def schema_version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    def close(self) -> None:
        with self.lock:  # never under another thread's transaction
            self.connection.close()
            self.key = b""


def _connect(path: Path, key: bytes | None) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs to stderr by itself (ERROR CORE … on a damaged page); errors reach the user as one line.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        # The key came out of an authenticated wrap in the header, so a database it does not open is damaged
        # (truncated, overwritten) or not this header's; a full disk or an I/O error says so itself.
        storage = storage_error_id(exc)
        raise UserError(storage if storage in (DISK_FULL, STORAGE_FAILED) else DAMAGED) from None
    connection.row_factory = sqlcipher3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    # SQLCipher decrypts and checks a page each time it enters the page cache. With SQLite's default 2 MB cache
    # (and with 32 MB) the client list, the searches and Today of a regional caseload of 30,000 clients evicted
    # each other's pages, so each read decrypted most of its pages again (1.3-1.9x the time without a key).
    # 96 MB holds their pages together; it is a ceiling, filled only as pages are read (a coach's vault of a
    # few megabytes never reaches it).
    connection.execute("PRAGMA cache_size = -98304")
    return connection


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or create) the database and bring its schema up to date, refusing newer schemas."""
    return _open(path, key, create)


def open_unencrypted_database_for_benchmarks(path: Path, *, create: bool = False) -> Database:
    """The same engine, schema and settings without a key: the floor bench/ measures encryption against.
    Nothing in the program calls it; a vault is always opened with its key."""
    return _open(path, None, create)


def _open(path: Path, key: bytes | None, create: bool) -> Database:
    if not create:
        _require_whole_database(path)
    if create and not path.exists():
        path.touch(mode=0o600)  # SQLite gives its -wal and -shm files the same owner-only mode
    db = Database(_connect(path, key), path, key or b"")
    try:
        _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _require_whole_database(path: Path) -> None:
    """A vault's database that is missing, empty or cut short is damage, never a new vault: SQLite would
    make an empty file into a fresh database (with a new device id). Nothing is opened or written then."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    if size == 0 or size % PAGE_BYTES:
        raise UserError(DAMAGED)


MIGRATION_COPY_MARK = ".before-migration-"


def remove_migration_copies(db: Database) -> int:
    """Delete the copies made before schema migrations (an erasure must reach them too)."""
    removed = 0
    for path in db.path.parent.glob(f"{db.path.name}{MIGRATION_COPY_MARK}*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def _migrate(db: Database) -> None:
    shipped = migrations()
    latest = shipped[-1][0] if shipped else 0
    current = db.schema_version
    if current > latest:
        raise UserError(
            "store.database_newer", current, latest
        )
    pending = [(n, name, sql) for n, name, sql in shipped if n > current]
    if not pending:
        return
    if current > 0:
        busy, wal_pages, copied = db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy or wal_pages != copied:  # a program still reading holds changes in the WAL: the copy would lack them
            raise UserError("store.vault_in_use_for_migration")
        copy = db.path.with_name(f"{db.path.name}{MIGRATION_COPY_MARK}{current}")
        shutil.copy2(db.path, copy)
        os.chmod(copy, 0o600)
    for number, _name, sql in pending:
        db.connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_statements(sql):
                db.connection.execute(statement)
            db.connection.execute(f"PRAGMA user_version = {number}")
            if number == 1:
                db.connection.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?), ('change_seq', '0'), "
                                      "('created_at', ?)", (new_id(), now_iso()))
        except BaseException:
            db.connection.execute("ROLLBACK")
            raise
        db.connection.execute("COMMIT")


def _split_statements(sql: str) -> list[str]:
    """Split a migration into statements; trigger bodies (BEGIN … END;) stay whole."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
