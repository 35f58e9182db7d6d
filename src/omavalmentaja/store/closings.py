"""The closings of client relationships (client_closings): one record per closing, reopened_on when it ended."""

from __future__ import annotations

import datetime as dt
from typing import Any

from omavalmentaja.domain.closing import Closing, ExitReason
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import insert_new_records, save_record


def closing_from_row(row: Any) -> Closing:
    return Closing(id=row["id"], client_id=row["client_id"], closed_on=dt.date.fromisoformat(row["closed_on"]),
                   exit_reason=ExitReason(row["exit_reason"]) if row["exit_reason"] else None, note=row["note"],
                   reopened_on=dt.date.fromisoformat(row["reopened_on"]) if row["reopened_on"] else None,
                   migrated=bool(row["migrated"]))


class ClosingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_client(self, client_id: str) -> list[Closing]:
        """Every closing of the client, oldest first."""
        rows = self.db.query("SELECT * FROM client_closings WHERE client_id = ? ORDER BY closed_on, created_at",
                             (client_id,))
        return [closing_from_row(r) for r in rows]

    def current(self, client_id: str) -> Closing | None:
        """The closing in force (not reopened), if the client is closed."""
        row = self.db.query_one("SELECT * FROM client_closings WHERE client_id = ? AND reopened_on IS NULL "
                                "ORDER BY closed_on DESC, created_at DESC LIMIT 1", (client_id,))
        return None if row is None else closing_from_row(row)

    def save(self, closing: Closing) -> Closing:
        """Insert or update one closing. Call inside a transaction (with the client's own write)."""
        closing.id, _ = save_record(self.db, "client_closings", closing_to_fields(closing), closing.id)
        return closing

    def add_many(self, closings: list[Closing]) -> None:
        """Insert new closings in one statement (their ids are set). Call inside a transaction."""
        ids = insert_new_records(self.db, "client_closings", [closing_to_fields(c) for c in closings])
        for closing, closing_id in zip(closings, ids, strict=True):
            closing.id = closing_id


def closing_to_fields(closing: Closing) -> dict[str, Any]:
    return {"client_id": closing.client_id, "closed_on": closing.closed_on.isoformat(),
            "exit_reason": closing.exit_reason.value if closing.exit_reason else "", "note": closing.note,
            "reopened_on": closing.reopened_on.isoformat() if closing.reopened_on else None,
            "migrated": int(closing.migrated)}
