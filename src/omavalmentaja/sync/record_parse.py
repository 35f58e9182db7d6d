"""Reading a payload's records and tombstones: every shape is checked, since a payload is data from outside the
vault. Each value must fit its column as the vault's schema declares it; the values are decoded once (blobs to
bytes) and kept with the record, so that validation and writing need not decode them again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from omavalmentaja.domain import limits
from omavalmentaja.messages import Message
from omavalmentaja.store.db import Database
from omavalmentaja.sync import service_model_rows
from omavalmentaja.sync.bundle import DAMAGED, BundleError
from omavalmentaja.sync.records import (
    MAX_INTEGER,
    REQUIRED_COLUMNS,
    Record,
    Tombstone,
    decode_value,
    is_uuid,
    require_uuid,
    synced_tables,
)

BAD_ID = "sync.bad_id"
BAD_VALUE = "sync.bad_value"
MIN_INTEGER = -MAX_INTEGER - 1
CARRIED_REQUIRED = REQUIRED_COLUMNS - {"change_seq"}
RECORD_KEYS = frozenset({"table", "row", "base"})
TOMBSTONE_KEYS = frozenset({"record_table", "record_id", "deleted_at", "device_id", "reason"})


@dataclass(frozen=True)
class Column:
    """What a payload value for one column may be: its declared type's kind, NULL allowed, a reference."""

    kind: str  # 'blob', 'integer', 'real', 'text' or 'any' (no declared type; never a BLOB)
    nullable: bool
    reference: bool

    @property
    def any_text(self) -> bool:
        """Every text fits (a text or untyped column that is no reference)."""
        return self.kind in ("text", "any") and not self.reference


def _kind(declared: str) -> str:
    """SQLite's affinity rules (in their order) applied to a declared column type."""
    upper = declared.upper()
    if "INT" in upper:
        return "integer"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if "BLOB" in upper:
        return "blob"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return "any"


def column_rules(db: Database, table: str) -> dict[str, Column]:
    references = {r[3] for r in db.query(f'PRAGMA foreign_key_list("{table}")')}
    return {r[1]: Column(_kind(r[2] or ""), nullable=not r[3] and r[1] != "id",
                         reference=r[1] in references or r[1] == "id")
            for r in db.query(f'PRAGMA table_info("{table}")')}


def check_value(table: str, name: str, rule: Column, value: Any) -> Any:
    """The value as stored, if a payload value fits its column: a BLOB only where one is declared, ids and
    references canonical UUIDs; else BundleError."""
    decoded = decode_value(value)
    if decoded is None:
        fits = rule.nullable
    elif rule.reference:
        fits = is_uuid(decoded)
    elif rule.kind == "blob":
        fits = isinstance(decoded, bytes)
    elif rule.kind == "integer":
        fits = isinstance(decoded, int)
    elif rule.kind == "real":
        fits = isinstance(decoded, int | float)
    elif rule.kind == "text":
        fits = isinstance(decoded, str)
    else:
        fits = not isinstance(decoded, bytes)
    if isinstance(decoded, int) and not MIN_INTEGER <= decoded <= MAX_INTEGER:
        fits = False  # more than SQLite's 64 bits
    if not fits:
        raise BundleError(BAD_ID) if rule.reference else BundleError(BAD_VALUE, f"{table}.{name}")
    return decoded


@dataclass(frozen=True)
class _TableRules:
    columns: dict[str, Column]
    names: frozenset[str]
    # where check_value would take a value of these kinds as it is, so the common case needs no call:
    texts: frozenset[str]  # any text
    numbers: frozenset[str]  # any 64-bit integer
    nulls: frozenset[str]  # NULL


def _table_rules(db: Database, table: str) -> _TableRules:
    columns = {n: c for n, c in column_rules(db, table).items() if n != "change_seq"}
    numbers = (n for n, c in columns.items() if c.kind in ("integer", "real", "any") and not c.reference)
    return _TableRules(columns, frozenset(columns), frozenset(n for n, c in columns.items() if c.any_text),
                       frozenset(numbers), frozenset(n for n, c in columns.items() if c.nullable))


def _text(value: Any, limit: int = 200) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise BundleError(DAMAGED)
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INTEGER:
        raise BundleError(DAMAGED)
    return value


def row_values(table: str, row: dict[str, Any], rules: _TableRules) -> dict[str, Any]:
    """check_value over a row; returns the values as stored."""
    values = {}
    for name, value in row.items():
        kind = type(value)
        if (kind is str and name in rules.texts) or (value is None and name in rules.nulls) or \
                (kind is int and name in rules.numbers and MIN_INTEGER <= value <= MAX_INTEGER):
            values[name] = value
        else:
            values[name] = check_value(table, name, rules.columns[name], value)
    return values


def _base(value: Any) -> tuple[int, str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise BundleError(DAMAGED)
    return _int(value[0]), require_uuid(value[1])


def _record(item: Any, tables: set[str], rules: dict[str, _TableRules], db: Database) -> Record:
    if not isinstance(item, dict) or item.keys() != RECORD_KEYS or not isinstance(item["row"], dict):
        raise BundleError(DAMAGED)
    table = _text(item["table"])
    if table not in tables:
        raise BundleError("sync.unknown_record_kind")
    if table not in rules:  # the schema is read once per table, not once per record
        rules[table] = _table_rules(db, table)
    row = item["row"]
    if not row.keys() <= rules[table].names or not row.keys() >= CARRIED_REQUIRED:
        raise BundleError(DAMAGED)
    require_uuid(row["id"]), _int(row["version"]), require_uuid(row["device_id"])
    values = row_values(table, row, rules[table])
    service_model_rows.check_row(table, row)
    return Record(table, row, _base(item["base"]), values)


def parse_records(db: Database, items: Any) -> list[Record]:
    if not isinstance(items, list):
        raise BundleError(DAMAGED)
    tables = set(synced_tables(db))
    rules: dict[str, _TableRules] = {}
    return [_record(item, tables, rules, db) for item in items]


def parse_tombstones(db: Database, items: Any) -> list[Tombstone]:
    if not isinstance(items, list):
        raise BundleError(DAMAGED)
    tables = set(synced_tables(db))
    found = []
    for item in items:
        if not isinstance(item, dict) or item.keys() != TOMBSTONE_KEYS:
            raise BundleError(DAMAGED)
        if item["record_table"] not in tables or not isinstance(item["reason"], str):
            raise BundleError(DAMAGED)
        if limits.check_line("reason", item["reason"][:200]) is not None:  # shown on the office's screen
            raise BundleError(Message.of("sync.record_refused", "tombstones", "reason"))
        found.append(Tombstone(_text(item["record_table"]), require_uuid(item["record_id"]),
                               _text(item["deleted_at"]), require_uuid(item["device_id"]), item["reason"][:200]))
    return found
