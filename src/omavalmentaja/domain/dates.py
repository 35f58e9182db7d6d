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


def format_date(value: dt.date | None) -> str:
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"


def format_time(value: dt.datetime | dt.time) -> str:
    return f"{value.hour}.{value.minute:02d}"


def format_datetime(value: dt.datetime) -> str:
    return f"{format_date(value.date())} {format_time(value)}"


def age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
