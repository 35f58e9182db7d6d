"""The office's decisions on erasures that coaches' laptops sent (sync.erasure_requests), each in the audit log."""

from __future__ import annotations

from omavalmentaja.services.office import require_office
from omavalmentaja.services.session import Session
from omavalmentaja.store.search import purge_removed_words
from omavalmentaja.store.snapshot import checkpoint
from omavalmentaja.sync import erasure_requests
from omavalmentaja.sync.erasure_requests import ErasureRequest
from omavalmentaja.sync.office import forget_conflicts_of


def pending_erasures(session: Session) -> list[ErasureRequest]:
    require_office(session)
    return erasure_requests.requests(session.db)


def approve_erasure(session: Session, client_id: str) -> int:
    """Remove the office's copy of a client a laptop erased; returns how many records went."""
    require_office(session)
    db = session.db
    with db.transaction():
        reason = next((r.reason for r in erasure_requests.requests(db) if r.client_id == client_id), "")
        removed = erasure_requests.approve(db, client_id)
        for tomb in removed:  # conflict copies of any of the records, held removals included
            forget_conflicts_of(db, tomb.record_table, tomb.record_id)
        forget_conflicts_of(db, "clients", client_id)
        purge_removed_words(db)
        session.audit.record("office.erasure_approve", client_id, detail=f"reason={reason} records={len(removed)}")
    checkpoint(db)
    return len(removed)


def refuse_erasure(session: Session, client_id: str) -> None:
    """Keep the office's copy (the controller must keep it); the laptop's erasure stands on the laptop."""
    require_office(session)
    with session.db.transaction():
        erasure_requests.refuse(session.db, client_id)
        session.audit.record("office.erasure_refuse", client_id)
