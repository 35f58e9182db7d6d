"""The app's side of quick unlock and recovery: the unlock page's PIN field, Asetukset → Pika-avaus (also
when no keyring exists), and "Unohtuiko tunnuslause?" through to an unlocked, rekeyed vault."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
from keyring.backends import fail

from gui_helpers import MessageBoxCatcher, unlock
from keyring_support import SecretService, secret_service_fixture  # noqa: F401 (the fixture)
from omavalmentaja.messages import render
from omavalmentaja.services import quick_unlock, recovery
from omavalmentaja.services.session import Session
from test_keys_recovery import NEW, world_fixture  # noqa: F401 (the fixture)

PIN = "482915"


def _window(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.main_window import MainWindow

    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    return window


def test_unlock_page_opens_with_the_pin(qtbot, secret_service: SecretService, vault_dir: Path,  # type: ignore[no-untyped-def]
                                        passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
    window = _window(qtbot, vault_dir)
    assert window.gate.pin.isVisible()
    window.gate.pin.setText("0000")
    window.gate.button.click()
    qtbot.waitUntil(lambda: window.gate.button.isEnabled(), timeout=20000)
    assert window.gate.message.text() == render("keys.pin_wrong", 4)
    window.gate.pin.setText(PIN)
    window.gate.button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    window.lock()


def test_settings_turn_quick_unlock_on_and_off(qtbot, secret_service: SecretService, vault_dir: Path,  # type: ignore[no-untyped-def]
                                               passphrase: str) -> None:
    from omavalmentaja.ui.quick_unlock_setting import QuickUnlockBox

    Session.create(vault_dir, passphrase).lock()
    window = _window(qtbot, vault_dir)
    unlock(qtbot, window, passphrase)
    box = window.findChild(QuickUnlockBox)
    assert box is not None and box.set_button.isEnabled() and not box.remove_button.isEnabled()
    box.pin.setText(PIN)
    box.again.setText(PIN)
    box.passphrase.edit.setText(passphrase)
    box.set_button.click()
    qtbot.waitUntil(lambda: box.remove_button.isEnabled(), timeout=20000)
    assert quick_unlock.enabled(vault_dir)
    box.remove_button.click()
    assert not quick_unlock.enabled(vault_dir) and not box.remove_button.isEnabled()
    window.lock()


def test_without_a_keyring_the_setting_says_why_and_is_off(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.quick_unlock_setting import QuickUnlockBox

    Session.create(vault_dir, passphrase).lock()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = _window(qtbot, vault_dir)
        unlock(qtbot, window, passphrase)
        box = window.findChild(QuickUnlockBox)
        assert box is not None
        assert box.state.text() == render("keys.keyring_unavailable")
        assert not box.set_button.isEnabled() and not box.pin.isEnabled()
        window.grab().save(str(vault_dir.parent / "settings.png"))
        window.lock()
    finally:
        keyring.set_keyring(previous)


def test_forgotten_passphrase_in_the_app(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.recovery_dialog import RecoveryDialog

    tmp, office_session, _key, folder, client_id = world
    window = _window(qtbot, folder)
    assert not window.gate.pin.isVisible()
    window.gate.forgot.click()
    dialog = window.gate.findChild(RecoveryDialog)
    assert dialog is not None
    dialog.write_request(tmp / "req")
    code = recovery.request_fingerprint(hashlib.sha256((tmp / "req").read_bytes()).digest())
    assert code in dialog.code.text()
    recovery.answer_request(office_session, tmp / "req", tmp / "ans")
    catcher = MessageBoxCatcher()
    dialog.new.edit.setText(NEW)
    dialog.again.edit.setText(NEW + "x")
    dialog.apply_answer(tmp / "ans")
    qtbot.waitUntil(lambda: bool(catcher.texts), timeout=5000)
    catcher.stop()
    dialog.again.edit.setText(NEW)
    dialog.apply_answer(tmp / "ans")
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.session.clients.get(client_id).first_name == "Aino"
    window.lock()
    Session.unlock(folder, NEW).lock()


def test_the_office_answers_after_the_phone_check(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from omavalmentaja.ui.office_recovery import answer_recovery_request

    tmp, office_session, _key, folder, _client = world
    request = recovery.write_request(folder, tmp / "req")
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp / "req"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp / "ans"), ""))

    def ask(_parent, _title, text, *rest):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.No if len(shown) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert answer_recovery_request(parent, office_session) is None  # not confirmed on the phone: no answer
    assert not (tmp / "ans").exists() and request.fingerprint in shown[0]
    said = answer_recovery_request(parent, office_session)
    assert said is not None and request.fingerprint in said and (tmp / "ans").exists()
