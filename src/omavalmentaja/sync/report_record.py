"""The monthly report's client-record figures: clients in service by age group, by the length of continuous
unemployment (and the long-term unemployed, 12 months or more) and by unemployment benefit, and Kykyviisari
clients with a baseline and a follow-up measurement of general work ability and the mean change between them.
Counted from the office store by the closing dates (sync.report), never by the record's last change."""

from __future__ import annotations

import datetime as dt

from omavalmentaja.domain.dates import age_on, stored_date
from omavalmentaja.store.db import Database
from omavalmentaja.sync.report import Figure

AGE_GROUPS = ((0, 24, "under_25"), (25, 29, "25_29"), (30, 54, "30_54"), (55, 200, "55_over"))
IN_SERVICE = ("coalesce(start_date, substr(created_at, 1, 10)) < :after AND NOT EXISTS (SELECT 1 FROM "
              "client_closings k WHERE k.client_id = clients.id AND k.closed_on < :first AND "
              "(k.reopened_on IS NULL OR k.reopened_on >= :after))")


def in_service_ids(db: Database, first: dt.date, after: dt.date) -> list[tuple[str, str | None]]:
    """(id, date of birth) of the clients in service in the month."""
    rows = db.query(f"SELECT id, date_of_birth FROM clients WHERE {IN_SERVICE}",
                    {"first": first.isoformat(), "after": after.isoformat()})
    return [(r[0], r[1]) for r in rows]


def age_figures(db: Database, first: dt.date, after: dt.date) -> list[Figure]:
    last = after - dt.timedelta(days=1)
    counts = {name: 0 for _, _, name in AGE_GROUPS} | {"unknown": 0}
    for _, born in in_service_ids(db, first, after):
        born_on = stored_date(born)  # a value the office store holds but cannot read: counted as unknown
        age = age_on(born_on, last) if born_on else None
        group = next((name for low, high, name in AGE_GROUPS if age is not None and low <= age <= high), "unknown")
        counts[group] += 1
    return [Figure("age_groups", name, "", count) for name, count in counts.items()]


def kykyviisari_change(db: Database, first: dt.date, after: dt.date) -> tuple[int, float | None]:
    """Clients in service with a baseline and a later follow-up of general work ability (0–10) by the month's
    end, and the mean change from the first to the latest measurement."""
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "questionnaire_answers" not in tables:
        return 0, None
    rows = db.query(
        "SELECT r.client_id, r.responded_on, a.value FROM questionnaire_responses r JOIN questionnaire_answers a "
        "ON a.response_id = r.id WHERE r.status = 'completed' AND r.instrument_id LIKE 'kykyviisari%' "
        "AND a.item_id = 'work_ability' AND a.value IS NOT NULL AND r.responded_on < ? "
        "ORDER BY r.client_id, r.responded_on", (after.isoformat(),))
    serving = {client_id for client_id, _ in in_service_ids(db, first, after)}
    measured: dict[str, list[float]] = {}
    for client_id, _, value in rows:
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if client_id in serving:
            measured.setdefault(client_id, []).append(number)
    changes = [values[-1] - values[0] for values in measured.values() if len(values) >= 2]
    return len(changes), (sum(changes) / len(changes) if changes else None)


DURATION_BANDS = ((0, 2, "under_3_months"), (3, 5, "3_5_months"), (6, 11, "6_11_months"), (12, 23, "12_23_months"),
                  (24, 10_000, "24_months_or_more"))
LONG_TERM_MONTHS = 12


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def unemployment_figures(db: Database, first: dt.date, after: dt.date) -> list[Figure]:
    """Clients in service by the length of their continuous unemployment at the month's end, the long-term
    unemployed (12 months or more), and clients by unemployment benefit."""
    last = after - dt.timedelta(days=1)
    bands = {name: 0 for _, _, name in DURATION_BANDS} | {"unknown": 0}
    benefits: dict[str, int] = {}
    long_term = 0
    rows = db.query(f"SELECT unemployed_since, benefit FROM clients WHERE {IN_SERVICE}",
                    {"first": first.isoformat(), "after": after.isoformat()})
    for since, benefit in rows:
        since_on = stored_date(since)
        months = _months_between(since_on, last) if since_on else None
        band = next((name for low, high, name in DURATION_BANDS if months is not None and low <= months <= high),
                    "unknown")
        bands[band] += 1
        long_term += months is not None and months >= LONG_TERM_MONTHS
        benefits[benefit or "unknown"] = benefits.get(benefit or "unknown", 0) + 1
    figures = [Figure("unemployment_duration", name, "", count) for name, count in bands.items()]
    figures.append(Figure("long_term_unemployed", "total", "", long_term))
    figures += [Figure("benefits", name, "", count) for name, count in sorted(benefits.items())]
    return figures


def record_figures(db: Database, first: dt.date, after: dt.date) -> list[Figure]:
    clients, mean = kykyviisari_change(db, first, after)
    figures = age_figures(db, first, after) + unemployment_figures(db, first, after)
    figures.append(Figure("kykyviisari_followed", "clients", "", clients))
    figures.append(Figure("kykyviisari_change", "mean_change", "", round(mean * 10) if mean is not None else 0))
    return figures
