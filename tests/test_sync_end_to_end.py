"""Two coaches' laptops and one office: records both ways, a transfer, a conflict, and the monthly report."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from conftest import run_cli
from omavalmentaja.domain.client import ClientStatus, TargetGroup
from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind
from omavalmentaja.services import office, plans, sync
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.instrument_catalog import KYKYVIISARI_RESULTS, get_instrument
from omavalmentaja.services.office_erasure import approve_erasure
from omavalmentaja.services.questionnaires import save_form_response
from omavalmentaja.services.session import Session
from omavalmentaja.store.records import delete_record
from sync_support import add_client, add_meeting, make_coach, make_office


def _round_trip(coach: Session, office_session: Session, folder: Path, name: str, trust: bool = False):
    """The coach exports, the office imports and answers, the coach applies the answer."""
    bundle, receipt = folder / f"{name}.omvb", folder / f"{name}-receipt.omvb"
    sync.export_bundle(coach, bundle)
    fp = sync.device_info(coach).fingerprint if trust else None
    outcome = office.import_bundle(office_session, bundle, fp, receipt).outcome
    return outcome, sync.import_bundle(coach, receipt)


def test_two_coaches_and_an_office(tmp_path: Path) -> None:
    today = dt.date.today()
    this_morning = dt.datetime.combine(today, dt.time(10, 0))
    last_year = this_morning.replace(year=today.year - 1)
    month = today.strftime("%Y-%m")
    office_session, key_file = make_office(tmp_path)
    aino, bertta = make_coach(tmp_path, key_file, "Aino"), make_coach(tmp_path, key_file, "Bertta")

    a1 = add_client(aino, "Eero", "Korhonen", "Kajaani", TargetGroup.UNDER30)
    a2 = add_client(aino, "Amina", "Hassan", "Sotkamo", TargetGroup.IMMIGRANT, start=last_year.date())
    a3 = add_client(aino, "Juho", "Kinnunen", "Kajaani", TargetGroup.NO_EARNINGS_RELATED, status=ClientStatus.CLOSED)
    add_meeting(aino, a1.id, MeetingKind.FACE_TO_FACE, this_morning, "CV päivitetty")
    add_meeting(aino, a1.id, MeetingKind.FACE_TO_FACE, this_morning + dt.timedelta(hours=2))
    add_meeting(aino, a2.id, MeetingKind.PHONE, this_morning)
    add_meeting(aino, a2.id, MeetingKind.VIDEO, last_year)
    b1 = add_client(bertta, "Олена", "Шевченко", "Kuhmo", TargetGroup.IMMIGRANT)
    add_meeting(bertta, b1.id, MeetingKind.OUTREACH, this_morning)
    kykyviisari = get_instrument(bertta, KYKYVIISARI_RESULTS)
    save_form_response(bertta, b1.id, kykyviisari, today, {
        "kv_form": "standard", "kv_language": "fi", "work_ability": 6, "area_c": 5, "area_d": 6, "area_e": 7,
        "area_f": 6, "area_g": 8, "wishes": "", "comment": ""})
    plan = plans.edit_plan(bertta, b1.id, PlanContent(
        goal="Työpaikka hoiva-alalta", review_date=today + dt.timedelta(days=60),
        steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haetaan kahta paikkaa viikossa", Responsible.CLIENT,
                        due_date=today + dt.timedelta(days=30))]))
    rng = random.Random(3)
    plans.sign_plan(bertta, plan.id, plans.SignatureInput("Олена Шевченко", plans.demo_signature_png(rng)),
                    plans.SignatureInput("Bertta", plans.demo_signature_png(rng)))

    # first bundles: each device is confirmed by its fingerprint, the receipts clear the laptops' backlog
    outcome, answer = _round_trip(aino, office_session, tmp_path, "aino-1", trust=True)
    assert (outcome.inserted, outcome.conflicts, answer.acknowledged) == (8, 0, 8)  # 3 clients, 4 meetings, 1 closing
    outcome, answer = _round_trip(bertta, office_session, tmp_path, "bertta-1", trust=True)
    assert outcome.inserted >= 5 and answer.acknowledged == outcome.inserted  # client, meeting, response+answers, plan
    assert sync.device_info(aino).pending_records == 0
    assert {d.name for d in office.devices(office_session)} == {"Aino", "Bertta"}
    assert office_session.clients.count() == 4

    # the office transfers Eero from Aino to Bertta; Bertta's laptop then shows him with his meetings
    target, previous = office.assign(office_session, a1.id, "Bertta", tmp_path / "transfer.omvb")
    assert target.name == "Bertta" and previous == aino.device_id
    applied = sync.import_bundle(bertta, tmp_path / "transfer.omvb")
    assert applied.assigned_clients == [a1.id] and applied.applied == 3
    listed = run_cli("client", "list", "--json", data_dir=bertta.vault.folder)
    assert listed.returncode == 0, listed.stderr
    assert {row["id"] for row in json.loads(listed.stdout)} == {a1.id, b1.id}
    assert len(bertta.meetings.for_client(a1.id)) == 2
    outcome, answer = _round_trip(bertta, office_session, tmp_path, "bertta-2")
    assert outcome.inserted + outcome.replaced == 0 and answer.applied == 0  # delivered: not sent again

    # both laptops change Eero, but he is Bertta's now: Aino's late change is held as a conflict, never applied,
    # and Bertta's applies
    eero_at_aino = aino.clients.get(a1.id)
    eero_at_aino.phone = "040 111 2222"
    save_client(aino, eero_at_aino)
    eero_at_bertta = bertta.clients.get(a1.id)
    eero_at_bertta.background = "Siirtyi Bertalle; kiinnostunut logistiikasta."
    save_client(bertta, eero_at_bertta)
    outcome, answer = _round_trip(aino, office_session, tmp_path, "aino-2")
    assert (outcome.replaced, outcome.conflicts, answer.acknowledged) == (0, 1, 0)
    assert office_session.clients.get(a1.id).phone == ""
    outcome, answer = _round_trip(bertta, office_session, tmp_path, "bertta-3")
    assert (outcome.replaced, outcome.conflicts, answer.acknowledged) == (1, 0, 1)
    conflicts = office.conflicts(office_session)
    assert [(c.record_table, c.record_id, c.incoming_device) for c in conflicts] == [
        ("clients", a1.id, aino.device_id)]
    assert conflicts[0].office_row is not None
    assert conflicts[0].office_row["background"].startswith("Siirtyi Bertalle")
    assert conflicts[0].incoming_row["phone"] == "040 111 2222"
    listed = run_cli("office", "conflicts", data_dir=office_session.vault.folder)
    assert listed.returncode == 0 and a1.id in listed.stdout and aino.device_id in listed.stdout
    again, _ = _round_trip(aino, office_session, tmp_path, "aino-3")  # same change re-sent: listed once
    assert again.conflicts == 0 and len(office.conflicts(office_session)) == 1
    office.resolve_conflict(office_session, conflicts[0].id, "incoming")  # the office takes Aino's version
    assert office.conflicts(office_session) == []
    assert office_session.clients.get(a1.id).phone == "040 111 2222"

    # the monthly figures match what the coaches entered
    report = office.report(office_session, month)
    by_key = {(f.section, f.category, f.municipality): f.count for f in report.figures}
    assert by_key[("clients", "under30", "Kajaani")] == 1
    assert by_key[("clients", "immigrant", "Sotkamo")] == 1
    assert by_key[("clients", "immigrant", "Kuhmo")] == 1
    assert by_key[("clients", "no_earnings_related", "Kajaani")] == 1
    assert report.total("clients") == 4
    assert report.total("new_clients") == 3  # Amina started last year
    assert report.total("closed_clients") == 1
    assert report.total("meetings", "face_to_face") == 2
    assert report.total("meetings", "phone") == 1 and report.total("meetings", "outreach") == 1
    assert report.total("meetings", "video") == 0  # last year's
    assert report.total("kykyviisari_responses") == 1
    assert report.total("plans_made") == 1 and report.total("plans_signed") == 1
    csv_text = office.report_csv(report)
    assert f"{month},meetings,face_to_face,,<5" in csv_text  # small cells are suppressed in every output
    assert f"{month},clients,immigrant,Kuhmo,<5" in csv_text
    # erasing a client on a laptop removes them at the office too, conflict copies included
    save_client(bertta, bertta.clients.get(a1.id))  # Bertta changes Eero again: a new conflict at the office
    _round_trip(bertta, office_session, tmp_path, "bertta-5")
    assert len(office.conflicts(office_session)) == 1
    with bertta.db.transaction():
        delete_record(bertta.db, "clients", a1.id, "erasure")
    outcome, _ = _round_trip(bertta, office_session, tmp_path, "bertta-6")
    assert outcome.erasures_held == 1 and outcome.deleted == 0  # the office decides on its own copy
    approve_erasure(office_session, a1.id)
    assert office.conflicts(office_session) == []
    assert office_session.db.query("SELECT id FROM clients WHERE id = ?", (a1.id,)) == []
    assert office_session.db.query("SELECT id FROM meetings WHERE client_id = ?", (a1.id,)) == []
    for session in (aino, bertta, office_session):
        session.close_quietly()
    assert a3.status == ClientStatus.CLOSED
