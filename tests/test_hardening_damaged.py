"""Bad records already in a vault (issue 10, finding 2, the reading side): a record left by an older program,
a tampered file or a bundle from before the import checked records is shown as damaged; it never takes the
Today view, the client list, an export or a printout down."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from hostile_images import bomb_png
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import plans
from omavalmentaja.services.clients import open_client
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import today_overview
from sync_forge import signed_plan
from sync_support import add_client, add_meeting

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _damage(session: Session) -> dict[str, str]:
    eero = add_client(session, "Eero", "Korhonen")
    now = dt.datetime.now().replace(second=0, microsecond=0)
    good = add_meeting(session, eero.id, MeetingKind.PHONE, when=now, notes="Hyvä muistiinpano")
    bad = add_meeting(session, eero.id, MeetingKind.PHONE, when=now)
    plan = signed_plan(session, eero.id)
    draft = plans.edit_plan(session, eero.id, plans.PlanContent(goal="Luonnos"))
    broken = add_client(session, "Rikki", "Rekisteri")
    db = session.db
    with db.transaction():
        db.execute("UPDATE meetings SET kind = 'séance' WHERE id = ?", (bad.id,))
        db.execute("INSERT INTO assessments(id, created_at, updated_at, device_id, version, change_seq, client_id, "
                   "assessed_on, licences) VALUES ('a0000000-0000-4000-8000-000000000001', '', '', ?, 1, 1, ?, "
                   "'not-a-date', '[]')", (db.device_id, eero.id))
        db.execute("UPDATE plan_versions SET content = '{' WHERE id = ?", (draft.id,))
        db.execute("DROP TRIGGER plan_signatures_frozen")  # as a tampered file or an old bundle could have it
        db.execute("UPDATE plan_signatures SET image = ? WHERE plan_version_id = ? AND role = 'client'",
                   (bomb_png(), plan.id))
        db.execute("UPDATE clients SET languages = 'fi, sv', target_group = '=1+1' WHERE id = ?", (broken.id,))
    return {"eero": eero.id, "broken": broken.id, "good": good.id, "bad": bad.id}


def test_damaged_records_show_as_damaged_everywhere(session: Session, tmp_path: Path) -> None:
    ids = _damage(session)
    overview = today_overview(session)
    assert {i.meeting_id for i in overview.meetings} == {ids["good"], ids["bad"]}
    with pytest.raises(UserError, match=r"\(clients, kenttä languages\)"):
        open_client(session, ids["broken"])  # one line for the one record; the rest of the app works
    folder = session.vault.folder
    session.lock()

    due = run_cli("due", data_dir=folder)  # a plan whose content is not JSON has no review date, and no crash
    assert due.returncode == 0 and "Traceback" not in due.stderr, due.stderr
    listed = run_cli("client", "list", "--json", data_dir=folder)
    assert listed.returncode == 0, listed.stderr
    assert {c["id"] for c in json.loads(listed.stdout)} >= {ids["eero"], ids["broken"]}

    out = tmp_path / "eero"
    exported = run_cli("client", "export", ids["eero"], "--out", str(out), data_dir=folder)
    assert exported.returncode == 0, exported.stderr
    document = json.loads((out / "asiakastiedot.json").read_text(encoding="utf-8"))
    assert {(d["table"], d["field"]) for d in document["damaged_records"]} == {
        ("meetings", "kind"), ("assessments", "assessed_on"), ("plan_versions", "content")}
    assert len(document["records"]["meetings"]) == 2  # the right of access: every stored row, as stored
    text = " ".join(_pdf_text(out / "asiakastiedot.pdf").split())
    for marker in ("Vioittuneet tietueet", "[vioittunut tietue: meetings, kenttä kind]",
                   "[vioittunut tietue: assessments, kenttä assessed_on]", "Hyvä muistiinpano"):
        assert marker in text, marker

    broken = run_cli("client", "export", ids["broken"], "--out", str(tmp_path / "rikki"), data_dir=folder)
    assert broken.returncode == 0, broken.stderr
    assert "[vioittunut tietue: clients, kenttä languages]" in _pdf_text(tmp_path / "rikki" / "asiakastiedot.pdf")

    printed = run_cli("plan", "pdf", ids["eero"], "--version", "1", "--out", str(tmp_path / "p.pdf"), data_dir=folder)
    assert printed.returncode == 0, printed.stderr
    assert "[vioittunut tietue: plan_signatures, kenttä image]" in " ".join(_pdf_text(tmp_path / "p.pdf").split())
    draft = run_cli("plan", "pdf", ids["eero"], "--version", "2", "--out", str(tmp_path / "d.pdf"), data_dir=folder)
    assert draft.returncode == 2 and len(draft.stderr.strip().splitlines()) == 1, draft.stderr
    assert "Traceback" not in draft.stderr and "odottamaton" not in draft.stderr


def test_the_client_view_names_the_records_its_tabs_leave_out(qtbot, session: Session) -> None:
    from omavalmentaja.ui.client_detail import ClientDetail

    ids = _damage(session)
    detail = ClientDetail(session)
    qtbot.addWidget(detail)
    detail.show_client(ids["eero"])
    text = detail.damaged.text()
    assert not detail.damaged.isHidden() and text.startswith("Vioittuneet tietueet:")
    for marker in ("[vioittunut tietue: meetings, kenttä kind]", "[vioittunut tietue: assessments, kenttä assessed_on]",
                   "[vioittunut tietue: plan_versions, kenttä content]"):
        assert marker in text, text
    healthy = session.clients.save(Client(first_name="Terve", last_name="Asiakas"))
    detail.show_client(healthy.id)
    assert detail.damaged.isHidden() and detail.damaged.text() == ""
