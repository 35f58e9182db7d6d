"""The retention period (an office setting that reaches the laptops with every receipt), and the retention view:
the clients whose retention period has ended, on a coach's laptop and at the office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.retention import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS, erasable_from
from omavalmentaja.errors import UserError
from omavalmentaja.services.session import Session
from omavalmentaja.sync import keystore
from omavalmentaja.sync.office_settings import (
    OFFICE_KEY,
    RECEIVED_AT_KEY,
    RECEIVED_KEY,
    office_retention_months,
)


@dataclass(frozen=True)
class RetentionSetting:
    months: int | None  # None on a laptop that has not had a receipt from the office yet
    from_office: bool  # True where the office set it (at the office) or sent it (on a laptop)
    received_at: str = ""  # a laptop: when the office's value arrived


def is_office(session: Session) -> bool:
    return keystore.vault_role(session.db) == keystore.ROLE_OFFICE


def retention_setting(session: Session) -> RetentionSetting:
    db = session.db
    if is_office(session):
        months, set_by_office = office_retention_months(db)
        return RetentionSetting(months, from_office=set_by_office)
    value = db.meta(RECEIVED_KEY)
    return RetentionSetting(int(value) if value else None, from_office=bool(value),
                            received_at=db.meta(RECEIVED_AT_KEY) or "")


def set_office_retention(session: Session, months: int) -> None:
    """The office sets its records-management plan's retention period; laptops get it with their next receipt."""
    if not is_office(session):
        raise UserError("retention.office_only")
    if not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise UserError("retention.months_out_of_range", MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
    with session.db.transaction():
        session.db.set_meta(OFFICE_KEY, str(months))
        session.audit.record("office.retention", detail=f"months={months}")


@dataclass(frozen=True)
class RetentionRow:
    client_id: str
    last_name: str
    first_name: str
    closed_on: dt.date
    erasable_from: dt.date


def closed_clients(session: Session, months: int) -> list[RetentionRow]:
    rows = session.db.query("SELECT id, last_name, first_name, closed_on FROM clients WHERE status = 'closed' "
                            "AND closed_on IS NOT NULL ORDER BY closed_on, last_name, first_name")
    return [RetentionRow(r[0], r[1], r[2], closed := dt.date.fromisoformat(r[3]), erasable_from(closed, months))
            for r in rows]


def past_retention(session: Session, today: dt.date | None = None) -> list[RetentionRow]:
    """The closed clients whose retention period has ended by today (none while the period is not known)."""
    setting = retention_setting(session)
    if setting.months is None:
        return []
    today = today or dt.date.today()
    return [r for r in closed_clients(session, setting.months) if r.erasable_from <= today]
