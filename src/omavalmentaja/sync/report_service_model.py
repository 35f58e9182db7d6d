"""The service model's figures in the office's monthly report, computed by the schedule engine from the
office store: initial interviews whose deadline fell in the month (on time, late, not recorded), the
supplementary conversations of intensive periods due in the month (due, held), and plan versions signed in
the month by plan type. The rules are passed in (services.service_model loads them)."""

from __future__ import annotations

import datetime as dt

from omavalmentaja.domain.schedule import DueKind, ScheduleInput, ScheduleSettings, compute_schedule
from omavalmentaja.domain.service_model import Conversation, Rules
from omavalmentaja.store.db import Database
from omavalmentaja.sync.report import Figure


def _conversations(db: Database) -> dict[str, list[tuple[dt.date, Conversation]]]:
    found: dict[str, list[tuple[dt.date, Conversation]]] = {}
    for client_id, day, fulfils in db.query("SELECT client_id, substr(starts_at, 1, 10), fulfils FROM meetings "
                                            "WHERE fulfils != ''"):
        found.setdefault(client_id, []).append((dt.date.fromisoformat(day), Conversation(fulfils)))
    return found


def service_model_figures(db: Database, first: dt.date, after: dt.date, rules: Rules,
                          settings: ScheduleSettings | None = None) -> list[Figure]:
    counts = {"on_time": 0, "late": 0, "not_held": 0, "due": 0, "held": 0}
    conversations = _conversations(db)
    last = after - dt.timedelta(days=1)
    for client_id, registered in db.query("SELECT id, registered_on FROM clients WHERE registered_on IS NOT NULL "
                                          "AND registered_on < ?", (after.isoformat(),)):
        data = ScheduleInput(dt.date.fromisoformat(registered), tuple(conversations.get(client_id, [])))
        for item in compute_schedule(data, rules, last, settings):
            if not first <= item.due_on <= last:
                continue
            if item.kind == DueKind.INITIAL_INTERVIEW:
                key = "not_held" if item.done_on is None else "on_time" if item.done_on <= item.due_on else "late"
                counts[key] += 1
            elif item.kind == DueKind.SUPPLEMENTARY:
                counts["due"] += 1
                counts["held"] += item.done_on is not None
    figures = [Figure("initial_interviews", key, "", counts[key]) for key in ("on_time", "late", "not_held")]
    figures += [Figure("intensive_conversations", key, "", counts[key]) for key in ("due", "held")]
    rows = db.query("SELECT coalesce(CASE WHEN json_valid(content) THEN json_extract(content, '$.plan_type') END, ''), "
                    "count(*) FROM plan_versions "
                    "WHERE status = 'signed' AND substr(signed_at, 1, 10) >= ? AND substr(signed_at, 1, 10) < ? "
                    "GROUP BY 1 ORDER BY 1", (first.isoformat(), after.isoformat()))
    figures += [Figure("plans_by_type", r[0] or "unknown", "", r[1]) for r in rows]
    return figures
