"""Erasures that reach the office from a laptop are requests: the office's copy goes only when the office approves.

A laptop erases a client by removing every record of theirs and sending a tombstone per record whose reason is
"erasure:<code>" (services.client_erase). The office holds the tombstones of its own clients' erasures in
erasure_requests instead of applying them; `office erasures --approve CLIENT_ID` applies them (and removes whatever
else the office holds of the client), `--refuse` keeps the office's copy. Both decisions go to the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass

from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.store.records import erasing
from omavalmentaja.sync import authority
from omavalmentaja.sync.records import Tombstone, client_records, current_row, reindex_applied, write_tombstone
from omavalmentaja.sync.stored import StoredView

TOMBSTONE_PREFIX = "erasure:"
LEGACY_REASON = "erasure"  # tombstones written before the reasons became codes


def is_erasure(tomb: Tombstone) -> bool:
    return tomb.reason == LEGACY_REASON or tomb.reason.startswith(TOMBSTONE_PREFIX)


def reason_code(tomb: Tombstone) -> str:
    return tomb.reason[len(TOMBSTONE_PREFIX):] if tomb.reason.startswith(TOMBSTONE_PREFIX) else "not_coded"


def client_of(db: Database, tomb: Tombstone) -> str | None:
    """The client whose erasure this tombstone belongs to, as the office holds the record (None: not held here)."""
    if tomb.record_table == "clients":
        return tomb.record_id if current_row(db, "clients", tomb.record_id) is not None else None
    row = current_row(db, tomb.record_table, tomb.record_id)
    clients = authority.clients_of(StoredView(db), tomb.record_table, row, {}) if row is not None else set()
    return next(iter(sorted(clients)), None)


def hold(db: Database, sender_id: str, tombstones: list[Tombstone]) -> tuple[list[Tombstone], set[str]]:
    """Keep the sender's erasures of its own clients as requests; returns (the other tombstones, held clients)."""
    held: dict[str, list[Tombstone]] = {}
    rest = []
    for tomb in tombstones:
        client = client_of(db, tomb) if is_erasure(tomb) else None
        if client is not None and authority.owner_of(StoredView(db), client) == sender_id:
            held.setdefault(client, []).append(tomb)
        else:
            rest.append(tomb)
    for client, tombs in held.items():
        row = db.query_one("SELECT tombstones FROM erasure_requests WHERE client_id = ? AND decision = ''", (client,))
        earlier = json.loads(row[0]) if row else []
        reason = next((reason_code(t) for t in tombs if t.record_table == "clients"), reason_code(tombs[0]))
        db.execute("INSERT INTO erasure_requests(client_id, peer_id, reason, requested_at, tombstones) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET peer_id = excluded.peer_id, "
                   "reason = excluded.reason, requested_at = excluded.requested_at, tombstones = excluded.tombstones, "
                   "decided_at = NULL, decision = ''",
                   (client, sender_id, reason, now_iso(), json.dumps(earlier + [t.to_json() for t in tombs])))
    return rest, set(held)


@dataclass(frozen=True)
class ErasureRequest:
    client_id: str
    peer_id: str
    reason: str
    requested_at: str
    records: int
    decision: str


def requests(db: Database, pending_only: bool = True) -> list[ErasureRequest]:
    where = "WHERE decision = ''" if pending_only else ""
    rows = db.query(f"SELECT client_id, peer_id, reason, requested_at, tombstones, decision FROM erasure_requests "
                    f"{where} ORDER BY requested_at, client_id")
    return [ErasureRequest(r[0], r[1], r[2], r[3], len(json.loads(r[4])), r[5]) for r in rows]


def _pending(db: Database, client_id: str) -> list[Tombstone]:
    row = db.query_one("SELECT tombstones FROM erasure_requests WHERE client_id = ? AND decision = ''", (client_id,))
    if row is None:
        raise UserError("erasure.no_request", client_id)
    return [Tombstone(**t) for t in json.loads(row[0])]


def approve(db: Database, client_id: str) -> list[Tombstone]:
    """Apply a held erasure: every record of the client goes from the office too. Returns the tombstones written.
    In a transaction."""
    tombs = _pending(db, client_id)
    left = [r for r in client_records(db, client_id) if (r.table, r.id) not in {(t.record_table, t.record_id)
                                                                                   for t in tombs}]
    stamp = tombs[-1] if tombs else None
    for record in reversed(left):  # what the office holds beyond the laptop's tombstones
        tombs.insert(0, Tombstone(record.table, record.id, now_iso(), stamp.device_id if stamp else db.device_id,
                                  stamp.reason if stamp else TOMBSTONE_PREFIX))
    with erasing(db, [client_id]):
        for tomb in tombs:
            write_tombstone(db, tomb, db.next_change_seq())
    reindex_applied(db, [], [t for t in tombs if t.record_table == "clients"])
    db.execute("UPDATE erasure_requests SET decision = 'approved', decided_at = ?, tombstones = '[]' "
               "WHERE client_id = ?", (now_iso(), client_id))
    return tombs


def refuse(db: Database, client_id: str) -> None:
    """Keep the office's copy. In a transaction."""
    _pending(db, client_id)
    db.execute("UPDATE erasure_requests SET decision = 'refused', decided_at = ?, tombstones = '[]' "
               "WHERE client_id = ?", (now_iso(), client_id))
