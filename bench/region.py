"""A seeded, generated region: clients with years of meetings, and questionnaires and plans for a tenth.

The generator is the product's own demo fill (services/demo.py), so the bulk save path it exercises is the
one the app and `demo-data` use."""

from __future__ import annotations

import time
from dataclasses import dataclass

from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session

# Every row a demo fill writes, in an order that satisfies their foreign keys (with the search index and the
# audit entries: a floor that skipped them would skip work the product must do).
FILLED_TABLES = ("clients", "client_closings", "meetings", "assessments", "questionnaire_responses",
                 "questionnaire_answers", "plan_versions", "plan_signatures", "client_search", "audit_log")
# How to read a table's rows for re-inserting them: the search index by its columns, the audit log without
# its sequence numbers and the entries every new vault starts with.
_SELECTS = {
    "client_search": "SELECT rowid, client_id, names, hetu, notes FROM client_search",
    "audit_log": "SELECT at, actor, action, client_id, detail FROM audit_log WHERE action NOT LIKE 'vault.%'",
}


@dataclass(frozen=True)
class Region:
    clients: int
    meetings: int
    responses: int
    plans: int
    fill_seconds: float


def fill_region(session: Session, clients: int, seed: int) -> Region:
    """clients fictional clients; a tenth of them also get questionnaire responses and plans."""
    with_records = max(1, clients // 10)
    start = time.perf_counter()
    fill_demo_data(session, clients=clients - with_records, seed=seed, with_extensions=False)
    fill_demo_data(session, clients=with_records, seed=seed + 1, with_extensions=True)
    seconds = time.perf_counter() - start
    count = session.db.query_one
    return Region(clients=count("SELECT count(*) FROM clients")[0],
                  meetings=count("SELECT count(*) FROM meetings")[0],
                  responses=count("SELECT count(*) FROM questionnaire_responses")[0],
                  plans=count("SELECT count(*) FROM plan_versions")[0], fill_seconds=seconds)


def table_rows(session: Session, table: str) -> tuple[list[str], list[tuple]]:  # type: ignore[type-arg]
    """Every row of a table as tuples, with its column names (to insert the same rows elsewhere)."""
    cursor = session.db.execute(_SELECTS.get(table, f"SELECT * FROM {table}"))
    names = [d[0] for d in cursor.description]
    return names, [tuple(row) for row in cursor.fetchall()]


def insert_rows(session: Session, table: str, names: list[str], rows: list[tuple]) -> None:  # type: ignore[type-arg]
    marks = ", ".join("?" for _ in names)
    session.db.connection.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
