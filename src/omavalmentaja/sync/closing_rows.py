"""A closing record (client_closings) as carried in a bundle, checked by the domain's rules (sync.validate)."""

from __future__ import annotations

from typing import Any

from omavalmentaja.domain import limits
from omavalmentaja.domain.limits import Problem
from omavalmentaja.domain.problems import Problems
from omavalmentaja.messages import Message
from omavalmentaja.store.closings import closing_from_row
from omavalmentaja.store.damaged import read_record


def check_closing(row: dict[str, Any]) -> None:
    closing = read_record("client_closings", row, closing_from_row)
    problems = [p for p in (limits.check_date("closed_on", closing.closed_on),
                            limits.check_date("reopened_on", closing.reopened_on),
                            limits.check_text("note", closing.note, limits.REASON)) if p is not None]
    if closing.reopened_on is not None and closing.reopened_on < closing.closed_on:
        problems.append(Problem("reopened_on", Message.of("closing.reopen_before_closing")))
    if problems:
        raise Problems(problems)
