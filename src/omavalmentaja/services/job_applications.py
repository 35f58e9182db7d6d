"""The job-search obligation's follow-up: applications a client reports, counted per review period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.schedule import DueKind
from omavalmentaja.domain.service_model import InvalidServiceModel, JobApplication, validate_application
from omavalmentaja.errors import UserError
from omavalmentaja.services.service_model import client_schedule
from omavalmentaja.services.session import Session
from omavalmentaja.store.service_model import JobApplicationRepository


def _repository(session: Session) -> JobApplicationRepository:
    return JobApplicationRepository(session.db)


def save_application(session: Session, application: JobApplication, today: dt.date | None = None) -> JobApplication:
    try:
        validate_application(application, today or dt.date.today())
    except InvalidServiceModel as exc:
        raise UserError(exc.message) from None
    session.clients.get(application.client_id)  # an unknown client is its own clear error
    is_new = not application.id
    with session.db.transaction():
        _repository(session).save(application)
        session.audit.record("job_application.create" if is_new else "job_application.update",
                             application.client_id)
    return application


def delete_application(session: Session, application_id: str) -> None:
    application = _repository(session).get(application_id)
    with session.db.transaction():
        _repository(session).delete(application_id)
        session.audit.record("job_application.delete", application.client_id)


def applications(session: Session, client_id: str) -> list[JobApplication]:
    return _repository(session).for_client(client_id)


@dataclass(frozen=True)
class ReviewPeriod:
    """One review period of the obligation: its days, the applications reported and required, and whether it
    ended short (then the coach gives the reminder, muistutus, the first time)."""

    start: dt.date
    end: dt.date  # the last day
    count: int
    required: int
    ended: bool

    @property
    def short(self) -> bool:
        return self.ended and self.count < self.required


def review_periods(session: Session, client_id: str, on: dt.date | None = None) -> list[ReviewPeriod]:
    """The client's review periods up to the one running on `on`, newest first."""
    on = on or dt.date.today()
    items = [i for i in client_schedule(session, client_id, on, horizon_days=100)
             if i.kind == DueKind.OBLIGATION_REVIEW and i.period_start and i.period_start <= on]
    periods = [ReviewPeriod(i.period_start or i.due_on, i.due_on, i.count or 0, i.required or 0, i.due_on < on)
               for i in items]
    return sorted(periods, key=lambda p: p.start, reverse=True)
