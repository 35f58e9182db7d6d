"""Writing synced records: every write stamps the metadata that sync and audit rely on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from omavalmentaja.store.db import Database, new_id, now_iso

METADATA_COLUMNS = ("id", "created_at", "updated_at", "device_id", "version", "change_seq")


def save_record(db: Database, table: str, fields: dict[str, Any], record_id: str = "") -> tuple[str, int]:
    """Insert or update one record; returns (id, new version). Call inside a transaction."""
    stamp = now_iso()
    seq = db.next_change_seq()
    if record_id:
        row = db.query_one(f"SELECT version FROM {table} WHERE id = ?", (record_id,))
    else:
        row, record_id = None, new_id()
    if row is None:
        columns = {**fields, "id": record_id, "created_at": stamp, "updated_at": stamp,
                   "device_id": db.device_id, "version": 1, "change_seq": seq}
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(columns.values()))
        return record_id, 1
    version = int(row[0]) + 1
    columns = {**fields, "updated_at": stamp, "device_id": db.device_id, "version": version, "change_seq": seq}
    assignments = ", ".join(f"{name} = ?" for name in columns)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*columns.values(), record_id))
    return record_id, version


def insert_new_records(db: Database, table: str, rows: list[dict[str, Any]],
                       ids: list[str] | None = None) -> list[str]:
    """Insert new records (all with the same fields) in one statement; returns their ids (new ones unless
    given), in order. The metadata is what save_record stamps, with consecutive change sequence numbers.
    Call inside a transaction."""
    if not rows:
        return []
    stamp, device = now_iso(), db.device_id
    first_seq = db.reserve_change_seqs(len(rows))
    ids = ids or [new_id() for _ in rows]
    names = [*rows[0], *METADATA_COLUMNS]
    marks = ", ".join("?" for _ in names)
    db.connection.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
        [(*row.values(), record_id, stamp, stamp, device, 1, first_seq + n)
         for n, (row, record_id) in enumerate(zip(rows, ids, strict=True))])
    return ids


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
