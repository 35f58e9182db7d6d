"""Full-text search (FTS5) over client names, henkilötunnus and note text."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Iterator

from omavalmentaja.store.db import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def build_match_query(text: str) -> str:
    """Turn what the coach typed into an FTS5 query: every word must match as a prefix."""
    tokens = _TOKEN.findall(text)
    return " AND ".join(f'"{token}"*' for token in tokens)


def drop_client_document(db: Database, client_id: str) -> None:
    """Remove a client's search document; call before the client row itself is removed.

    FTS5 keeps the words of a removed document in its index segments (marked deleted) until they are merged:
    after erasing, call purge_removed_words."""
    db.execute("DELETE FROM client_search WHERE rowid = (SELECT rowid FROM clients WHERE id = ?)", (client_id,))


def purge_removed_words(db: Database) -> None:
    """Merge the index segments into one, which drops every word of removed documents (with SQLite's
    secure_delete on, the pages they were on are zeroed). Rewrites the whole index: for erasure, not edits."""
    db.execute("INSERT INTO client_search(client_search) VALUES ('optimize')")


class _Batch:
    """The clients whose search documents wait for the end of a batch, and the thread that runs the batch."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self.client_ids: set[str] = set()


_batches: dict[int, _Batch] = {}  # by id() of the Database


@contextlib.contextmanager
def batched_reindex(db: Database) -> Iterator[None]:
    """Within the block (inside a transaction), reindex_client only notes the client; each noted client's
    document is rebuilt once when the block ends. A bulk save of a client and its forty meetings then
    rebuilds one document, not forty-one, each reading every note again."""
    if id(db) in _batches:  # nested: the outer batch rebuilds
        yield
        return
    batch = _batches[id(db)] = _Batch()
    try:
        yield
    except BaseException:
        del _batches[id(db)]
        raise
    del _batches[id(db)]
    _rebuild_documents(db, sorted(batch.client_ids))


def reindex_client(db: Database, client_id: str) -> None:
    """Rebuild one client's search document (at the end of a batched_reindex block, if one is open in this
    thread). Call inside the transaction that changed the client."""
    reindex_clients(db, [client_id])


# A client's document: the names, the henkilötunnus, and the background with every meeting's notes and next
# steps. Documents are keyed by the client row's rowid, so replacing one is a key lookup, not a scan.
_DROP_DOCUMENTS = ("DELETE FROM client_search WHERE rowid IN "
                   "(SELECT c.rowid FROM clients c JOIN temp.reindex_ids r ON r.id = c.id)")
_BUILD_DOCUMENTS = """
INSERT INTO client_search(rowid, client_id, names, hetu, notes)
SELECT c.rowid, c.id, c.first_name || ' ' || c.last_name || ' ' || c.preferred_name, c.henkilotunnus,
       c.background || char(10) || coalesce((SELECT group_concat(m.notes || char(10) || m.next_steps, char(10))
                                              FROM meetings m WHERE m.client_id = c.id), '')
FROM clients c JOIN temp.reindex_ids r ON r.id = c.id
"""


def reindex_clients(db: Database, client_ids: Iterable[str], *, new: bool = False) -> None:
    """Rebuild these clients' search documents (at the end of a batched_reindex block, if one is open in this
    thread). Call inside the transaction that changed them. `new`: the clients were inserted in this
    transaction, so they have no document to drop yet (a bulk import skips that look-up)."""
    batch = _batches.get(id(db))
    if batch is not None and batch.thread == threading.get_ident():
        batch.client_ids.update(client_ids)
        return
    _rebuild_documents(db, client_ids, drop=not new)


def _rebuild_documents(db: Database, client_ids: Iterable[str], drop: bool = True) -> None:
    """Three statements, however many clients (a client no longer in the vault gets no document)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS reindex_ids(id TEXT PRIMARY KEY)")
    db.connection.executemany("INSERT OR IGNORE INTO temp.reindex_ids(id) VALUES (?)", ((i,) for i in client_ids))
    try:
        if drop:
            db.execute(_DROP_DOCUMENTS)
        db.execute(_BUILD_DOCUMENTS)
    finally:
        db.execute("DELETE FROM temp.reindex_ids")
