"""Writing synced records: every write stamps the metadata that sync and audit rely on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from omavalmentaja.store.db import Database, new_id, now_iso

METADATA_COLUMNS = ("id", "created_at", "updated_at", "device_id", "version", "change_seq")


def save_record(db: Database, table: str, fields: dict[str, Any], record_id: str = "") -> tuple[str, int]:
    """Insert or update one record; returns (id, new version). Call inside a transaction."""
    return save_records(db, table, [fields], [record_id])[0]


def insert_new_records(db: Database, table: str, rows: list[dict[str, Any]],
                       ids: list[str] | None = None) -> list[str]:
    """Insert new records in bulk; returns their ids (new ones unless given), in order. Call inside a
    transaction."""
    return [record_id for record_id, _ in save_records(db, table, rows, ids, new=True)]


def save_records(db: Database, table: str, rows: list[dict[str, Any]], ids: list[str] | None = None, *,
                 new: bool = False) -> list[tuple[str, int]]:
    """Insert or update records (an id that is empty or not in the table is inserted; each id at most once);
    returns (id, new version) of each, in order. Every record is stamped with the same time and device and
    gets the next change sequence number, in order, from one reservation; the rows are written with one
    statement per set of columns. `new`: the caller knows that no id is in the table yet (no look-up). Call
    inside a transaction."""
    if not rows:
        return []
    given = [record_id for record_id in ids if record_id] if ids and not new else []
    versions = _versions(db, table, given) if given else {}
    ids = [record_id or new_id() for record_id in ids] if ids else [new_id() for _ in rows]
    stamp, device, first_seq = now_iso(), db.device_id, db.reserve_change_seqs(len(rows))
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    saved = []
    for n, (fields, record_id) in enumerate(zip(rows, ids, strict=True)):
        version = versions.get(record_id, 0) + 1
        if version == 1:
            inserts.setdefault(tuple(fields), []).append(
                (*fields.values(), record_id, stamp, stamp, device, 1, first_seq + n))
        else:
            updates.setdefault(tuple(fields), []).append(
                (*fields.values(), stamp, device, version, first_seq + n, record_id))
        saved.append((record_id, version))
    for names, values in inserts.items():
        columns = (*names, *METADATA_COLUMNS)
        db.connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                                  f"VALUES ({', '.join('?' for _ in columns)})", values)
    for names, values in updates.items():
        assignments = ", ".join(f"{name} = ?" for name in (*names, *_UPDATED_COLUMNS))
        db.connection.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", values)
    return saved


_UPDATED_COLUMNS = ("updated_at", "device_id", "version", "change_seq")
_LOOKUP_CHUNK = 500  # ids per look-up of the stored versions (SQLite's limit on parameters is far above)


def _versions(db: Database, table: str, ids: list[str]) -> dict[str, int]:
    """The stored version of each of these ids that is in the table."""
    found: dict[str, int] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start:start + _LOOKUP_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(db.query(f"SELECT id, version FROM {table} WHERE id IN ({marks})", chunk))
    return found


def delete_record(db: Database, table: str, record_id: str, reason: str = "") -> None:
    """Remove the row and leave a tombstone that sync carries. Call inside a transaction."""
    db.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    db.execute(
        "INSERT OR REPLACE INTO tombstones(record_table, record_id, deleted_at, device_id, change_seq, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (table, record_id, now_iso(), db.device_id, db.next_change_seq(), reason),
    )


def was_erased(db: Database, table: str, record_id: str, reason: str) -> bool:
    """Whether the record was removed with this reason (its tombstone says so)."""
    return db.query_one("SELECT 1 FROM tombstones WHERE record_table = ? AND record_id = ? AND reason = ?",
                        (table, record_id, reason)) is not None


@contextlib.contextmanager
def erasing(db: Database, client_ids: Iterable[str]) -> Iterator[None]:
    """Let the store remove these clients' signed plans (its triggers refuse that otherwise) for the length of
    the block. Call inside a transaction: the marks are gone again before it commits."""
    marked = sorted(set(client_ids))
    for client_id in marked:
        db.execute("INSERT OR IGNORE INTO erasure_in_progress(client_id) VALUES (?)", (client_id,))
    try:
        yield
    finally:
        for client_id in marked:
            db.execute("DELETE FROM erasure_in_progress WHERE client_id = ?", (client_id,))
