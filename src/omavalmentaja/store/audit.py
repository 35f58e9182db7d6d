"""The audit log: who opened, viewed, exported, signed or synced which client, when. Append-only."""

from __future__ import annotations

from dataclasses import dataclass

from omavalmentaja.store.db import Database, now_iso


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    client_id: str | None
    detail: str


class AuditLog:
    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def record(self, action: str, client_id: str | None = None, detail: str = "") -> None:
        """Detail must never hold client data: ids, counts and field names only."""
        self.db.execute("INSERT INTO audit_log(at, actor, action, client_id, detail) VALUES (?, ?, ?, ?, ?)",
                        (now_iso(), self.actor, action, client_id, detail))

    def record_many(self, action: str, client_ids: list[str], detail: str = "") -> None:
        """The same action on many clients, in one statement (a bulk import)."""
        stamp = now_iso()
        self.db.connection.executemany(
            "INSERT INTO audit_log(at, actor, action, client_id, detail) VALUES (?, ?, ?, ?, ?)",
            [(stamp, self.actor, action, client_id, detail) for client_id in client_ids])

    def for_client(self, client_id: str, limit: int = 500) -> list[AuditEntry]:
        rows = self.db.query("SELECT * FROM audit_log WHERE client_id = ? ORDER BY seq DESC LIMIT ?",
                             (client_id, limit))
        return [AuditEntry(*r) for r in rows]

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        return [AuditEntry(*r) for r in self.db.query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", (limit,))]
