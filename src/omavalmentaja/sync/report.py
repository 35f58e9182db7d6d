"""The office's monthly monitoring figures (the ministry's pilot follow-up), counted from the office store.

Questionnaire responses and plans are counted from their tables (0 on a store without them).
Closings are counted by their closing dates (client_closings.closed_on), never by the record's last change:
a client is in service in a month unless a closing before the month was not reopened until after it, and is
closed in the month whose dates hold the closing. A client closed and reopened counts once per closing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Figure:
    section: str
    category: str
    municipality: str
    count: int


@dataclass
class MonthlyReport:
    month: str
    figures: list[Figure] = field(default_factory=list)

    def total(self, section: str, category: str = "") -> int:
        return sum(f.count for f in self.figures if f.section == section and (not category or f.category == category))


def parse_month(text: str) -> tuple[dt.date, dt.date]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise UserError("sync.bad_month", text)
    start = dt.date(int(match.group(1)), int(match.group(2)), 1)
    end = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, end


def _tables(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def monthly_report(db: Database, month: str) -> MonthlyReport:
    start, end = parse_month(month)
    first, after = start.isoformat(), end.isoformat()
    report = MonthlyReport(month=f"{start.year:04d}-{start.month:02d}")
    began = "coalesce(start_date, substr(created_at, 1, 10))"
    out_all_month = ("EXISTS (SELECT 1 FROM client_closings k WHERE k.client_id = clients.id AND k.closed_on < ? "
                     "AND (k.reopened_on IS NULL OR k.reopened_on >= ?))")
    in_service = db.query(
        f"SELECT coalesce(target_group, ''), municipality, count(*) FROM clients WHERE {began} < ? "
        f"AND NOT {out_all_month} GROUP BY 1, 2 ORDER BY 1, 2", (after, first, after))
    report.figures += [Figure("clients", r[0] or "unknown", r[1], r[2]) for r in in_service]
    new = db.query(f"SELECT coalesce(target_group, ''), count(*) FROM clients WHERE {began} >= ? AND {began} < ? "
                   "GROUP BY 1 ORDER BY 1", (first, after))
    report.figures += [Figure("new_clients", r[0] or "unknown", "", r[1]) for r in new]
    closed = db.query("SELECT coalesce(c.target_group, ''), count(*) FROM client_closings k JOIN clients c "
                      "ON c.id = k.client_id WHERE k.closed_on >= ? AND k.closed_on < ? GROUP BY 1 ORDER BY 1",
                      (first, after))
    report.figures += [Figure("closed_clients", r[0] or "unknown", "", r[1]) for r in closed]
    exits = db.query("SELECT exit_reason, count(*) FROM client_closings WHERE closed_on >= ? AND closed_on < ? "
                     "GROUP BY 1 ORDER BY 1", (first, after))
    report.figures += [Figure("exits", r[0] or "not_coded", "", r[1]) for r in exits]
    meetings = db.query("SELECT kind, count(*) FROM meetings WHERE starts_at >= ? AND starts_at < ? GROUP BY 1 "
                        "ORDER BY 1", (first, after))
    report.figures += [Figure("meetings", r[0], "", r[1]) for r in meetings]
    report.figures.append(Figure("kykyviisari_responses", "total", "", _kykyviisari_responses(db, first, after)))
    made, signed = _plans(db, first, after)
    report.figures.append(Figure("plans_made", "total", "", made))
    report.figures.append(Figure("plans_signed", "total", "", signed))
    return report


def _kykyviisari_responses(db: Database, first: str, after: str) -> int:
    """Completed Kykyviisari responses (the results form or an imported item-level Kykyviisari) dated in the month."""
    if "questionnaire_responses" not in _tables(db):
        return 0
    row = db.query_one(
        "SELECT count(*) FROM questionnaire_responses WHERE status = 'completed' AND instrument_id LIKE 'kykyviisari%' "
        "AND responded_on >= ? AND responded_on < ?", (first, after))
    return int(row[0])


def _plans(db: Database, first: str, after: str) -> tuple[int, int]:
    """Plans made (a client's first plan version created in the month) and plan versions signed in the month."""
    if "plan_versions" not in _tables(db):
        return 0, 0
    made = db.query_one("SELECT count(*) FROM plan_versions WHERE number = 1 AND substr(created_at, 1, 10) >= ? "
                        "AND substr(created_at, 1, 10) < ?", (first, after))
    signed = db.query_one("SELECT count(*) FROM plan_versions WHERE status = 'signed' "
                          "AND substr(signed_at, 1, 10) >= ? AND substr(signed_at, 1, 10) < ?", (first, after))
    return int(made[0]), int(signed[0])
