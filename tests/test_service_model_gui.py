"""The service model in the app: the client form's fields, a meeting marked as the conversation it fulfils,
what is due on Today and in the client header, the job-search tab, and the plan type on the plan form."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from gui_helpers import unlock
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.service_model import Conversation, ObligationStatus, PlanType
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.ui.main_window import MainWindow

TODAY = dt.date.today()
SHOTS = os.environ.get("OMAVALMENTAJA_SCREENSHOTS", "")


@pytest.fixture
def registered(vault_dir: Path, passphrase: str) -> str:
    with Session.create(vault_dir, passphrase) as session:
        client = save_client(session, Client("Aino", "Virtanen", registered_on=TODAY - dt.timedelta(days=30),
                                             obligation_status=ObligationStatus.FULL))
    return client.id


@pytest.fixture
def window(qtbot, vault_dir: Path, registered: str):  # type: ignore[no-untyped-def]
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    if win.session is not None:
        win.lock()


def _tab(window, title: str):  # type: ignore[no-untyped-def]
    tabs = window.client_detail.tabs
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    tabs.setCurrentIndex(index)
    return tabs.currentWidget()


def test_due_items_the_meeting_mark_and_the_job_search_tab(qtbot, window, registered, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    due = window.today.due
    texts = [due.item(i).text() for i in range(due.count())]
    assert any("Aino Virtanen  Alkuhaastattelu  (myöhässä" in t for t in texts), texts
    if SHOTS:
        window.grab().save(f"{SHOTS}/today.png")
    window.show_client(registered)
    header = window.client_detail.due.text()
    assert header.startswith("Palvelumalli: ") and "Alkuhaastattelu" in header

    meetings = _tab(window, "Tapaamiset")
    editor = meetings.open_editor(None)
    editor.fulfils.setCurrentIndex(editor.fulfils.findData(Conversation.INITIAL_INTERVIEW.value))
    editor.save()
    assert window.session.meetings.for_client(registered)[0].fulfils == Conversation.INITIAL_INTERVIEW
    window.show_client(registered)
    assert "Alkuhaastattelu" not in window.client_detail.due.text()

    tab = _tab(window, "Työnhaku")
    tab.employer.setText("Kauppa Oy, myyjä")
    tab.add()
    tab = window.client_detail.tabs.currentWidget()  # the client view was refreshed, header and all
    assert tab.list.rowCount() == 1 and tab.list.item(0, 1).text() == "Kauppa Oy, myyjä"
    assert tab.periods.rowCount() >= 1 and tab.periods.item(0, 1).text().startswith("1 / 4")
    if SHOTS:
        window.grab().save(f"{SHOTS}/job-search.png")


def test_client_form_and_plan_form_fields(qtbot, window, registered, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.show_client(registered)
    profile = _tab(window, "Perustiedot")
    fields = profile.form.service_model
    assert fields.registered_on.date_value() == TODAY - dt.timedelta(days=30)
    fields.status.setCurrentIndex(fields.status.findData(ObligationStatus.REDUCED.value))
    assert fields.per_month.isEnabled() and fields.reason.isEnabled()
    fields.per_month.setValue(2)
    fields.reason.setText("osa-aikatyö")
    client = profile.form.store_into(window.session.clients.get(registered))
    assert (client.obligation_status, client.obligation_per_month, client.obligation_reason) == \
        (ObligationStatus.REDUCED, 2, "osa-aikatyö")
    save_client(window.session, client)

    window.show_client(registered)
    plan = _tab(window, "Suunnitelma")
    form = plan.form
    assert form.plan_type.currentData() == PlanType.EMPLOYMENT.value
    form.plan_type.setCurrentIndex(form.plan_type.findData(PlanType.ACTIVATION.value))
    form.goal.setText("Työ")
    plan.save()
    saved = plan.selected()
    assert saved is not None and saved.content.plan_type == PlanType.ACTIVATION
    assert "Alennettu: 2 työmahdollisuutta kuukaudessa" in form.model_info.text()
    if SHOTS:
        window.grab().save(f"{SHOTS}/plan.png")


def test_settings_where_no_source_settles_a_rule(qtbot, window, passphrase) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.domain.schedule import NonWorkingDue
    from omavalmentaja.services.service_model import lookahead_days, schedule_settings
    from omavalmentaja.ui.service_model_setting import ServiceModelBox

    unlock(qtbot, window, passphrase)
    box = ServiceModelBox(window.session)
    qtbot.addWidget(box)
    box.non_working.setCurrentIndex(box.non_working.findData(NonWorkingDue.NEXT.value))
    box.lookahead.setValue(14)
    assert schedule_settings(window.session).non_working_due == NonWorkingDue.NEXT
    assert lookahead_days(window.session) == 14
    if SHOTS:
        box.resize(700, 200)
        box.grab().save(f"{SHOTS}/settings.png")


def test_rules_versions_are_named_in_the_chosen_language() -> None:
    from omavalmentaja import messages
    from omavalmentaja.services.service_model import load_rules, rules_version_title

    versions = load_rules().versions
    titles = {}
    for language in ("fi", "sv", "en"):
        previous = messages.current_language()
        messages.set_language(language)
        try:
            titles[language] = [rules_version_title(v) for v in versions]
        finally:
            messages.set_language(previous)
    assert titles["fi"] == [v.title for v in versions]  # the rules file's own (Finnish) titles
    assert all("RP " in t for t in titles["sv"]) and all("Government proposal" in t for t in titles["en"])
