"""Events up, calls down: tabs work without a main window and announce what happened through ui/events;
the main window listens (a new client is listed at once, selected; an erased client leaves the view)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from gui_helpers import MessageBoxCatcher, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.retention import ErasureReason
from omavalmentaja.services.clients import list_clients, save_client
from omavalmentaja.services.session import Session
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.events import events
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.new_client_dialog import NewClientDialog
from omavalmentaja.ui.tabs.profile import ProfileTab

UI = Path(__file__).resolve().parents[1] / "src" / "omavalmentaja" / "ui"


def test_no_ui_module_but_the_app_imports_the_main_window() -> None:
    importers = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "omavalmentaja.ui.main_window":
                importers.append(path.relative_to(UI).as_posix())
    assert sorted(set(importers)) == ["app.py"]


def test_a_tab_is_built_and_used_without_a_main_window(qtbot, session: Session,
                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = save_client(session, Client(first_name="Ilman", last_name="Ikkunaa", municipality="Oulu"))
    other = save_client(session, Client(first_name="Toinen", last_name="Asiakas"))
    refreshed: list[bool] = []
    tab = ProfileTab(ClientContext(session, client.id, lambda: refreshed.append(True)))
    qtbot.addWidget(tab)
    tab.form.municipality.setText("Kajaani")
    tab.save_button.click()
    assert refreshed == [True] and session.clients.get(client.id).municipality == "Kajaani"

    monkeypatch.setattr("omavalmentaja.ui.client_data_actions.QMessageBox.information", lambda *args: None)
    catcher = MessageBoxCatcher()
    with qtbot.waitSignal(events().client_erased, timeout=20_000) as erased:
        tab.data_actions.erase(ErasureReason.RECORDED_BY_MISTAKE)
    wait_for_jobs(qtbot)
    catcher.stop()
    assert catcher.texts == [] and erased.args == [client.id] and [c.id for c in list_clients(session)] == [other.id]


def test_hand_over_from_a_tab_is_announced_and_hides_the_caseload(qtbot, session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.open_session(session)
    window.show()
    client = save_client(session, Client(first_name="Käsi", last_name="Kädestä"))
    ctx = ClientContext(session, client.id, lambda: None)
    handover = ctx.handover(QLabel("Kysymys"), "Kysely")
    qtbot.addWidget(handover)
    assert window.handover_window is handover and not window.isVisible()
    assert handover.windowState() & Qt.WindowState.WindowFullScreen
    handover.force_close()


def test_a_new_client_is_listed_at_once_and_selected(qtbot, session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    save_client(session, Client(first_name="Vanha", last_name="Asiakas"))
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.open_session(session)
    window.show()
    window.show_section(1)
    wait_for_jobs(qtbot)  # the list loads off the GUI thread
    assert window.client_list.model.total() == 1

    def fill_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClientDialog)
        dialog.form.first_name.setText("Uusi")
        dialog.form.last_name.setText("Tulokas")
        dialog.save()

    QTimer.singleShot(0, fill_the_dialog)
    window.client_list.new_button.click()
    new = next(c for c in list_clients(session) if c.last_name == "Tulokas")
    wait_for_jobs(qtbot)
    assert window.client_list.model.total() == 2
    assert window.client_list.current_client_id() == new.id
    assert window.client_detail.client_id == new.id and window.client_detail.title.text() == "Uusi Tulokas"
