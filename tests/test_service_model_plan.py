"""The service model on the plan (type, obligation, next conversations; PDF in the client's language), the
job-application follow-up, and the client's own-data export."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind, content_hash
from omavalmentaja.domain.service_model import (
    ApplicationMethod,
    Conversation,
    JobApplication,
    ObligationStatus,
    PlanType,
)
from omavalmentaja.errors import UserError
from omavalmentaja.services.client_export import JSON_NAME, PDF_NAME, export_client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.job_applications import applications, review_periods, save_application
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.plans import edit_plan, plan_pdf_bytes, versions
from omavalmentaja.services.session import Session

pdf_only = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TODAY = dt.date.today()


def _client(session: Session, languages: list[str]) -> Client:
    registered = TODAY - dt.timedelta(days=20)
    client = save_client(session, Client("Sara", "Lind", languages=languages, registered_on=registered,
                                         obligation_status=ObligationStatus.REDUCED, obligation_per_month=2,
                                         obligation_reason="deltidsarbete", obligation_review_months=3,
                                         obligation_from=registered))
    save_meeting(session, Meeting(client.id, dt.datetime.combine(registered + dt.timedelta(days=3), dt.time(10)),
                                  fulfils=Conversation.INITIAL_INTERVIEW))
    return client


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout


@pdf_only
def test_plan_records_type_obligation_and_next_conversations_printed_in_the_clients_language(
        session: Session, tmp_path: Path) -> None:
    client = _client(session, ["sv", "fi"])
    content = PlanContent(goal="Arbete i butik", plan_type=PlanType.INTEGRATION,
                          steps=[PlanStep(ServiceKind.OTHER, "Söka jobb")], review_date=TODAY + dt.timedelta(days=60))
    saved = edit_plan(session, client.id, content).content
    assert saved.plan_type == PlanType.INTEGRATION and saved.obligation is not None
    assert saved.obligation.per_month == 2 and saved.next_conversations
    assert all(day >= TODAY for _, day in saved.next_conversations)
    text = _pdf_text(plan_pdf_bytes(session, client.id), tmp_path)
    assert "Integrationsplan" in text
    assert "Jobbsökningsskyldighet" in text and "Sänkt: 2 arbetstillfällen i månaden" in text
    assert "deltidsarbete" in text and "granskningsperiod 3 mån." in text
    assert "Följande samtal" in text and "jobbsökningssamtal" in text.lower()  # by the rules in force today
    english = _client(session, ["ar", "en"])
    edit_plan(session, english.id, PlanContent(goal="Work", plan_type=PlanType.EMPLOYMENT))
    assert "Employment plan" in _pdf_text(plan_pdf_bytes(session, english.id), tmp_path)


def test_plans_without_the_new_fields_hash_as_before(session: Session) -> None:
    client = save_client(session, Client("Aki", "Vanha"))
    version = edit_plan(session, client.id, PlanContent(goal="Työ"))
    assert set(version.content.to_dict()) == {"goal_kind", "goal", "client_words", "situation", "steps",
                                              "review_date"}
    assert content_hash(versions(session, client.id)[0]) == content_hash(version)


def test_applications_counted_per_review_period(session: Session) -> None:
    registered = TODAY - dt.timedelta(days=70)
    client = save_client(session, Client("Eero", "Haku", registered_on=registered,
                                         obligation_status=ObligationStatus.FULL, obligation_from=registered))
    for n in range(3):
        save_application(session, JobApplication(client.id, registered + dt.timedelta(days=n + 1), f"Firma {n}",
                                                 ApplicationMethod.OPEN_APPLICATION))
    periods = review_periods(session, client.id)
    first = periods[-1]
    assert (first.start, first.count, first.required, first.short) == (registered, 3, 4, True)
    assert periods[0].ended is False
    with pytest.raises(UserError, match="työnantaja tai tehtävä puuttuu; hakupäivä on tulevaisuudessa"):
        save_application(session, JobApplication(client.id, TODAY + dt.timedelta(days=1), "  "))
    assert len(applications(session, client.id)) == 3


@pdf_only
def test_own_data_export_holds_the_service_model(session: Session, tmp_path: Path) -> None:
    client = _client(session, ["fi"])
    save_application(session, JobApplication(client.id, TODAY, "Kauppa Oy, myyjä", ApplicationMethod.VACANCY))
    export_client(session, client.id, tmp_path / "out")
    document = json.loads((tmp_path / "out" / JSON_NAME).read_text(encoding="utf-8"))
    assert document["records"]["job_applications"][0]["employer_or_job"] == "Kauppa Oy, myyjä"
    assert document["records"]["clients"][0]["obligation_reason"] == "deltidsarbete"
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "out" / PDF_NAME), "-"], capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    assert "Ilmoittautunut" in flat and "Alennettu: 2 työmahdollisuutta kuukaudessa" in flat
    assert "Kauppa Oy, myyjä – Hakemus avoimeen työpaikkaan" in flat
    assert "Palvelumallin keskustelu Alkuhaastattelu" in flat
