"""What the printed plan carries besides the plan: the municipality's name and logo, the coach's name.
Kept in the vault's meta table (encrypted with everything else; not synced)."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from omavalmentaja.domain import limits
from omavalmentaja.domain.images import MAX_LOGO_BYTES, BadImage, check_png
from omavalmentaja.errors import UserError
from omavalmentaja.services.session import COACH_NAME_KEY, LEGACY_PRINT_COACH_KEY, Session, stored_coach_name

_MUNICIPALITY = "plan_print.municipality_name"
_LOGO = "plan_print.logo_png"


@dataclass
class PrintSettings:
    municipality_name: str = ""
    logo_png: bytes | None = None
    coach_name: str = ""


def load_print_settings(session: Session) -> PrintSettings:
    logo = session.db.meta(_LOGO, "")
    return PrintSettings(
        municipality_name=session.db.meta(_MUNICIPALITY, "") or "",
        logo_png=base64.b64decode(logo) if logo else None,
        coach_name=stored_coach_name(session.db),
    )


def save_print_settings(session: Session, settings: PrintSettings) -> None:
    if settings.logo_png is not None:
        try:
            check_png(settings.logo_png, MAX_LOGO_BYTES)
        except BadImage as exc:
            raise UserError(exc.message) from None
    problems = limits.check_fields([("municipality", settings.municipality_name.strip(), limits.LINE, False),
                                    ("coach_name", settings.coach_name.strip(), limits.NAME, False)])
    if problems:
        raise UserError(problems[0].message)
    with session.db.transaction():
        session.db.set_meta(_MUNICIPALITY, settings.municipality_name.strip())
        session.db.set_meta(_LOGO, base64.b64encode(settings.logo_png).decode("ascii") if settings.logo_png else "")
        if settings.coach_name.strip():  # the one coach's name setting (services.settings)
            session.db.set_meta(COACH_NAME_KEY, settings.coach_name.strip())
            session.db.set_meta(LEGACY_PRINT_COACH_KEY, "")
        session.audit.record("settings.plan_print")


def coach_display_name(session: Session) -> str:
    return stored_coach_name(session.db)
