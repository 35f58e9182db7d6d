"""Per-vault settings kept in the encrypted store's meta table."""

from __future__ import annotations

from omavalmentaja.services.session import Session

DEFAULT_IDLE_LOCK_MINUTES = 10


def idle_lock_minutes(session: Session) -> int:
    return int(session.db.meta("idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)) or DEFAULT_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    session.db.set_meta("idle_lock_minutes", str(max(1, min(minutes, 120))))
