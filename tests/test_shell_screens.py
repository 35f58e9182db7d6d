"""The screens a coach trips over: the window fits 1280 wide (and 960 logical pixels, a 1920 screen at 200 %),
tabs are all reachable without scroll arrows, full names in the list, Today is right about today, the coach
is never "root", the unlock screen promises nothing it cannot do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui_helpers import wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.plan_settings import coach_display_name
from omavalmentaja.services.session import Session
from omavalmentaja.ui.app import prepare_app
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.today_page import TodayPage
from omavalmentaja.ui.unlock_page import UnlockPage


@pytest.fixture
def window(qtbot, session: Session, vault_dir: Path):  # type: ignore[no-untyped-def]
    fill_demo_data(session, clients=30)
    save_client(session, Client(first_name="Nguyen Thi Thanh", last_name="Hassan-Korhonen", municipality="Kajaani"))
    main = MainWindow(vault_dir)
    qtbot.addWidget(main)
    main.open_session(session)
    main.show()
    return main


def _open_first_client(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section(1)
    wait_for_jobs(qtbot)  # the list reads its rows off the GUI thread
    window.client_list.table.selectRow(0)
    qtbot.waitUntil(lambda: window.client_detail.tabs.count() > 0, timeout=10_000)


@pytest.mark.parametrize("width,height", [(1280, 720), (1366, 768), (960, 540)])
def test_the_window_fits_the_screen_on_every_section(qtbot, window, width, height) -> None:  # type: ignore[no-untyped-def]
    prepare_app(QApplication.instance(), "fi")  # the app's own style sheet and fonts
    _open_first_client(qtbot, window)
    tabs = window.client_detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        window.resize(width, height)
        QApplication.processEvents()
        assert window.width() <= width and window.height() <= height, tabs.tabText(index)
    for section in (0, 2, 3):
        window.show_section(section)
        window.resize(width, height)
        QApplication.processEvents()
        assert window.width() <= width and window.height() <= height, section


def test_every_tab_has_a_visible_button_and_no_scroll_arrows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 720)
    _open_first_client(qtbot, window)
    detail = window.client_detail
    buttons = detail.tab_strip.buttons()
    assert [b.text() for b in buttons] == [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    strip = detail.tab_strip.rect()
    for button in buttons:  # every tab is on screen, none behind an arrow
        assert button.isVisible() and strip.contains(QRect(button.mapTo(detail.tab_strip, button.rect().topLeft()),
                                                          button.size()))
    buttons[3].click()
    assert detail.tabs.currentIndex() == 3 and buttons[3].isChecked()


def test_full_names_in_the_list_with_a_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_section(1)
    wait_for_jobs(qtbot)
    window.client_list.search.setText("Hassan-Korhonen")
    window.client_list.apply_filters()
    wait_for_jobs(qtbot)
    model = window.client_list.model
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Nguyen Thi Thanh Hassan-Korhonen"
    table = window.client_list.table
    needed = table.fontMetrics().horizontalAdvance(model.data(index)) + 12
    assert table.columnWidth(0) >= min(needed, 220)  # the name column gets room first


def test_today_does_not_list_a_client_met_or_meeting_today_as_not_met(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 11, 30, 9, 0)
    later = save_client(session, Client(first_name="Tavataan", last_name="Iltapäivällä"))
    earlier = save_client(session, Client(first_name="Tavattiin", last_name="Aamulla"))
    never = save_client(session, Client(first_name="Ei", last_name="Tavattu"))
    session.meetings.save(Meeting(client_id=later.id, starts_at=now.replace(hour=14)))
    session.meetings.save(Meeting(client_id=earlier.id, starts_at=now.replace(hour=8)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.reload(now)  # the day's items are read off the GUI thread
    listed = [page.not_met.item(i).text() for i in range(page.not_met.count())]
    assert len(listed) == 1 and listed[0].startswith("Ei Tavattu")
    assert never.id == page.not_met.item(0).data(Qt.ItemDataRole.UserRole)
    assert [page.meetings.item(i).text() for i in range(page.meetings.count())] == [
        "8.00  Tavattiin Aamulla  ", "14.00  Tavataan Iltapäivällä  "]


def test_today_reads_off_the_gui_thread_and_shows_only_the_latest_reload(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import omavalmentaja.ui.today_page as today_page

    client = save_client(session, Client(first_name="Aamu", last_name="Asiakas"))
    session.meetings.save(Meeting(client_id=client.id, starts_at=dt.datetime(2026, 11, 30, 9, 0), place="Kirjasto"))
    threads: list[str] = []
    original = today_page.today_overview

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(today_page, "today_overview", spy)
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.reload(dt.datetime(2026, 12, 1, 9, 0))  # a day without meetings, overtaken by the next reload
    page.reload(dt.datetime(2026, 11, 30, 8, 0))
    assert page.busy
    wait_for_jobs(qtbot)
    assert len(threads) == 2 and threading.main_thread().name not in threads
    assert not page.busy and page.title.text().endswith("30.11.2026")
    assert [page.meetings.item(i).text() for i in range(page.meetings.count())] == ["9.00  Aamu Asiakas  Kirjasto"]


def test_today_fills_long_lists_a_few_rows_per_turn_and_replaces_the_previous_rows(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import omavalmentaja.ui.today_page as today_page

    monkeypatch.setattr(today_page, "ROWS_PER_STEP", 2)  # a region's thousands of rows, in miniature
    monkeypatch.setattr(today_page, "TURN_MS", 0.0)  # one step per turn of the event loop
    now = dt.datetime(2026, 11, 30, 8, 0)
    clients = [save_client(session, Client(first_name=f"Asiakas{n}", last_name="Tavaamaton")) for n in range(5)]
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.reload(now)
    assert page.not_met.count() == 5 and not page.busy
    for client in clients[:4]:
        session.meetings.save(Meeting(client_id=client.id, starts_at=now.replace(hour=10)))
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.reload(now)
    assert [page.not_met.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.not_met.count())] == [
        clients[4].id]
    assert {page.meetings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.meetings.count())} == {
        c.id for c in clients[:4]}
    assert page.meetings.count() == 4


def test_today_wraps_a_short_list_and_shows_a_long_one_a_line_a_row_once_full(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import omavalmentaja.ui.today_page as today_page

    now = dt.datetime(2026, 11, 30, 8, 0)
    for n, steps in enumerate(("Soita.", "Hae paikkoja.", "Soita " * 40)):  # the longest row last
        client = save_client(session, Client(first_name=f"Asiakas{n}", last_name="Seurattava"))
        session.meetings.save(Meeting(client_id=client.id, starts_at=now - dt.timedelta(days=9), next_steps=steps,
                                      follow_up_on=now.date() - dt.timedelta(days=3 - n)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.reload(now)
    follow_ups = page.follow_ups
    assert follow_ups.count() == 3 and follow_ups.wordWrap() and not follow_ups.uniformItemSizes()
    assert follow_ups.item(2).toolTip() == ""  # its whole text is on screen, wrapped
    monkeypatch.setattr(today_page, "WRAP_LIMIT", 2)  # an office's tens of thousands of rows, in miniature
    monkeypatch.setattr(today_page, "ROWS_PER_STEP", 3)  # and its last rows come in a full step
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.reload(now)
    assert follow_ups.count() == 3 and not follow_ups.wordWrap() and follow_ups.uniformItemSizes()
    qtbot.waitUntil(lambda: follow_ups.visualItemRect(follow_ups.item(2)).isValid(), timeout=5_000)  # laid out
    assert all(follow_ups.item(i).toolTip() == follow_ups.item(i).text() for i in range(3))
    assert "Soita Soita" in follow_ups.item(2).toolTip()
    width, line = follow_ups.viewport().width(), follow_ups.fontMetrics().height()
    for row in range(3):  # each on one line, cut at the list's width: no row widens the others
        shown = follow_ups.visualItemRect(follow_ups.item(row))
        assert shown.isValid() and 0 < shown.height() < 2.5 * line and shown.width() <= width
    assert not follow_ups.horizontalScrollBar().isVisible()


def test_the_coach_is_never_named_after_the_os_user(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert session.actor  # the audit log's actor stays the account; the coach's name is the vault's
    assert coach_display_name(session) == ""
    session.db.set_meta("coach_name", "Veera Valmentaja")  # the name given at enrolment
    assert coach_display_name(session) == "Veera Valmentaja"


def test_the_unlock_screen_promises_no_recovery_key(qtbot, vault_dir) -> None:  # type: ignore[no-untyped-def]
    page = UnlockPage(vault_dir)
    qtbot.addWidget(page)
    texts = " ".join(label.text() for label in page.findChildren(QLabel)).lower()
    assert "palautusavai" not in texts and "recovery key" not in texts


def test_signing_buttons_do_not_cover_the_signature_box(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
    from omavalmentaja.services import plans
    from omavalmentaja.ui.handover import open_handover
    from omavalmentaja.ui.plan_signing import PlanSigningView

    client = save_client(session, Client(first_name="Aino", last_name="Allekirjoittaja"))
    content = PlanContent(goal="Työ", steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haku")],
                          review_date=dt.date.today() + dt.timedelta(days=30))
    draft = plans.edit_plan(session, client.id, content)
    view = PlanSigningView(session, draft, "Aino Allekirjoittaja", "")
    handover = open_handover(session, view, "Allekirjoitus")
    qtbot.addWidget(handover)
    for width, height in ((1280, 720), (960, 540)):
        handover.showNormal()
        handover.resize(width, height)
        for page, pad in ((0, view.client_pad), (1, view.coach_pad)):
            view.stack.setCurrentIndex(page)
            QApplication.processEvents()
            assert handover.width() <= width and handover.height() <= height
            box = _on(pad.pad, handover)
            for button in (pad.undo_button, pad.clear_button):
                assert not box.intersects(_on(button, handover)), (width, page, button.text())
    handover.force_close()


def _on(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
