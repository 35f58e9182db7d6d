"""Synced records, generically: every table with the record metadata columns is carried, so tables that
later features add (questionnaire responses, plans, signatures) sync without changes here."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from omavalmentaja.store.db import Database
from omavalmentaja.store.search import drop_client_document, purge_removed_words, reindex_clients
from omavalmentaja.sync.bundle import DAMAGED, UUID_PATTERN, BundleError

REQUIRED_COLUMNS = frozenset({"id", "version", "device_id", "change_seq", "created_at", "updated_at"})
BLOB_MARK = "$base64"
MAX_INTEGER = 2**63 - 1
BAD_ID = "sync.bad_id"


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_PATTERN.fullmatch(value) is not None


def require_uuid(value: Any) -> str:
    if not is_uuid(value):
        raise BundleError(BAD_ID)
    return str(value)


def table_columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.query(f'PRAGMA table_info("{table}")')]


def synced_tables(db: Database) -> list[str]:
    """Every table of synced records, parents before the tables whose foreign keys point at them."""
    names = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name")]
    tables = [n for n in names if set(table_columns(db, n)) >= REQUIRED_COLUMNS]
    parents = {t: {r[2] for r in db.query(f'PRAGMA foreign_key_list("{t}")') if r[2] != t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered) | (parents[t] - set(tables))]
        ordered.extend(ready or [t for t in tables if t not in ordered])  # a cycle: keep going, FKs are deferred
    return ordered


def encode_value(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {BLOB_MARK: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) != {BLOB_MARK} or not isinstance(value[BLOB_MARK], str):
            raise BundleError(DAMAGED)
        try:
            return base64.b64decode(value[BLOB_MARK], validate=True)
        except (binascii.Error, ValueError):
            raise BundleError(DAMAGED) from None
    if value is None or isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    raise BundleError(DAMAGED)


def encode_row(row: Any) -> dict[str, Any]:
    return {name: encode_value(row[name]) for name in row.keys() if name != "change_seq"}  # noqa: SIM118 (a Row iterates values)


@dataclass
class Record:
    """One record as carried in a payload: its table, its columns (change_seq excluded, it is per vault),
    and the version both sides last agreed on (None when the sender knows of none)."""

    table: str
    row: dict[str, Any]
    base: tuple[int, str] | None = None
    decoded: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def values(self) -> dict[str, Any]:
        """The row's values as stored (blobs as bytes): those the payload's reader kept, or decoded once here."""
        if self.decoded is None:
            self.decoded = {name: decode_value(value) for name, value in self.row.items()}
        return self.decoded

    @cached_property
    def id(self) -> str:  # a record's id never changes (read per record many times in a merge)
        return str(self.row["id"])

    @property
    def stamp(self) -> tuple[int, str]:
        return int(self.row["version"]), str(self.row["device_id"])

    def to_json(self) -> dict[str, Any]:
        return {"table": self.table, "row": self.row, "base": list(self.base) if self.base else None}


@dataclass
class Tombstone:
    record_table: str
    record_id: str
    deleted_at: str
    device_id: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def changed_records(db: Database, since: int) -> list[Record]:
    found = []
    for table in synced_tables(db):
        cursor = db.connection.execute(f'SELECT * FROM "{table}" WHERE change_seq > ? ORDER BY change_seq', (since,))
        names = [d[0] for d in cursor.description]
        keep = [n != "change_seq" for n in names]
        for values in cursor:  # encode_row's work, with the column names read once per table
            found.append(Record(table, {name: encode_value(value) if isinstance(value, bytes) else value
                                        for name, value, kept in zip(names, values, keep, strict=True) if kept}))
    return found


def changed_tombstones(db: Database, since: int) -> list[Tombstone]:
    rows = db.query("SELECT record_table, record_id, deleted_at, device_id, reason FROM tombstones "
                    "WHERE change_seq > ? ORDER BY change_seq", (since,))
    return [Tombstone(*r) for r in rows]


def client_records(db: Database, client_id: str) -> list[Record]:
    """Every record that belongs to one client: the client, rows with its client_id, and their children."""
    owned: dict[str, list[str]] = {}
    found: list[Record] = []
    for table in synced_tables(db):
        columns = table_columns(db, table)
        if table == "clients":
            rows = db.query("SELECT * FROM clients WHERE id = ?", (client_id,))
        elif "client_id" in columns:
            rows = db.query(f'SELECT * FROM "{table}" WHERE client_id = ?', (client_id,))
        else:
            rows = []
            for fk in db.query(f'PRAGMA foreign_key_list("{table}")'):
                for parent_id in owned.get(fk[2], []):
                    rows += db.query(f'SELECT * FROM "{table}" WHERE "{fk[3]}" = ?', (parent_id,))
        owned[table] = [r["id"] for r in rows]
        found += [Record(table, encode_row(r)) for r in rows]
    return found


def current_stamp(db: Database, table: str, record_id: str) -> tuple[int, str] | None:
    row = db.query_one(f'SELECT version, device_id FROM "{table}" WHERE id = ?', (record_id,))
    return None if row is None else (int(row[0]), str(row[1]))


def current_row(db: Database, table: str, record_id: str) -> dict[str, Any] | None:
    row = db.query_one(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    return None if row is None else encode_row(row)


def write_record(db: Database, record: Record, change_seq: int) -> None:
    """Insert or update the row as carried (never REPLACE: that would cascade-delete its children)."""
    values = _values(record, change_seq)
    db.execute(_upsert_sql(record.table, tuple(values)), tuple(values.values()))
    db.execute(_UNTOMB, (record.table, record.id))


_UNTOMB = "DELETE FROM tombstones WHERE record_table = ? AND record_id = ?"


def _values(record: Record, change_seq: int) -> dict[str, Any]:
    values = dict(record.values())
    values["change_seq"] = change_seq
    return values


def _upsert_sql(table: str, names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    return f'INSERT INTO "{table}" ({columns}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}'


class RecordWriter:
    """write_record for a whole merge: the records wait, then go in with one statement per table and column
    set, numbered in the order they were written. Before reading a record back, call flush_if_holds(); a
    record written twice is flushed before the second write is queued, so the outcome is write_record's.
    Foreign keys must be deferred (the tables go in by kind, not in the payload's order)."""

    def __init__(self, db: Database, written: Callable[[list[Record]], None] | None = None,
                 tombstoned: Callable[[str, str], bool] | None = None) -> None:
        self.db = db
        self.written = written  # told of each batch once it is in the store
        self.tombstoned = tombstoned  # which records have a tombstone to remove (None: any may have)
        self.pending: list[Record] = []
        self.keys: set[tuple[str, str]] = set()

    def write(self, record: Record) -> None:
        self.flush_if_holds(record)
        self.pending.append(record)
        self.keys.add((record.table, record.id))

    def flush_if_holds(self, record: Record) -> None:
        if (record.table, record.id) in self.keys:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        first_seq = self.db.reserve_change_seqs(len(self.pending))
        shapes: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        for n, record in enumerate(self.pending):
            values = _values(record, first_seq + n)
            shapes.setdefault((record.table, tuple(values)), []).append(tuple(values.values()))
        for (table, names), rows in shapes.items():
            self.db.connection.executemany(_upsert_sql(table, names), rows)
        self.db.connection.executemany(_UNTOMB, [(r.table, r.id) for r in self.pending
                                                 if self.tombstoned is None or self.tombstoned(r.table, r.id)])
        if self.written is not None:
            self.written(list(self.pending))
        self.pending.clear()
        self.keys.clear()


def write_tombstone(db: Database, tomb: Tombstone, change_seq: int) -> None:
    if tomb.record_table == "clients":  # an erased client: the search document goes with the row
        drop_client_document(db, tomb.record_id)
    db.execute(f'DELETE FROM "{tomb.record_table}" WHERE id = ?', (tomb.record_id,))
    db.execute("INSERT OR REPLACE INTO tombstones(record_table, record_id, deleted_at, device_id, change_seq, reason) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               (tomb.record_table, tomb.record_id, tomb.deleted_at, tomb.device_id, change_seq, tomb.reason))


def is_tombstoned(db: Database, table: str, record_id: str) -> bool:
    return db.query_one("SELECT 1 FROM tombstones WHERE record_table = ? AND record_id = ?",
                        (table, record_id)) is not None


def reindex_applied(db: Database, records: list[Record], tombstones: list[Tombstone]) -> None:
    """Keep the full-text search in step with applied records."""
    client_ids = {r.id for r in records if r.table == "clients"}
    client_ids |= {str(r.row["client_id"]) for r in records if isinstance(r.row.get("client_id"), str)}
    erased = {t.record_id for t in tombstones if t.record_table == "clients"}
    reindex_clients(db, sorted(client_ids | erased))
    if erased:
        purge_removed_words(db)
