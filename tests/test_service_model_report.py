"""The monthly report's service-model figures, counted by the schedule engine at the office."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
from omavalmentaja.domain.service_model import Conversation, PlanType
from omavalmentaja.services import office, plans
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import save_meeting
from sync_support import make_office


def _client(session, name: str, registered: dt.date, held: list[tuple[dt.date, Conversation]]) -> Client:  # type: ignore[no-untyped-def]
    client = save_client(session, Client(name, "Testi", registered_on=registered))
    for day, what in held:
        save_meeting(session, Meeting(client.id, dt.datetime.combine(day, dt.time(9)), fulfils=what))
    return client


def test_initial_interviews_intensive_conversations_and_plans_by_type(tmp_path: Path) -> None:
    session, _ = make_office(tmp_path)
    d = dt.date
    # A: registered Mon 25.3.2024, interview due 3.4. (Easter skipped) held 3.4.; supplementary held 16.4.
    _client(session, "A", d(2024, 3, 25), [(d(2024, 4, 3), Conversation.INITIAL_INTERVIEW),
                                          (d(2024, 4, 16), Conversation.SUPPLEMENTARY)])
    # B: registered Tue 26.3., due 4.4., held 8.4. (late); next conversation 22.4. not held
    _client(session, "B", d(2024, 3, 26), [(d(2024, 4, 8), Conversation.INITIAL_INTERVIEW)])
    # C: registered Wed 27.3., due 5.4., no interview recorded; conversation due 19.4. (from the deadline)
    _client(session, "C", d(2024, 3, 27), [])
    report = office.report(session, "2024-04")
    assert report.total("initial_interviews", "on_time") == 1
    assert report.total("initial_interviews", "late") == 1
    assert report.total("initial_interviews", "not_held") == 1
    # due in April: A 17.4. (held 16.4.) and 30.4.; B 22.4.; C 19.4.
    assert (report.total("intensive_conversations", "due"), report.total("intensive_conversations", "held")) == (4, 1)
    text = office.report_text(report)
    assert "Alkuhaastattelut, joiden määräaika oli kuussa" in text and "ei kirjattu" in text and "not_held" not in text

    rng = random.Random(3)
    for name, kind in (("D", PlanType.INTEGRATION), ("E", PlanType.INTEGRATION), ("F", None)):
        client = save_client(session, Client(name, "Suunnitelma"))
        draft = plans.edit_plan(session, client.id, PlanContent(
            goal="Työ", plan_type=kind, review_date=dt.date.today() + dt.timedelta(days=30),
            steps=[PlanStep(ServiceKind.OTHER, "Haku")]))
        plans.sign_plan(session, draft.id, plans.SignatureInput(name, plans.demo_signature_png(rng)),
                        plans.SignatureInput("Valmentaja", plans.demo_signature_png(rng)))
    this_month = office.report(session, dt.date.today().strftime("%Y-%m"))
    assert this_month.total("plans_by_type", "integration") == 2
    assert this_month.total("plans_by_type", "unknown") == 1
    assert "integration" in office.report_csv(this_month)
    session.close_quietly()
