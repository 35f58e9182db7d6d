"""The retention period of a closed client's record and the lawful reasons to erase one.

The period is the controller's decision (its records-management plan, tiedonohjaussuunnitelma), not a rule
written here: the office sets it, every office receipt carries it to the laptops, and a record may be erased
for the end of retention only from its closing date plus that period (docs/data-protection.md)."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

# The default until the office sets its own: 5 years from the end of the client relationship, as one
# municipality's employment services state in their register description (cited in docs/data-protection.md).
# It is a documented default, not a legal rule.
DEFAULT_RETENTION_MONTHS = 60
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 600


class ErasureReason(StrEnum):
    """Why a record is erased. The client's request alone is not one: the right to erasure does not apply to
    records kept under a legal duty (GDPR art. 17(3)(b))."""

    RETENTION_ENDED = "retention_ended"  # säilytysaika on päättynyt
    RECORDED_BY_MISTAKE = "recorded_by_mistake"  # tallennettu virheellisesti
    CONSENT_WITHDRAWN = "consent_withdrawn"  # suostumus peruttu (vain suostumukseen perustuvat tiedot)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where that month is shorter (31.1. + 1 → 28.2.)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def erasable_from(closed_on: dt.date, months: int) -> dt.date:
    """The first day on which the record may be erased because its retention period has ended."""
    return add_months(closed_on, months) + dt.timedelta(days=1)
