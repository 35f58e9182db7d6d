"""The profile tab's export and erase buttons, the erasure confirmation, and the settings page's backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from conftest import PASSPHRASE
from datalife_support import SURNAME, add_full_client
from omavalmentaja.domain.retention import ErasureReason
from omavalmentaja.services.client_export import JSON_NAME, PDF_NAME
from omavalmentaja.services.clients import list_clients
from omavalmentaja.ui.client_data_actions import ClientDataActions, ErasureDialog
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.settings_page import SettingsPage
from omavalmentaja.vault.backup import MAGIC
from sync_support import add_client


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(session.vault.folder)
    qtbot.addWidget(window)
    window.open_session(session)
    return window


def _actions(window: MainWindow, client_id: str) -> ClientDataActions:
    window.show_client(client_id)
    profile = window.client_detail.tabs.widget(0)
    return profile.findChild(ClientDataActions)


def test_export_button_writes_the_clients_folder(qtbot, session, tmp_path: Path, monkeypatch) -> None:
    client = add_full_client(session)
    window = _window(qtbot, session)
    actions = _actions(window, client.id)
    assert actions.export_button.text() == "Vie asiakkaan tiedot…"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    actions.export_to(tmp_path)
    qtbot.waitUntil(lambda: not operations().busy, timeout=20_000)
    assert actions.last_export is not None and actions.last_export.parent == tmp_path
    assert client.id[:8] in actions.last_export.name and SURNAME not in actions.last_export.name
    assert {JSON_NAME, PDF_NAME} <= {p.name for p in actions.last_export.iterdir()}
    assert len(shown) == 1 and str(actions.last_export) in shown[0]


def test_erasure_needs_the_last_name_and_a_reason(qtbot) -> None:
    dialog = ErasureDialog("Mäkinen")
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isEnabled()
    dialog.name.setText("Makinen")
    dialog.reason.setCurrentIndex(1)
    assert not dialog.confirm.isEnabled()
    dialog.name.setText(" mäkinen ")
    assert dialog.confirm.isEnabled() and dialog.reason_code() == ErasureReason.RETENTION_ENDED
    offered = [dialog.reason.itemData(i) for i in range(dialog.reason.count())]
    assert offered == [None, "retention_ended", "recorded_by_mistake", "consent_withdrawn"]  # no "request"
    assert not dialog.reason.isEditable()
    dialog.reason.setCurrentIndex(0)
    assert not dialog.confirm.isEnabled()


def test_erase_button_removes_the_client_and_leaves_the_view(qtbot, session, monkeypatch) -> None:
    client = add_full_client(session)
    other = add_client(session, "Eero", "Korhonen")
    window = _window(qtbot, session)
    actions = _actions(window, client.id)
    viewed = session.vault.folder / "pdf-view" / "x.pdf"
    viewed.parent.mkdir(mode=0o700, exist_ok=True)
    viewed.write_bytes(b"%PDF plan")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    actions.erase(ErasureReason.RECORDED_BY_MISTAKE)
    qtbot.waitUntil(lambda: not operations().busy, timeout=20_000)
    assert [r.id for r in list_clients(session)] == [other.id]
    assert window.client_detail.client_id == "" and window.client_detail.tabs.count() == 0
    assert window.client_list.model.total() == 1
    assert not viewed.exists()
    assert session.audit.for_client(client.id)[0].detail.startswith("reason=recorded_by_mistake")


def test_settings_backup_button(qtbot, session, tmp_path: Path, monkeypatch) -> None:
    add_full_client(session)
    window = _window(qtbot, session)
    page = window.findChild(SettingsPage)
    assert page.backup_button.text() == "Varmuuskopioi…"
    errors: list[str] = []
    monkeypatch.setattr("omavalmentaja.ui.settings_page.show_error", lambda parent, exc: errors.append(str(exc)))
    page.backup_to(tmp_path / "b.omvbackup", "väärä tunnuslause")
    qtbot.waitUntil(lambda: not operations().busy, timeout=20_000)
    assert len(errors) == 1 and "Väärä tunnuslause" in errors[0] and not (tmp_path / "b.omvbackup").exists()
    page.backup_to(tmp_path / "b.omvbackup", PASSPHRASE)
    qtbot.waitUntil(lambda: not operations().busy, timeout=20_000)
    assert (tmp_path / "b.omvbackup").read_bytes().startswith(MAGIC)
    assert "Varmuuskopio tallennettu" in page.backup_result.text() and page.backup_button.isEnabled()
