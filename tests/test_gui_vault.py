"""First run (create a vault in the app) and changing the passphrase in Asetukset."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import MessageBoxCatcher, wait_for_jobs
from omavalmentaja.services.session import Session
from omavalmentaja.ui.first_run import EnrolStep, FirstRunGuide, LanguageStep, NameStep
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.unlock_page import CreateVaultPage, UnlockPage


def test_first_run_creates_a_vault_then_lock_and_unlock(qtbot, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    guide = window.gate
    assert isinstance(guide, FirstRunGuide) and isinstance(guide.steps.currentWidget(), LanguageStep)
    guide.steps.currentWidget().buttons["fi"].click()
    page = guide.steps.currentWidget()
    assert isinstance(page, CreateVaultPage)
    page.passphrase.edit.setText("lyhyt")
    page.again.edit.setText("lyhyt")
    page.create()
    qtbot.waitUntil(lambda: "vähintään" in page.message.text(), timeout=10000)
    assert not (vault_dir / "vault.header").exists()
    page.passphrase.edit.setText("ensimmäinen kunnon tunnuslause")
    page.again.edit.setText("ensimmäinen kunnon tunnuslause")
    page.create()
    qtbot.waitUntil(lambda: isinstance(guide.steps.currentWidget(), NameStep), timeout=10000)
    assert (vault_dir / "vault.header").exists()
    name = guide.steps.currentWidget()
    name.name.setText("Veera Valmentaja")
    name.button.click()
    enrol = guide.steps.currentWidget()
    assert isinstance(enrol, EnrolStep)
    enrol.finish.click()  # no key file from the office yet
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    assert window.session.actor == "Veera Valmentaja"
    window.lock()  # once Today's background load has stopped
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert isinstance(window.gate, UnlockPage) and window.stack.currentWidget() is window.gate
    window.gate.passphrase.edit.setText("ensimmäinen kunnon tunnuslause")
    window.gate.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    window.lock()


def test_change_passphrase_in_settings(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.settings_page import SettingsPage

    Session.create(vault_dir, passphrase).lock()
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    window.gate.passphrase.edit.setText(passphrase)
    window.gate.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    settings = window.pages.widget(3)
    assert isinstance(settings, SettingsPage)
    catcher = MessageBoxCatcher()
    settings.old.edit.setText("väärä vanha tunnuslause")
    settings.new.edit.setText("uusi ja pidempi tunnuslause")
    settings.again.edit.setText("uusi ja pidempi tunnuslause")
    settings.change_passphrase()
    qtbot.waitUntil(lambda: bool(catcher.texts), timeout=10000)
    assert "Väärä tunnuslause" in catcher.texts[0]  # the UI language (Finnish), one language at a time
    settings.old.edit.setText(passphrase)
    settings.new.edit.setText("uusi ja pidempi tunnuslause")
    settings.again.edit.setText("uusi ja pidempi tunnuslause")
    settings.change_passphrase()
    wait_for_jobs(qtbot)
    catcher.stop()
    assert settings.result.text() == "Tunnuslause vaihdettu."
    window.lock()
    Session.unlock(vault_dir, "uusi ja pidempi tunnuslause").lock()
