"""A henkilötunnus or phone number copied from the app leaves the clipboard after a while (30 s in the app,
injected shorter here) unless something else was copied since."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui_helpers import unlock
from omavalmentaja.domain.client import Client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.ui.clipboard import CLEAR_AFTER_MS, SensitiveClipboard, looks_sensitive, sensitive_clipboard

HETU = "131052-308T"
PHONE = "040 123 4567"


def test_what_counts_as_sensitive() -> None:
    assert looks_sensitive(HETU) and looks_sensitive(PHONE) and looks_sensitive("+358401234567")
    assert not looks_sensitive("Kajaani") and not looks_sensitive("12") and not looks_sensitive("131052-308X")
    assert CLEAR_AFTER_MS == 30_000


def test_a_copied_detail_is_cleared_unless_replaced(qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    guard = SensitiveClipboard(clear_after_ms=50)
    guard.copy(HETU)
    assert clipboard.text() == HETU
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    guard.copy(PHONE)
    clipboard.setText("muistiinpano, jonka valmentaja kopioi itse")
    guard.clear_now()  # what the timer does when it fires: the coach's own copy stays
    assert clipboard.text() == "muistiinpano, jonka valmentaja kopioi itse"


def test_copy_buttons_in_the_client_header(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.main_window import MainWindow

    with Session.create(vault_dir, passphrase) as session:
        client_id = save_client(session, Client(first_name="Aino", last_name="Korhonen", henkilotunnus=HETU,
                                                phone=PHONE)).id
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, passphrase)
    window.show_client(client_id)
    header = window.client_detail
    assert header.copy_hetu.isVisible() and header.copy_phone.isVisible()
    sensitive_clipboard().clear_after_ms = 50
    try:
        header.copy_phone.click()
        assert QGuiApplication.clipboard().text() == PHONE
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)
        header.copy_hetu.click()
        assert QGuiApplication.clipboard().text() == HETU
    finally:
        sensitive_clipboard().clear_after_ms = CLEAR_AFTER_MS
    window.lock()
    assert QGuiApplication.clipboard().text() == ""  # locking clears it at once


def test_a_detail_copied_with_ctrl_c_from_a_field_is_cleared(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    guard = SensitiveClipboard(clear_after_ms=50)
    field = QLineEdit(HETU)
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == HETU
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)
    field.setText("Kajaani")
    field.selectAll()
    field.copy()
    guard.clear_now()
    assert QGuiApplication.clipboard().text() == "Kajaani"  # not an identifying detail: left alone
