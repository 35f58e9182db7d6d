"""The monthly report's services: clients whose service started in the month, ended in the month, and who are
in the service at the month's end, by service type (domain.plan.ServiceKind).

A service is a step of a signed plan with a start date (PlanStep.starts_on). The same service (client, service
type, start date) in several signed versions counts once, with its end date and status from the latest signed
version that holds it; a cancelled service is not counted. A service is ongoing at the month's end when it has
started, has not ended by then, and the client's relationship was not closed at the time (client_closings)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from omavalmentaja.domain.dates import stored_date
from omavalmentaja.store.db import Database
from omavalmentaja.sync.report import Figure

SECTIONS = ("services_started", "services_ended", "services_ongoing")
_SIGNED = "SELECT client_id, number, content FROM plan_versions WHERE status = 'signed' AND content LIKE '%starts_on%'"
_CLOSED_AT = ("SELECT client_id FROM client_closings WHERE closed_on <= :last "
              "AND (reopened_on IS NULL OR reopened_on > :last)")

Service = tuple[str, str, dt.date, dt.date | None]  # client, service type, start, end


def _steps(content: object) -> list[dict[str, object]]:
    """The steps of a stored plan's content; a content the office store holds but cannot read gives none."""
    try:
        steps = json.loads(content).get("steps") if isinstance(content, str) else None
    except (ValueError, AttributeError):
        return []
    return [step for step in steps if isinstance(step, dict)] if isinstance(steps, list) else []


def signed_services(db: Database) -> list[Service]:
    """Every service of the clients' signed plans, once, as its latest signed version has it."""
    latest: dict[tuple[str, str, str], tuple[int, object, object]] = {}
    for client_id, number, content in db.query(_SIGNED):
        for step in _steps(content):
            if step.get("starts_on"):
                _keep_latest(latest, (client_id, str(step.get("service")), str(step["starts_on"])), number, step)
    found: list[Service] = []
    for (client_id, service, starts), (_, ends, status) in latest.items():
        start = stored_date(starts)
        if start is None or status == "cancelled":  # a start the store holds but cannot read: not counted
            continue
        found.append((client_id, service, start, stored_date(ends)))
    return found


def _keep_latest(latest: dict[tuple[str, str, str], tuple[int, object, object]], key: tuple[str, str, str],
                 number: int, step: dict[str, object]) -> None:
    if key not in latest or number > latest[key][0]:
        latest[key] = (number, step.get("ends_on"), step.get("status"))


def _count(pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Distinct clients per service type."""
    counts: dict[str, int] = {}
    for _, service in set(pairs):
        counts[service] = counts.get(service, 0) + 1
    return counts


def services_figures(db: Database, first: dt.date, after: dt.date) -> list[Figure]:
    last = after - dt.timedelta(days=1)
    services = signed_services(db)
    closed = {r[0] for r in db.query(_CLOSED_AT, {"last": last.isoformat()})}
    started = _count((c, s) for c, s, start, _ in services if first <= start <= last)
    ended = _count((c, s) for c, s, _, end in services if end is not None and first <= end <= last)
    ongoing = _count((c, s) for c, s, start, end in services
                     if start <= last and (end is None or end > last) and c not in closed)
    figures: list[Figure] = []
    for section, counts in zip(SECTIONS, (started, ended, ongoing), strict=True):
        figures += [Figure(section, service, "", count) for service, count in sorted(counts.items())]
    return figures
