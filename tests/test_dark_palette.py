"""The dark palette: no screen keeps a colour of its own that cannot be read on it. Every style sheet on every
screen a coach and a client see (unlock, Today, the clients, each client tab, the questionnaire and the plan's
signing in hand-over, the coach's check, the new-client, meeting and questionnaire forms, Synkronointi,
Asetukset) is read in dark mode: a light background must carry dark text
of its own (a white box would otherwise show the palette's light text on white), and dark text must sit on a
light background of its own (on the dark window it cannot be read)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui_helpers import wait_for_jobs
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.ui import theme
from omavalmentaja.ui.main_window import MainWindow

DECLARATION = re.compile(r"(?<![\w-])(background(?:-color)?|color)\s*:\s*([^;}\s]+)")


def unreadable(sheet: str) -> list[str]:
    """The rules of a style sheet whose colours cannot be read in the dark palette."""
    found = []
    for block in sheet.split("}"):
        colours: dict[str, QColor] = {}
        for prop, value in DECLARATION.findall(block):
            colour = QColor(value)
            if colour.isValid() and colour.alpha() > 0:
                colours["background" if prop.startswith("background") else "color"] = colour
        background, text = colours.get("background"), colours.get("color")
        if background is not None and background.lightnessF() > 0.6 and (text is None or text.lightnessF() > 0.5):
            found.append(block.strip())
        if text is not None and text.lightnessF() < 0.4 and (background is None or background.lightnessF() < 0.5):
            found.append(block.strip())
    return found


def test_the_check_finds_what_cannot_be_read() -> None:
    assert unreadable("#demo { background: #e8f1ff; }") and unreadable("color: #111; font-size: 22px;")
    assert unreadable("QPushButton { background: white; } QPushButton:checked { color: white; }")
    assert not unreadable("background: #b3261e; color: white; font-weight: bold;")
    assert not unreadable("background: white; color: #111111;") and not unreadable("color: #f28b82;")


@pytest.fixture
def dark(qapp):  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, Qt.ColorScheme.Dark)
    yield
    theme.apply_theme(qapp)  # the system's scheme again, as for every other test


def screens(qtbot, window: MainWindow, passphrase: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from omavalmentaja.domain.plan import PlanContent, PlanStep, ServiceKind
    from omavalmentaja.services import plans
    from omavalmentaja.ui.new_client_dialog import NewClientDialog
    from omavalmentaja.ui.plan_signing import PlanSigningView
    from omavalmentaja.ui.tabs.meetings import MeetingsTab
    from omavalmentaja.ui.tabs.questionnaires import QuestionnairesTab

    yield "unlock"
    window.gate.passphrase.edit.setText(passphrase)
    window.gate.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    wait_for_jobs(qtbot)
    yield "today"
    window.show_section(1)
    wait_for_jobs(qtbot)
    window.client_list.table.selectRow(2)
    qtbot.waitUntil(lambda: window.client_detail.tabs.count() > 0, timeout=10_000)
    tabs = window.client_detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)
    questionnaires = next(tabs.widget(i) for i in range(tabs.count())
                          if isinstance(tabs.widget(i), QuestionnairesTab))
    meetings = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), MeetingsTab))
    for name, dialog in (("new client", NewClientDialog(window.session, window)),
                         ("meeting editor", meetings.open_editor(None)),
                         ("questionnaire form", questionnaires.open_form(None))):
        dialog.show()
        yield name
        dialog.reject()
    handover = questionnaires.start_fill()
    yield "questionnaire in hand-over"
    handover.request_exit()
    yield "the coach's check"
    handover.force_close()
    session, client_id = window.session, window.client_detail.client_id
    draft = plans.edit_plan(session, client_id, PlanContent(goal="Työpaikka", steps=[
        PlanStep(ServiceKind.JOB_SEARCH, "Neljä hakemusta kuukaudessa")]))
    view = PlanSigningView(session, draft, "Aino Asiakas", "Veera Valmentaja")
    handover = window.start_handover(view, "Suunnitelman allekirjoitus")
    yield "signing: client"
    view.stack.setCurrentIndex(1)
    yield "signing: coach"
    handover.force_close()
    window.show()
    for section, name in ((2, "sync"), (3, "settings")):
        window.show_section(section)
        yield name


def test_no_screen_keeps_a_colour_that_cannot_be_read_in_the_dark(qtbot, dark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, passphrase = tmp_path / "vault", "a long enough passphrase for the dark"
    with Session.create(folder, passphrase) as session:
        fill_demo_data(session, clients=12)
    window = MainWindow(folder, passphrase)  # a demo vault's unlock screen shows its passphrase in a box
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: dict[str, list[str]] = {}
    seen = 0
    for screen in screens(qtbot, window, passphrase):
        for widget in QApplication.allWidgets():
            if isinstance(widget, QWidget) and widget.isVisible() and widget.styleSheet():
                seen += 1
                for rule in unreadable(widget.styleSheet()):
                    problems.setdefault(screen, []).append(f"{type(widget).__name__}: {rule}")
    problems["application"] = unreadable(QApplication.instance().styleSheet())  # type: ignore[union-attr]
    window.lock()
    wait_for_jobs(qtbot)
    assert seen > 40
    assert {screen: found for screen, found in problems.items() if found} == {}


def test_light_after_dark_is_the_platforms_style_and_palette_again(qapp) -> None:  # type: ignore[no-untyped-def]
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Base,
             QPalette.ColorRole.Text, QPalette.ColorRole.Button, QPalette.ColorRole.Highlight)

    def style_name() -> str:  # while a style sheet is set, Qt returns the sheet's style, which has no name
        sheet = qapp.styleSheet()
        qapp.setStyleSheet("")
        name = qapp.style().name()
        qapp.setStyleSheet(sheet)
        return name  # type: ignore[no-any-return]

    theme.apply_theme(qapp, Qt.ColorScheme.Light)
    style, light = style_name(), [qapp.palette().color(role).name() for role in roles]
    theme.apply_theme(qapp, Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#202326"
    theme.apply_theme(qapp, Qt.ColorScheme.Light)
    assert style_name() == style
    assert [qapp.palette().color(role).name() for role in roles] == light
    theme.apply_theme(qapp)
