"""Reading a row as its record when the row may be damaged: a value of the right SQLite type but not a valid
domain value (an unknown code, a date that is no date, a JSON column that is no JSON), left by an older
program, a tampered file or a hostile sync bundle. The conversion names the field that failed, so that an
import can refuse the record by kind and field, and a screen or an export can show the record as damaged
instead of failing as a whole."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from omavalmentaja.errors import UserError

T = TypeVar("T")
UNKNOWN_FIELD = "?"


class DamagedRecord(UserError):
    """A row that cannot be read as its record: the table, the record's id and the field that failed. Where it
    reaches a person (opening that one record) it is one line, exit 2 on the CLI, a dialog in the app; lists
    and exports leave the record out and show it as damaged (services.damaged)."""

    def __init__(self, table: str, record_id: str, field: str) -> None:
        super().__init__("damaged.record_unreadable", table, field)
        self.table, self.record_id, self.field = table, record_id, field


def readable(table: str, rows: Iterable[Any], convert: Callable[[Any], T]) -> list[T]:
    """Every row that can be read as its record; a damaged one is left out (services.damaged lists them)."""
    found = []
    for row in rows:
        try:
            found.append(read_record(table, row, convert))
        except DamagedRecord:
            continue
    return found


class _TracedRow(Mapping[str, Any]):
    """A row that remembers which column was read last: the record converters read a column and convert it
    before reading the next, so when a conversion fails the last column read is the one that failed."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values
        self.last = UNKNOWN_FIELD

    def __getitem__(self, key: str) -> Any:
        self.last = key
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> Any:
        return self._values.keys()


def as_mapping(row: Any) -> dict[str, Any]:
    """A sqlite3.Row (or any mapping) as a plain dict of column to value."""
    return {name: row[name] for name in row.keys()}  # noqa: SIM118 (a Row iterates values)


# What a record converter raises for a value it cannot convert.
CONVERSION_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, RecursionError,
                     json.JSONDecodeError)


def read_record(table: str, row: Any, convert: Callable[[Any], T]) -> T:
    """convert(row), or DamagedRecord naming the field whose value is not what the record needs."""
    values = row if isinstance(row, dict) else as_mapping(row)
    traced = _TracedRow(values)
    try:
        return convert(traced)
    except CONVERSION_ERRORS:
        raise DamagedRecord(table, str(values.get("id", "")), traced.last) from None
