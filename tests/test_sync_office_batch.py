"""The office merges a bundle's records in batches (the stored rows, tombstones and owners it touches read up front,
the records written per table): within one bundle, good records, records held as conflicts, a record carried twice,
a record the office has removed and a record that is no valid domain value each behave as they would alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import office
from omavalmentaja.services.clients import search_client_ids
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import new_id, now_iso
from omavalmentaja.sync.records import Record, changed_records, current_row
from sync_forge import forge, office_copy, round_trip
from sync_support import add_client, add_meeting, make_coach, make_office, store_digest


@pytest.fixture
def region(tmp_path: Path):
    office_session, key_file = make_office(tmp_path)
    aino, bertta = make_coach(tmp_path, key_file, "Aino"), make_coach(tmp_path, key_file, "Bertta")
    eero, amina = add_client(aino, "Eero", "Korhonen"), add_client(aino, "Amina", "Hassan")
    olena = add_client(bertta, "Olena", "Shevchenko")
    round_trip(aino, office_session, tmp_path, "aino-1", trust=True)
    round_trip(bertta, office_session, tmp_path, "bertta-1", trust=True)
    ids = {"eero": eero.id, "amina": amina.id, "olena": olena.id}
    yield office_session, bertta, ids, tmp_path
    for session in (aino, bertta, office_session):
        session.close_quietly()


def _records_of(session: Session, *record_ids: str) -> list[Record]:
    """The device's own records with these ids, as its next bundle carries them."""
    return [r for r in changed_records(session.db, 0) if r.id in record_ids]


def _meeting(device: Session, client_id: str, kind: str = "phone") -> Record:
    return Record("meetings", {"id": new_id(), "created_at": now_iso(), "updated_at": now_iso(),
                               "device_id": device.device_id, "version": 1, "client_id": client_id,
                               "starts_at": "2026-11-23T10:00:00", "kind": kind})


def _owner(office_session: Session, client_id: str) -> str:
    row = office_session.db.query_one("SELECT peer_id FROM sync_assignments WHERE client_id = ?", (client_id,))
    return str(row[0]) if row else ""


def test_good_records_are_applied_and_another_coachs_are_held_in_the_same_bundle(region) -> None:
    office_session, bertta, ids, tmp = region
    pirjo = add_client(bertta, "Pirjo", "Nieminen")
    meeting = add_meeting(bertta, pirjo.id, MeetingKind.PHONE, notes="Soitto sovittu")
    eero_before = current_row(office_session.db, "clients", ids["eero"])
    on_eero = office_copy(office_session, "clients", ids["eero"], bertta, phone="050 666")
    on_olena = office_copy(office_session, "clients", ids["olena"], bertta, phone="040 123")
    stray = _meeting(bertta, ids["amina"])
    # the conflicts come first, between and last: each record is decided on its own
    bundle = [on_eero, *_records_of(bertta, meeting.id), on_olena, *_records_of(bertta, pirjo.id), stray]
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "mixed.omvb", bundle)).outcome
    assert (outcome.inserted, outcome.replaced, outcome.conflicts) == (2, 1, 2)
    assert current_row(office_session.db, "clients", ids["eero"]) == eero_before
    assert office_session.db.query("SELECT id FROM meetings WHERE client_id = ?", (ids["amina"],)) == []
    assert office_session.clients.get(ids["olena"]).phone == "040 123"
    assert [m.id for m in office_session.meetings.for_client(pirjo.id)] == [meeting.id]
    assert _owner(office_session, pirjo.id) == bertta.device_id  # a new client: the sender holds it
    assert _owner(office_session, ids["eero"]) != bertta.device_id
    held = {(c.record_table, c.record_id) for c in office.conflicts(office_session)}
    assert held == {("clients", ids["eero"]), ("meetings", stray.id)}
    assert outcome.ack is not None
    assert {(table, record_id) for table, record_id, *_ in outcome.ack.records} == {
        ("clients", pirjo.id), ("meetings", meeting.id), ("clients", ids["olena"])}
    assert search_client_ids(office_session, "Nieminen") == {pirjo.id}  # the search index follows


def test_one_record_that_is_no_valid_domain_value_refuses_the_whole_batch(region) -> None:
    office_session, bertta, ids, tmp = region
    pirjo = add_client(bertta, "Pirjo", "Nieminen")
    meeting = add_meeting(bertta, pirjo.id, MeetingKind.PHONE)
    good = _records_of(bertta, pirjo.id, meeting.id)
    tampered = _meeting(bertta, pirjo.id, kind="séance")
    on_olena = office_copy(office_session, "clients", ids["olena"], bertta, phone="040 123")
    before = store_digest(office_session)
    with pytest.raises(UserError) as caught:
        office.import_bundle(office_session, forge(bertta, tmp / "bad.omvb", [*good, on_olena, tampered]))
    assert "meetings" in str(caught.value) and "kind" in str(caught.value)
    assert store_digest(office_session) == before
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "good.omvb", [*good, on_olena])).outcome
    assert (outcome.inserted, outcome.replaced, outcome.conflicts) == (2, 1, 0)


def test_a_record_twice_in_a_bundle_and_a_record_the_office_removed(region) -> None:
    office_session, bertta, ids, tmp = region
    pirjo = add_client(bertta, "Pirjo", "Nieminen")
    first = _records_of(bertta, pirjo.id)[0]
    second = Record("clients", {**first.row, "version": 2, "phone": "040 555"}, base=first.stamp)
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "twice.omvb", [first, second])).outcome
    assert (outcome.inserted, outcome.replaced, outcome.conflicts) == (1, 1, 0)
    stored = current_row(office_session.db, "clients", pirjo.id)
    assert stored is not None and (stored["version"], stored["phone"]) == (2, "040 555")
    # a meeting the office has removed (its coach deleted it) comes back in a later bundle beside a new one
    meeting = add_meeting(bertta, ids["olena"], MeetingKind.PHONE)
    removed = _records_of(bertta, meeting.id)
    round_trip(bertta, office_session, tmp, "bertta-2")
    bertta.meetings.delete(bertta.meetings.get(meeting.id))
    round_trip(bertta, office_session, tmp, "bertta-3")
    assert current_row(office_session.db, "meetings", meeting.id) is None
    fresh = _meeting(bertta, ids["olena"])
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "back.omvb", [*removed, fresh])).outcome
    assert (outcome.inserted, outcome.conflicts) == (1, 1)
    assert current_row(office_session.db, "meetings", meeting.id) is None
    assert current_row(office_session.db, "meetings", fresh.id) is not None
    assert [(c.record_table, c.record_id) for c in office.conflicts(office_session)] == [("meetings", meeting.id)]
