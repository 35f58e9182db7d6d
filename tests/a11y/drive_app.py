"""The app, screen after screen, for the AT-SPI walker: prints "ready NAME" when a screen is on show and
waits for a line on stdin before the next; prints "end" after the last. The event loop keeps running
meanwhile, so the accessibility bus gets its answers. Run with the project's python under Xvfb and an AT-SPI
bus: `drive_app.py coach` (a demo vault: unlock, Today, the clients, every client tab with the plan's step
cards, the new-client form, a meeting, a questionnaire's form and fill in hand-over, the signing screens,
the coach's check, Synkronointi, Asetukset), `drive_app.py office` (an office vault's screens) or
`drive_app.py first-run` (the first-run guide's four steps).

Dialogs are shown with open(), never exec(), so that a screen is on show while this driver waits."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Screens = Iterator[tuple[str, Callable[[], None]]]
WAITING: list[str] = []  # a screen still on its way (shown after a background job or a window closing)


def main() -> int:
    variant = sys.argv[1] if len(sys.argv) > 1 else "coach"
    app = QApplication(sys.argv[:1])
    from omavalmentaja.ui.app import prepare_app
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.operations import operations

    prepare_app(app, "fi")
    app.setApplicationName(f"omavalmentaja-a11y-{variant}")
    folder, passphrase = make_vault(variant)
    window = MainWindow(folder)
    window.resize(1366, 768)
    window.show()
    screens = list({"coach": coach_screens, "office": office_screens,
                    "first-run": first_run_screens}[variant](window, passphrase))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def announce_when_settled(index: int) -> None:
        if operations().busy or WAITING:
            QTimer.singleShot(100, lambda: announce_when_settled(index))
            return
        QTimer.singleShot(300, lambda: print(f"ready {screens[index][0]}", flush=True))

    def show(index: int) -> None:
        try:
            screens[index][1]()
        except Exception as exc:  # said on stdout, where the test reads it, and the driver ends
            print(f"failed {screens[index][0]}: {exc!r}", flush=True)
            app.exit(1)
            return
        announce_when_settled(index)

    position = [0]

    def advance() -> None:
        sys.stdin.readline()
        position[0] += 1
        if position[0] >= len(screens):
            print("end", flush=True)
            notifier.setEnabled(False)
            window.lock()
            operations().when_idle(app.quit)
            return
        show(position[0])

    notifier.activated.connect(advance)
    show(0)
    try:
        return app.exec()
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def make_vault(variant: str) -> tuple[Path, str]:
    from omavalmentaja.services.demo import fill_demo_data
    from omavalmentaja.services.office import create_office
    from omavalmentaja.services.session import Session

    folder = Path(tempfile.mkdtemp(prefix="omavalmentaja-a11y-")) / "vault"
    passphrase = "a11y-walk-passphrase-7"
    if variant == "coach":
        with Session.create(folder, passphrase) as session:
            fill_demo_data(session, clients=20)
    elif variant == "office":
        create_office(folder, passphrase).lock()
    return folder, passphrase


def _unlock(window, passphrase: str) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    def unlock() -> None:
        window.gate.passphrase.edit.setText(passphrase)
        window.gate.unlock()
    return unlock


def _tab(window, class_name: str) -> QWidget:  # type: ignore[no-untyped-def]
    tabs = window.client_detail.tabs
    for index in range(tabs.count()):
        if type(tabs.widget(index)).__name__ == class_name:
            return tabs.widget(index)
    raise LookupError(class_name)


def _close_dialogs(window) -> None:  # type: ignore[no-untyped-def]
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()


def coach_screens(window, passphrase: str) -> Screens:  # type: ignore[no-untyped-def]
    yield "unlock", lambda: None
    yield "today", _unlock(window, passphrase)
    yield "clients", lambda: window.show_section(1)
    from omavalmentaja.ui.tabs import tab_modules

    modules = tab_modules()
    yield f"client: {modules[0].TAB_TITLE}", lambda: window.client_list.table.selectRow(2)
    for index, module in enumerate(modules[1:], start=1):
        yield f"client: {module.TAB_TITLE}", lambda i=index: window.client_detail.tabs.setCurrentIndex(i)
    yield "plan editor with step cards", lambda: _plan_with_steps(window)
    yield "new client form", lambda: _new_client(window)
    yield "meeting editor", lambda: (_close_dialogs(window), _tab(window, "MeetingsTab").open_editor(None))
    yield "questionnaire form", lambda: (_close_dialogs(window), _questionnaires(window).open_form(None))
    yield "questionnaire fill (hand-over)", lambda: (_close_dialogs(window), _questionnaires(window).start_fill())
    yield "coach's check (hand-over)", lambda: window.handover_window.request_exit()
    yield "plan signing: client", lambda: _leave_handover(window, passphrase, then=lambda: _signing(window))
    yield "plan signing: coach", lambda: window.handover_window.content.stack.setCurrentIndex(1)
    yield "sync", lambda: _leave_handover(window, passphrase, then=lambda: window.show_section(2))
    yield "settings", lambda: window.show_section(3)


def _questionnaires(window):  # type: ignore[no-untyped-def]
    tabs = window.client_detail.tabs
    tab = _tab(window, "QuestionnairesTab")
    tabs.setCurrentWidget(tab)
    return tab


def _plan_with_steps(window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window, "PlanTab")
    window.client_detail.tabs.setCurrentWidget(tab)
    tab.chooser.setCurrentIndex(0)  # the draft (or a new one): the step cards are editable
    while len(tab.form.step_editors) < 2:
        tab.form.add_step_button.click()
    for number, card in enumerate(tab.form.step_editors, start=1):
        card.description.setText(card.description.text() or f"Vaihe {number}")


def _new_client(window) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.new_client_dialog import NewClientDialog

    NewClientDialog(window.session, window).open()


def _leave_handover(window, passphrase: str, then: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    """The coach types the passphrase in the coach's check; once the hand-over has closed, `then`."""
    from PySide6.QtWidgets import QDialogButtonBox

    handover = window.handover_window
    if handover.coach_check is None or not handover.coach_check.isVisible():
        handover.request_exit()
    handover.coach_check.field.edit.setText(passphrase)
    handover.coach_check.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    WAITING.append("hand-over closing")

    def when_closed() -> None:
        if window.handover_window is not None:
            QTimer.singleShot(100, when_closed)
            return
        then()
        WAITING.clear()
    when_closed()


def _signing(window) -> None:  # type: ignore[no-untyped-def]
    """The plan's signing screens in hand-over, for the draft the plan editor holds."""
    from omavalmentaja.services import plans
    from omavalmentaja.ui.plan_signing import PlanSigningView

    tab = _tab(window, "PlanTab")
    session, client_id = window.session, window.client_detail.client_id
    draft = plans.save_plan_form(session, client_id, tab.form.content())
    client = session.clients.get(client_id)
    view = PlanSigningView(session, draft, client.display_name, "Valmentaja Testinen")
    window.start_handover(view, "Suunnitelman allekirjoitus")


def office_screens(window, passphrase: str) -> Screens:  # type: ignore[no-untyped-def]
    yield "unlock", lambda: None
    yield "today", _unlock(window, passphrase)
    yield "clients", lambda: window.show_section(1)
    yield "sync", lambda: window.show_section(2)
    yield "settings", lambda: window.show_section(3)


def first_run_screens(window, _passphrase: str) -> Screens:  # type: ignore[no-untyped-def]
    guide = window.gate

    def create_vault() -> None:
        page = guide.steps.currentWidget()
        for field in (page.passphrase, page.again):
            field.edit.setText("a11y walk: a long enough passphrase 2026")
        page.button.click()

    def name() -> None:
        page = guide.steps.currentWidget()
        page.name.setText("Valmentaja Testinen")
        page.button.click()

    yield "language", lambda: None
    yield "vault", lambda: guide.steps.currentWidget().buttons["fi"].click()
    yield "name", create_vault
    yield "office key", name


if __name__ == "__main__":
    raise SystemExit(main())
