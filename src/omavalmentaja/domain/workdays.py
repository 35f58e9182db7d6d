"""Working days in Finland: Monday to Friday, except Finnish public holidays.

The holidays come from the `holidays` package (its Finland calendar, category "public"), which includes
Good Friday, Easter Monday, May Day, Ascension Day, Midsummer Eve, Independence Day and Christmas Eve.
Pure computation, no I/O."""

from __future__ import annotations

import datetime as dt
import functools

import holidays


@functools.cache
def _finnish_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.Finland(years=year, categories=(holidays.PUBLIC,)).keys())


def public_holiday_name(day: dt.date) -> str:
    """The holiday's name in English as the package gives it, or "" for an ordinary day."""
    return str(holidays.Finland(years=day.year, categories=(holidays.PUBLIC,)).get(day) or "")


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _finnish_holidays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The count-th working day after start (start itself not counted); count 0 gives start."""
    day = start
    remaining = count
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def previous_working_day(day: dt.date) -> dt.date:
    """day itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def next_working_day(day: dt.date) -> dt.date:
    """day itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, months later; the month's last day when it is shorter (31.1. + 1 → 28.2.)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
