"""Per-vault settings kept in the encrypted store's meta table."""

from __future__ import annotations

from omavalmentaja.domain import limits
from omavalmentaja.errors import UserError
from omavalmentaja.messages import LANGUAGES
from omavalmentaja.services.session import COACH_NAME_KEY, LEGACY_PRINT_COACH_KEY, Session, stored_coach_name

DEFAULT_IDLE_LOCK_MINUTES = 10


def idle_lock_minutes(session: Session) -> int:
    return int(session.db.meta("idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)) or DEFAULT_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    session.db.set_meta("idle_lock_minutes", str(max(1, min(minutes, 120))))


UI_LANGUAGES = LANGUAGES  # the message catalogue's languages


def ui_language(session: Session) -> str:
    """The vault's chosen UI language, or "" to follow the command line / system locale."""
    value = session.db.meta("ui_language", "") or ""
    return value if value in UI_LANGUAGES else ""


def set_ui_language(session: Session, language: str) -> None:
    if language and language not in UI_LANGUAGES:
        from omavalmentaja.errors import UserError

        raise UserError("svc.unknown_language", language)
    session.db.set_meta("ui_language", language)


def coach_name(session: Session) -> str:
    """The coach's own name as they gave it, or "" if not given yet."""
    return stored_coach_name(session.db)


def set_coach_name(session: Session, name: str) -> None:
    name = name.strip()
    if not name:
        raise UserError("svc.coach_name_missing")
    problem = limits.check_line("coach_name", name, limits.NAME)
    if problem is not None:
        raise UserError(problem.message)
    with session.db.transaction():
        session.db.set_meta(COACH_NAME_KEY, name)
        session.db.set_meta(LEGACY_PRINT_COACH_KEY, "")
        session.audit.actor = session.actor = name
        session.audit.record("settings.coach_name")
