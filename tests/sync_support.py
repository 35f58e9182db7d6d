"""Helpers for the sync tests: an office vault, enrolled coach vaults, records made through the services."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from conftest import PASSPHRASE
from omavalmentaja.domain.client import Client, ClientStatus, TargetGroup
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.services import office, sync
from omavalmentaja.services.clients import pause_client, save_client
from omavalmentaja.services.closing import close_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.session import Session


def make_office(folder: Path, name: str = "Kainuun toimisto") -> tuple[Session, Path]:
    session = office.create_office(folder / "office", PASSPHRASE, name)
    key_file = folder / "office.omvkey"
    office.write_enrolment_file(session, key_file)
    return session, key_file


def make_coach(folder: Path, key_file: Path, name: str) -> Session:
    session = Session.create(folder / name, PASSPHRASE)
    fingerprint = sync.read_enrolment_file(key_file).keys.fingerprint  # as the office reads it out
    sync.enrol(session, key_file, name, fingerprint=fingerprint)
    return session


def add_client(session: Session, first: str, last: str, municipality: str = "Kajaani",
               target: TargetGroup = TargetGroup.UNDER30, start: dt.date | None = None,
               status: ClientStatus = ClientStatus.ACTIVE) -> Client:
    client = Client(first_name=first, last_name=last, municipality=municipality, target_group=target,
                    start_date=start or dt.date.today())
    save_client(session, client)
    if status == ClientStatus.CLOSED:
        return close_client(session, client.id, dt.date.today(), ExitReason.OPEN_LABOUR_MARKET, "Työllistyi")
    if status == ClientStatus.PAUSED:
        return pause_client(session, client.id)
    return client


def add_meeting(session: Session, client_id: str, kind: MeetingKind, when: dt.datetime | None = None,
                notes: str = "") -> Meeting:
    starts = when or dt.datetime.now().replace(second=0, microsecond=0)
    return save_meeting(session, Meeting(client_id=client_id, starts_at=starts, kind=kind, notes=notes))


def store_digest(session: Session) -> str:
    """A digest of every table but the audit log (opening a vault appends to it by design)."""
    db = session.db
    digest = hashlib.sha256()
    for (name,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND name NOT LIKE 'client_search_%' AND name != 'audit_log' ORDER BY name"):
        digest.update(name.encode())
        for row in db.query(f'SELECT * FROM "{name}" ORDER BY 1'):
            digest.update(repr(tuple(row)).encode())
    digest.update(repr([tuple(r) for r in db.query("SELECT key, value FROM meta ORDER BY key")]).encode())
    return digest.hexdigest()
