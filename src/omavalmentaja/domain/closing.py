"""Closing a client relationship (asiakkuuden päättyminen): the closing date and a coded exit reason.

Every report counts closings by these dates, never by the record's last change. Reopening keeps the earlier
closings: each closing is its own record (domain Closing, table client_closings) with the date it was reopened.
The exit reasons follow the categories asked for in the follow-up of where a client went (docs/data-protection.md
and docs/service-model.md name the sources); their labels are catalogue entries label.exit_reason.<code>.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omavalmentaja import messages
from omavalmentaja.domain.limits import Problem, label
from omavalmentaja.domain.problems import DomainError
from omavalmentaja.messages import Message


class ExitReason(StrEnum):
    OPEN_LABOUR_MARKET = "open_labour_market"  # avoimille työmarkkinoille
    SUBSIDISED_WORK = "subsidised_work"  # tuettuun työhön (palkkatuki)
    EDUCATION = "education"  # koulutukseen
    OTHER_SERVICE = "other_service"  # toiseen palveluun tai organisaatioon
    OUTSIDE_LABOUR_FORCE = "outside_labour_force"  # työvoiman ulkopuolelle
    MOVED_AWAY = "moved_away"  # muutti pois alueelta
    OTHER = "other"  # muu syy


@dataclass
class Closing:
    """One end of the client relationship; reopened_on is set when the client came back into service."""

    client_id: str
    closed_on: dt.date
    exit_reason: ExitReason | None
    note: str = ""
    reopened_on: dt.date | None = None
    migrated: bool = False  # derived by the migration from the record's last change (no closing date was kept)
    id: str = ""


def exit_reason_label(reason: ExitReason | str | None, language: str | None = None) -> str:
    if not reason:
        return messages.render("closing.reason_not_coded", language=language)
    return messages.render(f"label.exit_reason.{ExitReason(reason).value}", language=language)


def parse_exit_reason(text: str) -> ExitReason:
    """An exit reason code (as typed on the command line or read from a bundle); ValueError with a message."""
    try:
        return ExitReason(text.strip())
    except ValueError:
        codes = ", ".join(r.value for r in ExitReason)
        raise DomainError("closing.reason_unknown", text, codes) from None


def closing_problems(closed: bool, closed_on: dt.date | None, exit_reason: ExitReason | None,
                     start_date: dt.date | None, today: dt.date) -> list[Problem]:
    """What is wrong with a client's closing fields (empty when they make sense)."""
    if not closed:
        return []
    problems = []
    if closed_on is None:
        problems.append(Problem("closed_on", Message.of("closing.date_missing")))
    elif closed_on > today:
        problems.append(Problem("closed_on", Message.of("closing.date_in_future")))
    elif start_date is not None and closed_on < start_date:
        problems.append(Problem("closed_on", Message.of("closing.date_before_start")))
    if exit_reason is None:
        problems.append(Problem("exit_reason", Message.of("closing.reason_missing")))
    elif not isinstance(exit_reason, ExitReason):
        problems.append(Problem("exit_reason", Message.of("input.unknown_code", label("exit_reason"))))
    return problems

