"""What the service model makes due or overdue across the caseload: `omavalmentaja due`, Today, the client header.

A row's `what` is a code (DueKind); its label in the shown language is the catalogue entry label.due.<code>.
The JSON form of a row (DueRow.to_json) is a stable contract, documented in README."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from omavalmentaja.domain.schedule import DueItem, DueKind
from omavalmentaja.messages import Message
from omavalmentaja.services.service_model import caseload_schedules, client_schedule, lookahead_days
from omavalmentaja.services.session import Session


@dataclass(frozen=True)
class DueRow:
    client_id: str
    client_name: str
    what: DueKind
    due_on: dt.date
    overdue_days: int
    rules_version: str
    count: int | None = None
    required: int | None = None
    first_neglect: str = ""

    @property
    def label(self) -> Message:
        """The model's name for the item, with its figures where it has them."""
        if self.what == DueKind.OBLIGATION_SHORT:
            key = "label.due.obligation_short_reminder" if self.first_neglect == "reminder" \
                else "label.due.obligation_short"
            return Message.of(key, self.count, self.required)
        if self.what == DueKind.OBLIGATION_REVIEW:
            return Message.of("label.due.obligation_review", self.count, self.required)
        return Message.of(f"label.due.{self.what.value}")

    def to_json(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "client_name": self.client_name, "what": self.what.value,
                "label": self.label.render(), "due_on": self.due_on.isoformat(), "overdue_days": self.overdue_days,
                "rules_version": self.rules_version, "applications": self.count, "applications_required": self.required}


def _row(client_id: str, name: str, item: DueItem, on: dt.date) -> DueRow:
    return DueRow(client_id, name, item.kind, item.due_on, item.overdue_days(on), item.rules_id, item.count,
                  item.required, item.first_neglect)


def due_rows(session: Session, on: dt.date | None = None, check: Callable[[], None] = lambda: None) -> list[DueRow]:
    """Every open item of every active client due on or before on + the look-ahead: most overdue first.
    `check` is called now and then (a background job's cancel check)."""
    on = on or dt.date.today()
    ahead = lookahead_days(session)
    rows = [_row(client.id, client.name, item, on)
            for client, items in caseload_schedules(session, on + dt.timedelta(days=ahead), check=check)
            for item in items if item.shown_on(on, ahead)]
    return _sorted_in_steps(rows)


def _order(row: DueRow) -> str:
    """By due date, name and kind, as one string (a string sorts in less than half the time of a tuple)."""
    return f"{row.due_on.isoformat()}\0{row.client_name}\0{row.what.value}"


SORT_STEP = 4000


def _sorted_in_steps(rows: list[DueRow]) -> list[DueRow]:
    """The rows in order. A sort holds the interpreter in one piece, and the app's GUI thread waits for it while
    the Today page's job sorts: a region's 50,000 rows took 18 ms, longer than a frame. Sorted a few thousand at
    a time and merged, each piece takes a couple of milliseconds (the merge runs as Python, which lets go)."""
    if len(rows) <= SORT_STEP:
        return sorted(rows, key=_order)
    pieces = [sorted(rows[start:start + SORT_STEP], key=_order) for start in range(0, len(rows), SORT_STEP)]
    return list(heapq.merge(*pieces, key=_order))


def due_for_client(session: Session, client_id: str, on: dt.date | None = None) -> list[DueRow]:
    on = on or dt.date.today()
    ahead = lookahead_days(session)
    return [_row(client_id, "", item, on) for item in client_schedule(session, client_id, on)
            if item.shown_on(on, ahead)]
