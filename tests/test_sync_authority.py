"""Security review, finding 1: a trusted device changes and removes only its own clients, in its own name.

Every bundle here is forged with Bertta's real device keys (as a stolen or faulty laptop would) and aimed at
Aino's clients; the office must refuse it (one line, exit 2, nothing changed) or hold it as a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.office_erasure import approve_erasure, pending_erasures
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import new_id, now_iso
from omavalmentaja.sync.records import Record, current_row
from sync_forge import forge, office_copy, round_trip, signed_plan, tombstone
from sync_support import add_client, add_meeting, make_coach, make_office, store_digest


@pytest.fixture
def region(tmp_path: Path):
    office_session, key_file = make_office(tmp_path)
    aino, bertta = make_coach(tmp_path, key_file, "Aino"), make_coach(tmp_path, key_file, "Bertta")
    eero, amina = add_client(aino, "Eero", "Korhonen"), add_client(aino, "Amina", "Hassan")
    meeting = add_meeting(aino, eero.id, MeetingKind.FACE_TO_FACE, notes="CV päivitetty")
    plan = signed_plan(aino, eero.id)
    olena = add_client(bertta, "Olena", "Shevchenko")
    round_trip(aino, office_session, tmp_path, "aino-1", trust=True)
    round_trip(bertta, office_session, tmp_path, "bertta-1", trust=True)
    ids = {"eero": eero.id, "amina": amina.id, "olena": olena.id, "meeting": meeting.id, "plan": plan.id}
    yield office_session, aino, bertta, ids, tmp_path
    for session in (aino, bertta, office_session):
        session.close_quietly()


def _refused(office_session: Session, path: Path) -> str:
    with pytest.raises(UserError) as caught:
        office.import_bundle(office_session, path)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def _cli_refused(office_session: Session, path: Path) -> str:
    result = run_cli("office", "import", str(path), data_dir=office_session.vault.folder)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_a_change_stamped_with_another_device_is_refused_whole(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    before = store_digest(office_session)
    forged = office_copy(office_session, "clients", ids["eero"], bertta, phone="050 666", device_id=aino.device_id)
    path = forge(bertta, tmp / "as-aino.omvb", [forged])
    assert "toisen laitteen nimissä" in _refused(office_session, path)
    assert "toisen laitteen nimissä" in _cli_refused(office_session, path)
    stamped = forge(bertta, tmp / "tomb-as-aino.omvb", tombstones=[tombstone("clients", ids["eero"], aino)])
    assert "toisen laitteen nimissä" in _refused(office_session, stamped)
    assert store_digest(office_session) == before


def test_a_change_to_another_coachs_client_is_held_as_a_conflict(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    before = current_row(office_session.db, "clients", ids["eero"])
    changed = office_copy(office_session, "clients", ids["eero"], bertta, phone="050 666")
    new_meeting = Record("meetings", {
        "id": new_id(), "created_at": now_iso(), "updated_at": now_iso(), "device_id": bertta.device_id,
        "version": 1, "client_id": ids["amina"], "starts_at": "2026-11-23T10:00:00", "kind": "phone"})
    moved = office_copy(office_session, "meetings", ids["meeting"], bertta, client_id=ids["olena"])
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "f.omvb", [changed, new_meeting, moved])).outcome
    assert (outcome.inserted, outcome.replaced, outcome.conflicts) == (0, 0, 3)
    assert current_row(office_session.db, "clients", ids["eero"]) == before
    assert office_session.db.query("SELECT id FROM meetings WHERE client_id = ?", (ids["amina"],)) == []
    assert office_session.meetings.for_client(ids["eero"])[0].id == ids["meeting"]
    listed = {(c.record_table, c.record_id, c.from_peer) for c in office.conflicts(office_session)}
    assert listed == {("clients", ids["eero"], bertta.device_id), ("meetings", new_meeting.id, bertta.device_id),
                      ("meetings", ids["meeting"], bertta.device_id)}
    shown = run_cli("office", "conflicts", data_dir=office_session.vault.folder)
    assert shown.returncode == 0 and ids["eero"] in shown.stdout and bertta.device_id in shown.stdout


def test_tombstones_for_another_coachs_clients_are_held_and_nothing_goes(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    tombs = [tombstone("meetings", ids["meeting"], bertta), tombstone("plan_versions", ids["plan"], bertta),
             tombstone("clients", ids["eero"], bertta), tombstone("clients", ids["amina"], bertta)]
    outcome = office.import_bundle(office_session, forge(bertta, tmp / "t.omvb", tombstones=tombs)).outcome
    assert (outcome.deleted, outcome.conflicts) == (0, 4)
    assert office_session.clients.count() == 3
    assert len(office_session.meetings.for_client(ids["eero"])) == 1
    assert current_row(office_session.db, "plan_versions", ids["plan"]) is not None
    assert office_session.db.query("SELECT 1 FROM tombstones") == []
    assert len(office.conflicts(office_session)) == 4
    shown = run_cli("office", "conflicts", data_dir=office_session.vault.folder)
    assert shown.returncode == 0 and shown.stdout.count(bertta.device_id) == 4
    assert shown.stdout.count("  saapunut poisto ") == 4
    # the office may still accept a held removal of a record: the meeting goes, the client stays
    held = next(c for c in office.conflicts(office_session) if c.record_table == "meetings")
    office.resolve_conflict(office_session, held.id, "incoming")
    assert office_session.meetings.for_client(ids["eero"]) == [] and office_session.clients.count() == 3


def test_a_signed_plan_goes_only_with_its_client(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    own = forge(aino, tmp / "own.omvb", tombstones=[tombstone("plan_versions", ids["plan"], aino, "")])
    outcome = office.import_bundle(office_session, own).outcome
    assert (outcome.deleted, outcome.conflicts) == (0, 1)
    assert current_row(office_session.db, "plan_versions", ids["plan"])["status"] == "signed"
    held = office.conflicts(office_session)[0]
    with pytest.raises(UserError, match="signed plan versions are kept") as caught:
        office.resolve_conflict(office_session, held.id, "incoming")  # the store itself keeps a signed plan
    assert "\n" not in str(caught.value) and len(office.conflicts(office_session)) == 1
    with aino.db.transaction(), pytest.raises(Exception, match="signed plan versions are kept"):
        aino.db.execute("DELETE FROM plan_versions WHERE id = ?", (ids["plan"],))
    # erasing the client on the laptop removes everything, the signed plan too; the office's copy goes only
    # when the office approves the erasure
    erase_client(aino, ids["eero"], "recorded_by_mistake")
    outcome = round_trip(aino, office_session, tmp, "aino-erase")
    assert outcome.erasures_held == 1 and outcome.deleted == 0
    assert current_row(office_session.db, "plan_versions", ids["plan"])["status"] == "signed"
    assert [(r.client_id, r.reason) for r in pending_erasures(office_session)] == [(ids["eero"], "recorded_by_mistake")]
    assert approve_erasure(office_session, ids["eero"]) >= 4
    assert current_row(office_session.db, "clients", ids["eero"]) is None
    assert pending_erasures(office_session) == []
    assert any(e.action == "office.erasure_approve" for e in office_session.audit.for_client(ids["eero"]))
    assert office_session.db.query("SELECT 1 FROM plan_versions") == []
    assert office_session.db.query("SELECT 1 FROM plan_signatures") == []
    assert office_session.db.query("SELECT 1 FROM erasure_in_progress") == []
    assert office.conflicts(office_session) == []


def test_malformed_ids_and_blobs_in_text_columns_are_refused(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    before = store_digest(office_session)
    path_like = Record("meetings", {
        "id": "../../../../../tmp/rev/PWNED", "created_at": now_iso(), "updated_at": now_iso(),
        "device_id": bertta.device_id, "version": 1, "client_id": ids["olena"],
        "starts_at": "2026-11-23T10:00:00", "kind": "phone"})
    blob_in_text = Record("meetings", {
        "id": new_id(), "created_at": {"$base64": "UFdORUQ="}, "updated_at": now_iso(),
        "device_id": bertta.device_id, "version": 1, "client_id": ids["olena"],
        "starts_at": "2026-11-23T10:00:00", "kind": "phone"})
    upper_case = Record("meetings", {**blob_in_text.row, "created_at": now_iso(), "id": new_id().upper()})
    bad_reference = Record("meetings", {**blob_in_text.row, "created_at": now_iso(), "client_id": "../x"})
    text_in_integer = Record("meetings", {**blob_in_text.row, "created_at": now_iso(), "duration_minutes": "60"})
    cases = [([path_like], "tunniste"), ([blob_in_text], "meetings.created_at"), ([upper_case], "tunniste"),
             ([bad_reference], "tunniste"), ([text_in_integer], "meetings.duration_minutes")]
    for number, (records, expected) in enumerate(cases):
        path = forge(bertta, tmp / f"bad-{number}.omvb", records)
        assert expected in _refused(office_session, path)
    assert "tunniste" in _cli_refused(office_session, tmp / "bad-0.omvb")  # the path-like id
    raw_cases = [("duration_minutes", 2**70, "tyyppiin"), ("notes", "\ud800", "vioittunut"),
                 ("duration_minutes", float("nan"), "vioittunut")]
    for number, (column, value, expected) in enumerate(raw_cases):
        raw = {"table": "meetings", "base": None, "row": {**text_in_integer.row, column: value}}
        assert expected in _refused(office_session, forge(bertta, tmp / f"raw-{number}.omvb", raw_records=[raw]))
    tomb = forge(bertta, tmp / "tomb.omvb", tombstones=[tombstone("meetings", "../../etc/passwd", bertta)])
    assert "tunniste" in _refused(office_session, tomb)
    assert store_digest(office_session) == before


def test_a_bundle_that_breaks_a_store_rule_is_one_line_and_changes_nothing(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    before = store_digest(office_session)
    bad_status = office_copy(office_session, "clients", ids["olena"], bertta, status="vanished")
    # refused by the domain's validation before the store's CHECK constraint is reached
    assert "(clients, kenttä status)" in _refused(office_session, forge(bertta, tmp / "check.omvb", [bad_status]))
    orphan = Record("meetings", {
        "id": new_id(), "created_at": now_iso(), "updated_at": now_iso(), "device_id": bertta.device_id,
        "version": 1, "client_id": new_id(), "starts_at": "2026-11-23T10:00:00", "kind": "phone"})
    path = forge(bertta, tmp / "fk.omvb", [orphan])
    assert "FOREIGN KEY" in _refused(office_session, path)
    assert "FOREIGN KEY" in _cli_refused(office_session, path)
    # Aino changes her own signed plan: signed versions are immutable
    altered = office_copy(office_session, "plan_versions", ids["plan"], aino, content='{"goal": "muutettu"}')
    path = forge(aino, tmp / "plan.omvb", [altered])
    assert "immutable" in _refused(office_session, path)
    assert "immutable" in _cli_refused(office_session, path)
    assert store_digest(office_session) == before
    assert office_session.db.query("SELECT 1 FROM erasure_in_progress") == []


def test_the_transferred_client_belongs_to_the_new_coach(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    office.assign(office_session, ids["amina"], "Bertta", tmp / "transfer.omvb")
    sync.import_bundle(bertta, tmp / "transfer.omvb")
    late = office_copy(office_session, "clients", ids["amina"], aino, phone="040 1")
    assert office.import_bundle(office_session, forge(aino, tmp / "late.omvb", [late])).outcome.conflicts == 1
    now_hers = office_copy(office_session, "clients", ids["amina"], bertta, phone="040 2")
    assert office.import_bundle(office_session, forge(bertta, tmp / "hers.omvb", [now_hers])).outcome.replaced == 1
    assert office_session.clients.get(ids["amina"]).phone == "040 2"
    gone = forge(aino, tmp / "gone.omvb", tombstones=[tombstone("clients", ids["amina"], aino)])
    assert office.import_bundle(office_session, gone).outcome.conflicts == 1
    assert office_session.clients.get(ids["amina"]).first_name == "Amina"


def test_a_laptop_takes_office_bundles_only_from_its_office(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    from omavalmentaja.sync import keystore
    from omavalmentaja.sync.bundle import seal_bundle
    from omavalmentaja.sync.payload import Payload

    keys = keystore.own_keys(bertta.db)
    aino_keys = keystore.own_keys(aino.db)
    assert keys is not None and aino_keys is not None
    payload = Payload(kind="receipt", sender_id=bertta.device_id, schema_version=bertta.db.schema_version,
                      created_at=now_iso())
    (tmp / "fake-receipt.omvb").write_bytes(seal_bundle("receipt", bertta.device_id, keys, aino_keys.public, 99,
                                                        payload.created_at, payload.to_bytes()))
    before = store_digest(aino)
    with pytest.raises(UserError, match="rekisteröidyltä toimistolta"):
        sync.import_bundle(aino, tmp / "fake-receipt.omvb")
    assert store_digest(aino) == before


def test_export_file_names_never_leave_the_folder(tmp_path: Path) -> None:
    from omavalmentaja.services.client_export import write_files

    folder = tmp_path / "exp" / "x"
    for name in ("../../PWNED.bin", "/tmp/PWNED.bin", "a/b.bin", "..", ".", "", "a\\b.bin"):
        with pytest.raises(UserError) as caught:
            write_files(folder, {"ok.json": b"{}", name: b"PWNED"})
        assert "\n" not in str(caught.value)
    assert not (tmp_path / "exp").exists() and not (tmp_path / "PWNED.bin").exists()
    assert [p.name for p in write_files(folder, {"ok.json": b"{}"})] == ["ok.json"]


def test_an_unknown_device_is_shown_but_not_offered_as_a_ready_command(region) -> None:
    office_session, aino, bertta, ids, tmp = region
    ville = make_coach(tmp / "ville", tmp / "office.omvkey", "Ville")
    add_client(ville, "Ville", "Uusi")
    sync.export_bundle(ville, tmp / "ville.omvb")
    fp = sync.device_info(ville).fingerprint
    message = _refused(office_session, tmp / "ville.omvb")
    assert fp in message and "omavalmentaja device" in message and f"--trust {fp}" not in message
    result = run_cli("office", "import", str(tmp / "ville.omvb"), data_dir=office_session.vault.folder)
    assert result.returncode == 2 and fp in result.stderr and f"--trust {fp}" not in result.stderr
    ville.close_quietly()
