"""What the service model makes due, as the Today page and the client header show it (by the model's names)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from omavalmentaja.domain.dates import format_date
from omavalmentaja.services.due import DueRow, due_for_client, due_rows
from omavalmentaja.services.session import Session


def row_text(row: DueRow, with_name: bool) -> str:
    """'7.1.2025  Aino Virtanen  Alkuhaastattelu  (myöhässä 3 pv)'."""
    # "pv" (days) reads right for one day too; a %n plural here is not found by PySide 6.11's lupdate
    late_text = QCoreApplication.translate("ServiceModelDue", "(myöhässä %1 pv)")
    late = "  " + late_text.replace("%1", str(row.overdue_days)) if row.overdue_days else ""
    name = f"  {row.client_name}" if with_name else ""
    return f"{format_date(row.due_on)}{name}  {row.label.render()}{late}"


def caseload_lines(session: Session, on: dt.date | None = None,
                   check: Callable[[], None] = lambda: None) -> list[tuple[str, str, bool]]:
    """(client id, text, overdue) for the Today page, most overdue first (`check`: a job's cancel check).
    Each row is let go of once its line is made: a region's 50,000 rows freed together held the interpreter,
    and the waiting GUI thread, for 20 ms."""
    rows = due_rows(session, on, check)
    rows.reverse()
    lines = []
    while rows:
        row = rows.pop()
        lines.append((row.client_id, row_text(row, True), row.overdue_days > 0))
    return lines


def header_text(session: Session, client_id: str, on: dt.date | None = None) -> str:
    rows = due_for_client(session, client_id, on)
    if not rows:
        return ""
    prefix = QCoreApplication.translate("ServiceModelDue", "Palvelumalli: ")
    return prefix + " · ".join(row_text(row, False) for row in rows)
