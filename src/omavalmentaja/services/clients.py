"""Client use cases: create, edit, pause, view, assess (closing and reopening: services/closing.py)."""

from __future__ import annotations

import datetime as dt

from omavalmentaja.domain.client import (
    Assessment,
    Client,
    ClientStatus,
    InvalidAssessment,
    InvalidClient,
    normalise_and_validate,
    validate_assessment,
)
from omavalmentaja.errors import UserError
from omavalmentaja.messages import Message
from omavalmentaja.services.service_model import client_model_problems
from omavalmentaja.services.session import Session
from omavalmentaja.store.clients import ClientRow


def save_client(session: Session, client: Client) -> Client:
    """Validate and store a new or edited client; raises UserError listing every problem."""
    problems = [Message.of("common.text", text) for text in client_model_problems(client)]  # rendered already
    try:
        normalise_and_validate(client)
    except InvalidClient as exc:
        problems = exc.messages() + problems
    if problems:
        raise UserError(Message.joined(problems))
    if client.henkilotunnus and session.clients.exists_hetu(client.henkilotunnus, client.id):
        raise UserError("svc.hetu_taken")
    is_new = not client.id
    with session.db.transaction():
        session.clients.save(client)
        session.audit.record("client.create" if is_new else "client.update", client.id)
    return client


def open_client(session: Session, client_id: str) -> Client:
    """Fetch a client for viewing, and log that it was viewed."""
    client = session.clients.get(client_id)
    session.audit.record("client.view", client_id)
    return client


def pause_client(session: Session, client_id: str) -> Client:
    """Pause an active client (a closed one is reopened with services.closing, which keeps the history)."""
    client = session.clients.get(client_id)
    if client.status == ClientStatus.CLOSED:
        raise UserError("closing.reopen_first")
    client.status = ClientStatus.PAUSED
    return save_client(session, client)


def list_clients(session: Session, text: str = "", active_only: bool = False,
                 municipality: str = "") -> list[ClientRow]:
    return filter_rows(session.clients.list_rows(), search_client_ids(session, text), active_only, municipality)


def filter_rows(rows: list[ClientRow], ids: set[str] | None, active_only: bool = False,
                municipality: str = "") -> list[ClientRow]:
    """The client list's filters, one rule for the CLI and the app (which filters rows it holds in memory):
    ids from a text search (None: no search), active clients only, one home municipality."""
    return [r for r in rows
            if (ids is None or r.id in ids) and (not active_only or r.status == ClientStatus.ACTIVE.value)
            and (not municipality or r.municipality == municipality)]


def search_client_ids(session: Session, text: str) -> set[str] | None:
    """Full-text search by name, henkilötunnus and note text; None when there is nothing to search for."""
    return session.clients.matching_ids(text)


def save_assessment(session: Session, assessment: Assessment) -> Assessment:
    try:
        validate_assessment(assessment)
    except InvalidAssessment as exc:
        raise UserError(exc.message) from None
    if assessment.assessed_on > dt.date.today():
        raise UserError("svc.assessment_in_future")
    is_new = not assessment.id
    with session.db.transaction():
        session.assessments.save(assessment)
        session.audit.record("assessment.create" if is_new else "assessment.update", assessment.client_id)
    return assessment
