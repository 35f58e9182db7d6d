"""What the vault holds of the records a bundle names, as the merge's authority and conflict rules read it.

`StoredView` reads the store at every call (one query per row, tombstone or owner asked for). `BundleSnapshot`
answers the same questions for one bundle's merge from rows read up front, one query per table and chunk of ids:
every record the bundle carries, the parents its references name, their tombstones and their clients' owners.
Within a merge the store changes only where the merge writes, so the snapshot stays exact with two rules: a
record the merge has written (its RecordWriter flushed) is read from the store again from then on (a record twice
in a bundle sees the first), and a client the merge claims is recorded in the snapshot as it is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.sync.records import Record, current_row, encode_row, is_tombstoned

CHUNK = 500  # ids per query, well under SQLite's limit of bound parameters

Key = tuple[str, str]
T = TypeVar("T")


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def _marks(chunk: list[str]) -> str:
    return ", ".join("?" * len(chunk))


def _select(db: Database, table: str, ids: Iterable[str]) -> Iterator[Any]:
    for chunk in _chunks(ids):
        yield from db.query(f'SELECT * FROM "{table}" WHERE id IN ({_marks(chunk)})', tuple(chunk))


def stored_rows(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of these ids (those that exist), each as current_row gives it (blobs encoded)."""
    return {str(row["id"]): encode_row(row) for row in _select(db, table, ids)}


def stored_values(db: Database, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of these ids (those that exist) as plain values, change_seq left out."""
    return {str(row["id"]): {name: row[name] for name in row.keys() if name != "change_seq"}  # noqa: SIM118
            for row in _select(db, table, ids)}


def tombstoned_ids(db: Database, table: str, ids: Iterable[str]) -> set[str]:
    found = set()
    for chunk in _chunks(ids):
        found |= {str(r[0]) for r in db.query("SELECT record_id FROM tombstones WHERE record_table = ? AND "
                                              f"record_id IN ({_marks(chunk)})", (table, *chunk))}
    return found


def owners(db: Database, client_ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(client_ids):
        found.update((str(r[0]), str(r[1])) for r in db.query(
            f"SELECT client_id, peer_id FROM sync_assignments WHERE client_id IN ({_marks(chunk)})", tuple(chunk)))
    return found


class StoredView:
    """The store as it is at each call."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._parents: dict[str, list[tuple[str, str]]] = {}

    def parents(self, table: str) -> list[tuple[str, str]]:
        """(parent table, column) of each foreign key; read once per table, not per record."""
        if table not in self._parents:
            self._parents[table] = [(str(r[2]), str(r[3]))
                                    for r in self.db.query(f'PRAGMA foreign_key_list("{table}")')]
        return self._parents[table]

    def row(self, table: str, record_id: str) -> dict[str, Any] | None:
        return current_row(self.db, table, record_id)

    def stamp(self, table: str, record_id: str) -> tuple[int, str] | None:
        row = self.row(table, record_id)
        return None if row is None else (int(row["version"]), str(row["device_id"]))

    def tombstoned(self, table: str, record_id: str) -> bool:
        return is_tombstoned(self.db, table, record_id)

    def owner(self, client_id: str) -> str | None:
        row = self.db.query_one("SELECT peer_id FROM sync_assignments WHERE client_id = ?", (client_id,))
        return None if row is None else str(row[0])

    def claim(self, client_id: str, sender_id: str) -> None:
        """The sender becomes the client's owner unless the client has one."""
        self.db.execute("INSERT OR IGNORE INTO sync_assignments(client_id, peer_id, assigned_at) VALUES (?, ?, ?)",
                        (client_id, sender_id, now_iso()))

    def written(self, records: list[Record]) -> None:
        """The merge has written these records to the store."""


class BundleSnapshot(StoredView):
    """The store as one bundle's merge sees it, read up front (see the module's note)."""

    def __init__(self, db: Database, records: list[Record]) -> None:
        super().__init__(db)
        self.rows: dict[Key, dict[str, Any] | None] = {}
        self.tombs: dict[Key, bool] = {}
        self.owners: dict[str, str | None] = {}
        self.live: set[Key] = set()
        self._load(records)

    def _load(self, records: list[Record]) -> None:
        wanted: dict[str, set[str]] = {}
        for record in records:
            wanted.setdefault(record.table, set()).add(record.id)
            for parent_table, column in self.parents(record.table):
                value = record.row.get(column)
                if isinstance(value, str):
                    wanted.setdefault(parent_table, set()).add(value)
        for table, ids in wanted.items():
            found = stored_rows(self.db, table, ids)
            tombstoned = tombstoned_ids(self.db, table, ids)
            for record_id in ids:
                self.rows[(table, record_id)] = found.get(record_id)
                self.tombs[(table, record_id)] = record_id in tombstoned
        clients = set(wanted.get("clients", ()))
        for source in ([r.row for r in records], [row for row in self.rows.values() if row is not None]):
            clients |= {row["client_id"] for row in source if isinstance(row.get("client_id"), str)}
        found_owners = owners(self.db, clients)
        self.owners = {client: found_owners.get(client) for client in clients}

    def row(self, table: str, record_id: str) -> dict[str, Any] | None:
        return self._known(self.rows, (table, record_id), lambda: super(BundleSnapshot, self).row(table, record_id))

    def tombstoned(self, table: str, record_id: str) -> bool:
        return self._known(self.tombs, (table, record_id),
                           lambda: super(BundleSnapshot, self).tombstoned(table, record_id))

    def _known(self, cache: dict[Key, T], key: Key, read: Callable[[], T]) -> T:
        """From the snapshot, or read from the store: always for a record the merge has written (and flushed),
        once for one the snapshot did not load."""
        if key in self.live:
            return read()
        if key not in cache:
            cache[key] = read()
        return cache[key]

    def owner(self, client_id: str) -> str | None:
        if client_id not in self.owners:
            self.owners[client_id] = super().owner(client_id)
        return self.owners[client_id]

    def claim(self, client_id: str, sender_id: str) -> None:
        if self.owner(client_id) is None:
            super().claim(client_id, sender_id)
            self.owners[client_id] = sender_id

    def written(self, records: list[Record]) -> None:
        self.live.update((r.table, r.id) for r in records)
