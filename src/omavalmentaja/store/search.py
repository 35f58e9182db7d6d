"""Full-text search (FTS5) over client names, henkilötunnus and note text."""

from __future__ import annotations

import re

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


def reindex_client(db: Database, client_id: str) -> None:
    """Rebuild one client's search document. Call inside the transaction that changed the client.

    The document's rowid is the client row's rowid, so finding it is a key lookup, not a scan."""
    row = db.query_one(
        "SELECT rowid, first_name, last_name, preferred_name, henkilotunnus, background FROM clients WHERE id = ?",
        (client_id,),
    )
    if row is None:
        return
    db.execute("DELETE FROM client_search WHERE rowid = ?", (row["rowid"],))
    notes = db.query("SELECT notes, next_steps FROM meetings WHERE client_id = ?", (client_id,))
    note_text = "\n".join(f"{n['notes']}\n{n['next_steps']}" for n in notes)
    db.execute(
        "INSERT INTO client_search(rowid, client_id, names, hetu, notes) VALUES (?, ?, ?, ?, ?)",
        (row["rowid"], client_id, f"{row['first_name']} {row['last_name']} {row['preferred_name']}",
         row["henkilotunnus"], f"{row['background']}\n{note_text}"),
    )
