"""Closing and reopening a client relationship (the CLI's `client close` and the app's closing dialog).

The client record holds the closing in force (status, closed_on, exit_reason); client_closings holds every
closing, so reopening keeps the history and reports count by the closing dates."""

from __future__ import annotations

import datetime as dt

from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.closing import Closing, ExitReason, parse_exit_reason
from omavalmentaja.domain.dates import parse_date
from omavalmentaja.domain.problems import DomainError
from omavalmentaja.errors import UserError
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.store.closings import ClosingRepository


def closing_date(text: str) -> dt.date:
    """A closing date typed by a person (d.m.yyyy or yyyy-mm-dd); UserError when it is not a date."""
    try:
        return parse_date(text)
    except ValueError:
        raise UserError("closing.date_invalid", text) from None


def exit_reason(value: ExitReason | str) -> ExitReason:
    if isinstance(value, ExitReason):
        return value
    try:
        return parse_exit_reason(value)
    except DomainError as exc:
        raise UserError(exc.message) from None


def closings(session: Session, client_id: str) -> list[Closing]:
    return ClosingRepository(session.db).for_client(client_id)


def close_client(session: Session, client_id: str, on: dt.date, reason: ExitReason | str, note: str = "") -> Client:
    """End the client relationship on a date with a coded reason. On a closed client this corrects the closing in
    force (its date, reason or note) instead of adding another."""
    code = exit_reason(reason)
    repo = ClosingRepository(session.db)
    client = session.clients.get(client_id)
    client.status, client.closed_on, client.exit_reason = ClientStatus.CLOSED, on, code
    client.close_reason = note.strip()
    with session.db.transaction():
        current = repo.current(client_id)
        if current is not None and current.reopened_on is None:
            current.closed_on, current.exit_reason, current.note, current.migrated = on, code, client.close_reason, \
                False
        else:
            current = Closing(client_id=client_id, closed_on=on, exit_reason=code, note=client.close_reason)
        _check_after_previous(repo.for_client(client_id), current)
        save_client(session, client)  # validates (date not in the future, not before the start) and audits
        repo.save(current)
        session.audit.record("client.close", client_id, detail=f"reason={code.value}")
    return client


def reopen_client(session: Session, client_id: str, on: dt.date | None = None,
                  status: ClientStatus = ClientStatus.ACTIVE) -> Client:
    """Take a closed client back into service (active or paused); the closing stays in the history."""
    repo = ClosingRepository(session.db)
    client = session.clients.get(client_id)
    on = on or dt.date.today()
    with session.db.transaction():
        current = repo.current(client_id) if client.status == ClientStatus.CLOSED else None
        if current is not None:
            if on < current.closed_on:
                raise UserError("closing.reopen_before_closing")
            current.reopened_on = on
            repo.save(current)
        client.status, client.closed_on, client.exit_reason, client.close_reason = status, None, None, ""
        save_client(session, client)
        if current is not None:
            session.audit.record("client.reopen", client_id)
    return client


def _check_after_previous(history: list[Closing], closing: Closing) -> None:
    """A closing cannot be dated before the client was reopened from an earlier one."""
    reopened = [c.reopened_on for c in history if c.id != closing.id and c.reopened_on is not None]
    if reopened and closing.closed_on < max(reopened):
        raise UserError("closing.date_before_reopening")
