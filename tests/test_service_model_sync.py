"""The service model's records travel in sync bundles, and the office checks them by the domain's rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.service_model import ApplicationMethod, Conversation, JobApplication, ObligationStatus
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.job_applications import applications, save_application
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.sync import keystore
from omavalmentaja.sync.bundle import parse_bundle
from omavalmentaja.sync.payload import parse_payload
from sync_support import add_client, make_coach, make_office


def test_registration_obligation_marked_meetings_and_applications_reach_the_office(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Iida")
    client = add_client(coach, "Iida", "Keränen")
    client.registered_on, client.obligation_status = dt.date(2026, 3, 2), ObligationStatus.FULL
    save_client(coach, client)
    save_meeting(coach, Meeting(client.id, dt.datetime(2026, 3, 5, 9), fulfils=Conversation.INITIAL_INTERVIEW))
    save_application(coach, JobApplication(client.id, dt.date(2026, 3, 10), "Kahvila Oy", ApplicationMethod.VACANCY))
    sync.export_bundle(coach, tmp_path / "b.omvb")
    office.import_bundle(office_session, tmp_path / "b.omvb", sync.device_info(coach).fingerprint,
                         tmp_path / "r.omvb")
    at_office = office_session.clients.get(client.id)
    assert (at_office.registered_on, at_office.obligation_status) == (dt.date(2026, 3, 2), ObligationStatus.FULL)
    assert office_session.meetings.for_client(client.id)[0].fulfils == Conversation.INITIAL_INTERVIEW
    assert [a.employer_or_job for a in applications(office_session, client.id)] == ["Kahvila Oy"]

    body = json.loads(parse_bundle((tmp_path / "b.omvb").read_bytes()).open(keystore.own_keys(office_session.db)))
    for table, column, bad in (("job_applications", "method", "guessed"), ("job_applications", "applied_on", "x"),
                               ("job_applications", "employer_or_job", " "), ("clients", "obligation_status", "most"),
                               ("meetings", "fulfils", "party")):
        forged = json.loads(json.dumps(body))
        record = next(r for r in forged["records"] if r["table"] == table)
        record["row"][column] = bad
        with pytest.raises(UserError) as refused:
            parse_payload(office_session.db, json.dumps(forged).encode(), "changes", coach.device_id)
        assert f"{table}." in str(refused.value)
    coach.close_quietly()
    office_session.close_quietly()
