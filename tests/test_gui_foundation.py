"""The desktop app through pytest-qt on a real vault: unlock → list → client → new meeting → autosave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui_helpers import MessageBoxCatcher, answer_coach_check, unlock, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.meetings import load_draft
from omavalmentaja.services.session import Session
from omavalmentaja.ui.main_window import MainWindow


@pytest.fixture
def filled_vault(vault_dir: Path, passphrase: str) -> str:
    with Session.create(vault_dir, passphrase) as session:
        fill_demo_data(session, clients=40)
        client = save_client(session, Client(first_name="Zebulon", last_name="Testinen", municipality="Kuhmo"))
    return client.id


@pytest.fixture
def window(qtbot, vault_dir: Path, filled_vault: str):  # type: ignore[no-untyped-def]
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.lock()


def test_wrong_passphrase_shows_a_message_and_stays_locked(qtbot, window, filled_vault) -> None:  # type: ignore[no-untyped-def]
    window.gate.passphrase.edit.setText("tämä ei ole oikea tunnuslause")
    window.gate.button.click()
    qtbot.waitUntil(lambda: "Väärä tunnuslause" in window.gate.message.text(), timeout=15000)
    assert window.session is None
    assert window.gate.passphrase.text() == ""


def test_unlock_search_open_client_and_write_a_meeting(qtbot, window, filled_vault, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    assert window.pages.currentWidget() is window.today
    window.focus_search()
    assert window.client_list.search.hasFocus() or window.client_list.search.isVisible()
    qtbot.keyClicks(window.client_list.search, "zebu")
    qtbot.waitUntil(lambda: window.client_list.model.total() == 1, timeout=3000)
    qtbot.keyClick(window.client_list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_detail.client_id == filled_vault, timeout=3000)
    assert window.client_detail.title.text() == "Zebulon Testinen"
    tabs = window.client_detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[:3] == ["Perustiedot", "Palvelutarve ja osaaminen", "Tapaamiset"]
    tabs.setCurrentIndex(titles.index("Tapaamiset"))
    meetings_tab = tabs.currentWidget()
    editor = meetings_tab.open_editor(None)
    # QTest types ASCII only; the rest arrives as an input-method commit would.
    qtbot.keyClicks(editor.notes, "Sovittiin ty")
    editor.notes.insertPlainText("ökokeilusta kirjastossa")
    qtbot.waitUntil(lambda: load_draft(window.session, filled_vault) is not None, timeout=6000)
    assert load_draft(window.session, filled_vault).notes == "Sovittiin työkokeilusta kirjastossa"
    editor.place.setText("Kirjasto")
    editor.save()
    assert load_draft(window.session, filled_vault) is None
    meetings = window.session.meetings.for_client(filled_vault)
    assert [(m.notes, m.place) for m in meetings] == [("Sovittiin työkokeilusta kirjastossa", "Kirjasto")]
    qtbot.waitUntil(lambda: tabs.currentWidget().timeline.count() == 1, timeout=3000)
    assert "Kirjasto" in tabs.currentWidget().timeline.item(0).text()
    actions = [e.action for e in window.session.audit.for_client(filled_vault)]
    assert "client.view" in actions and "meeting.create" in actions


def test_closing_the_editor_keeps_the_draft_and_reopening_restores_it(qtbot, window, filled_vault,
                                                                       passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.show_client(filled_vault)
    tabs = window.client_detail.tabs
    tabs.setCurrentIndex(2)
    editor = tabs.currentWidget().open_editor(None)
    qtbot.keyClicks(editor.notes, "Kesken")
    editor.reject()
    again = tabs.currentWidget().open_editor(None)
    assert again.notes.toPlainText() == "Kesken"
    assert again.notice.isVisible()
    again.discard()
    assert load_draft(window.session, filled_vault) is None


def test_new_client_dialog_validates_and_saves(qtbot, window, filled_vault, passphrase) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.new_client_dialog import NewClientDialog

    unlock(qtbot, window, passphrase)
    dialog = NewClientDialog(window.session, window)
    qtbot.addWidget(dialog)
    catcher = MessageBoxCatcher()
    dialog.form.first_name.setText("Олена")
    dialog.form.last_name.setText("Шевченко")
    qtbot.keyClicks(dialog.form.henkilotunnus, "131052-308U")
    dialog.save()
    qtbot.waitUntil(lambda: bool(catcher.texts), timeout=3000)
    assert "tarkiste" in catcher.texts[0]
    assert dialog.client is None
    dialog.form.henkilotunnus.setText("131052-308T")
    dialog.save()
    catcher.stop()
    assert dialog.client is not None
    stored = window.session.clients.get(dialog.client.id)
    assert (stored.first_name, stored.date_of_birth) == ("Олена", dt.date(1952, 10, 13))


def test_filters_active_only_and_municipality(qtbot, window, filled_vault, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.show_section(1)
    panel = window.client_list
    all_active = panel.model.total()
    panel.active_only.setChecked(False)
    wait_for_jobs(qtbot)  # filtering runs off the GUI thread
    assert panel.model.total() == 41 >= all_active
    panel.municipality.setCurrentIndex(panel.municipality.findData("Kuhmo"))
    wait_for_jobs(qtbot)
    rows = [panel.model.row_at(i) for i in range(panel.model.total())]
    assert rows and all(r.municipality == "Kuhmo" for r in rows)


def test_lock_drops_the_workspace(qtbot, window, filled_vault, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.show_client(filled_vault)
    window.lock()  # the list's reading job ends first: the database is never closed under it
    qtbot.waitUntil(lambda: window.session is None)
    assert window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.gate


def test_handover_hides_the_caseload_until_the_coach_returns(qtbot, window, filled_vault,
                                                             passphrase) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    unlock(qtbot, window, passphrase)
    handover = window.start_handover(QLabel("Kysymys 1"), "Kysely")
    qtbot.addWidget(handover)
    assert not window.isVisible() and handover.isVisible()
    handover.close()  # closing asks the coach: a wrong passphrase keeps the hand-over on screen
    assert handover.coach_check is not None and handover.coach_check.isVisible()
    assert answer_coach_check(qtbot, handover, "väärä tunnuslause tässä") == "Väärä tunnuslause tai PIN-koodi."
    assert handover.isVisible() and handover.coach_check.isVisible() and not window.isVisible()
    answer_coach_check(qtbot, handover, passphrase)
    qtbot.waitUntil(lambda: window.isVisible() and not handover.isVisible(), timeout=3000)


def test_keyboard_reaches_every_section_and_the_search(qtbot, window, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    for number in (2, 3, 4, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 1


def test_idle_lock_locks_the_vault(qtbot, window, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.idle_lock.timer.setInterval(300)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)
    assert window.stack.currentWidget() is window.gate and window.workspace is None


def test_typing_postpones_the_idle_lock_while_a_vault_is_open(qtbot, window, passphrase) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, passphrase)
    window.idle_lock.timer.setInterval(600)
    window.idle_lock.start()
    for _ in range(6):  # 1.2 s of typing, each key within the 0.6 s the lock waits
        qtbot.wait(200)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)  # no input: it locks
