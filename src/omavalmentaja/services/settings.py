"""Per-vault settings kept in the encrypted store's meta table."""

from __future__ import annotations

from omavalmentaja.services.session import Session

DEFAULT_IDLE_LOCK_MINUTES = 10


def idle_lock_minutes(session: Session) -> int:
    return int(session.db.meta("idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)) or DEFAULT_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    session.db.set_meta("idle_lock_minutes", str(max(1, min(minutes, 120))))


UI_LANGUAGES = ("fi", "sv", "en")


def ui_language(session: Session) -> str:
    """The vault's chosen UI language, or "" to follow the command line / system locale."""
    value = session.db.meta("ui_language", "") or ""
    return value if value in UI_LANGUAGES else ""


def set_ui_language(session: Session, language: str) -> None:
    if language and language not in UI_LANGUAGES:
        from omavalmentaja.errors import UserError

        raise UserError("svc.unknown_language", language)
    session.db.set_meta("ui_language", language)
