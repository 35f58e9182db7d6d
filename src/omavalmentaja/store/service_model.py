"""Queries behind the service model's schedule: job applications, the clients it concerns, plan review dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from omavalmentaja.domain.dates import stored_date
from omavalmentaja.domain.service_model import ApplicationMethod, JobApplication
from omavalmentaja.errors import NotFound
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import delete_record, save_record


def application_from_row(row: Any) -> JobApplication:
    return JobApplication(id=row["id"], client_id=row["client_id"], applied_on=dt.date.fromisoformat(row["applied_on"]),
                          employer_or_job=row["employer_or_job"], method=ApplicationMethod(row["method"]),
                          notes=row["notes"], version=row["version"])


class JobApplicationRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, item: JobApplication) -> JobApplication:
        fields = {"client_id": item.client_id, "applied_on": item.applied_on.isoformat(),
                  "employer_or_job": item.employer_or_job, "method": item.method.value, "notes": item.notes}
        with self.db.transaction():
            item.id, item.version = save_record(self.db, "job_applications", fields, item.id)
        return item

    def get(self, application_id: str) -> JobApplication:
        row = self.db.query_one("SELECT * FROM job_applications WHERE id = ?", (application_id,))
        if row is None:
            raise NotFound("model.application_not_found", application_id)
        return application_from_row(row)

    def delete(self, application_id: str) -> None:
        with self.db.transaction():
            delete_record(self.db, "job_applications", application_id)

    def for_client(self, client_id: str) -> list[JobApplication]:
        rows = self.db.query("SELECT * FROM job_applications WHERE client_id = ? ORDER BY applied_on DESC, "
                             "created_at DESC", (client_id,))
        return [application_from_row(r) for r in rows]

    def dates_by_client(self, client_id: str = "") -> dict[str, list[dt.date]]:
        """The application dates of every client, or of one client."""
        sql = "SELECT client_id, applied_on FROM job_applications"
        rows = (self.db.query(sql + " WHERE client_id = ? ORDER BY applied_on", (client_id,)) if client_id
                else self.db.query(sql + " ORDER BY applied_on"))
        found: dict[str, list[dt.date]] = {}
        for cid, day in rows:
            found.setdefault(cid, []).append(dt.date.fromisoformat(day))
        return found


@dataclass(frozen=True)
class ScheduledClient:
    """What the schedule needs of a client, read for the whole caseload at once."""

    id: str
    name: str
    registered_on: str | None
    obligation_status: str
    obligation_per_month: int | None
    obligation_reason: str
    obligation_review_months: int
    obligation_from: str | None


def active_clients(db: Database, client_id: str = "") -> list[ScheduledClient]:
    sql = ("SELECT id, coalesce(nullif(preferred_name, ''), first_name) || ' ' || last_name, registered_on, "
           "obligation_status, obligation_per_month, obligation_reason, obligation_review_months, obligation_from "
           "FROM clients WHERE status = 'active'")
    rows = db.query(sql + " AND id = ?", (client_id,)) if client_id else db.query(sql)
    return [ScheduledClient(*r) for r in rows]


def plan_review_dates(db: Database, client_id: str = "") -> dict[str, dt.date]:
    """The review date of each client's newest plan version (draft or signed), where it has one; every
    client's, or one client's. A version whose content or date cannot be read (a damaged record) has none."""
    sql = ("SELECT p.client_id, CASE WHEN json_valid(p.content) THEN json_extract(p.content, '$.review_date') END "
           "FROM plan_versions p "
           "WHERE p.number = (SELECT max(q.number) FROM plan_versions q WHERE q.client_id = p.client_id)")
    rows = db.query(sql + " AND p.client_id = ?", (client_id,)) if client_id else db.query(sql)
    return {client: day for client, text in rows if (day := stored_date(text)) is not None}
