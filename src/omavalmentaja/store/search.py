"""Full-text search (FTS5) over client names, henkilötunnus and note text."""

from __future__ import annotations

import re

from omavalmentaja.store.db import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)


def build_match_query(text: str) -> str:
    """Turn what the coach typed into an FTS5 query: every word must match as a prefix."""
    tokens = _TOKEN.findall(text)
    return " AND ".join(f'"{token}"*' for token in tokens)


def reindex_client(db: Database, client_id: str) -> None:
    """Rebuild one client's search document. Call inside the transaction that changed the client."""
    db.execute("DELETE FROM client_search WHERE client_id = ?", (client_id,))
    row = db.query_one(
        "SELECT first_name, last_name, preferred_name, henkilotunnus, background FROM clients WHERE id = ?",
        (client_id,),
    )
    if row is None:
        return
    notes = db.query("SELECT notes, next_steps FROM meetings WHERE client_id = ?", (client_id,))
    note_text = "\n".join(f"{n['notes']}\n{n['next_steps']}" for n in notes)
    db.execute(
        "INSERT INTO client_search(client_id, names, hetu, notes) VALUES (?, ?, ?, ?)",
        (client_id, f"{row['first_name']} {row['last_name']} {row['preferred_name']}", row["henkilotunnus"],
         f"{row['background']}\n{note_text}"),
    )
