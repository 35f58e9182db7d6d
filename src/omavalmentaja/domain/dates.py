"""Dates as Finns write them: 23.11.2026, times as 14.30."""

from __future__ import annotations

import datetime as dt
import re

from omavalmentaja.domain.problems import DomainError

_FI_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str) -> dt.date:
    """Parse d.m.yyyy or yyyy-mm-dd; raise DomainError (a ValueError) saying why."""
    value = text.strip()
    if m := _FI_DATE.match(value):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO_DATE.match(value):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise DomainError("domain.date_form", text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DomainError("domain.date_nonexistent", text) from None


def stored_date(value: object) -> dt.date | None:
    """An ISO date as a store holds it, or None when it is missing or cannot be read (a damaged value is
    counted as unknown, never failing a report or a screen)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def format_date(value: dt.date | None) -> str:
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"


def format_period(start: dt.date | None, end: dt.date | None) -> str:
    """A period as "1.12.2026 – 28.2.2027" (either end may be open); "" when neither is set."""
    return f"{format_date(start)} – {format_date(end)}" if start or end else ""


def format_time(value: dt.datetime | dt.time) -> str:
    return f"{value.hour}.{value.minute:02d}"


def format_datetime(value: dt.datetime) -> str:
    return f"{format_date(value.date())} {format_time(value)}"


def age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
