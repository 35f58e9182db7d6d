"""The app in Swedish and English (and Finnish with Qt's own Finnish buttons), and the per-vault language choice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import unlock, wait_for_jobs
from omavalmentaja.domain.client import Client
from omavalmentaja.errors import UserError
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.services.settings import set_ui_language, ui_language
from omavalmentaja.ui.i18n import current_language, install_language, remove_translators
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.new_client_dialog import NewClientDialog

EXPECTED = {
    "sv": {"sections": ["I dag", "Kunder", "Synkronisering", "Inställningar"], "unlock": "Lås upp",
           "headers": ["Namn", "Ålder", "Hemkommun"], "status": "Aktiv", "save": "Spara", "cancel": "Avbryt",
           "tabs": ["Grunduppgifter", "Servicebehov och kompetens", "Möten"]},
    "en": {"sections": ["Today", "Clients", "Sync", "Settings"], "unlock": "Unlock",
           "headers": ["Name", "Age", "Municipality"], "status": "Active", "save": "Save", "cancel": "Cancel",
           "tabs": ["Details", "Service need and skills", "Meetings"]},
}


@pytest.fixture
def vault(vault_dir: Path, passphrase: str) -> Path:
    with Session.create(vault_dir, passphrase) as session:
        save_client(session, Client(first_name="Aino", last_name="Lahtinen", municipality="Kajaani"))
    return vault_dir


@pytest.fixture(autouse=True)
def untranslated_afterwards() -> Iterator[None]:
    yield
    remove_translators()


def _open_window(qtbot, folder: Path, passphrase: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    return window


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def _headers(window: MainWindow) -> list[str]:
    model = window.client_list.model
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(3)]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_main_window_speaks_the_installed_language(qtbot, vault: Path, passphrase: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert install_language(lang, from_command_line=True) == lang
    expected = EXPECTED[lang]
    window = _open_window(qtbot, vault, passphrase)
    assert window.gate.button.text() == expected["unlock"]  # type: ignore[attr-defined]
    unlock(qtbot, window, passphrase)
    assert _sidebar(window) == expected["sections"]
    window.show_section(1)
    wait_for_jobs(qtbot)  # the client list loads off the GUI thread
    assert _headers(window) == expected["headers"]
    model = window.client_list.model
    assert model.data(model.index(0, 3)) == expected["status"]
    window.client_list.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.client_detail.client_id))
    tabs = window.client_detail.tabs
    assert [tabs.tabText(i) for i in range(3)] == expected["tabs"]
    dialog = NewClientDialog(window.session, window)  # type: ignore[arg-type]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == expected["save"]
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == expected["cancel"]
    dialog.reject()
    window.lock()


def test_finnish_loads_qts_finnish_buttons(qtbot, vault: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    install_language("fi", from_command_line=True)
    window = _open_window(qtbot, vault, passphrase)
    unlock(qtbot, window, passphrase)
    assert _sidebar(window) == ["Tänään", "Asiakkaat", "Synkronointi", "Asetukset"]
    dialog = NewClientDialog(window.session, window)  # type: ignore[arg-type]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Tallenna"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Peru"  # Qt's own Finnish
    dialog.reject()
    window.lock()


def test_the_vaults_language_applies_when_it_is_unlocked(qtbot, vault: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with Session.unlock(vault, passphrase) as session:
        set_ui_language(session, "sv")
    install_language("fi")  # started without --lang on a Finnish system
    window = _open_window(qtbot, vault, passphrase)
    assert window.gate.button.text() == "Avaa"  # type: ignore[attr-defined]
    unlock(qtbot, window, passphrase)
    assert current_language() == "sv"
    assert _sidebar(window) == EXPECTED["sv"]["sections"]
    window.lock()
    assert window.gate.button.text() == "Lås upp"  # type: ignore[attr-defined]


def test_the_command_line_language_wins_over_the_vaults(qtbot, vault: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with Session.unlock(vault, passphrase) as session:
        set_ui_language(session, "sv")
    install_language("en", from_command_line=True)
    window = _open_window(qtbot, vault, passphrase)
    unlock(qtbot, window, passphrase)
    assert _sidebar(window) == EXPECTED["en"]["sections"]
    window.lock()


def test_settings_page_stores_the_language_in_the_vault(qtbot, vault: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window = _open_window(qtbot, vault, passphrase)
    unlock(qtbot, window, passphrase)
    from omavalmentaja.ui.language_setting import LanguageBox

    box = window.findChild(LanguageBox)
    assert box is not None and box.choice.currentData() == ""
    box.choice.setCurrentIndex(box.choice.findData("en"))
    assert ui_language(window.session) == "en"  # type: ignore[arg-type]
    assert "seuraavan kerran" in box.note.text()
    window.lock()


def test_unknown_language_is_refused(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError):
        set_ui_language(session, "de")
    assert ui_language(session) == ""


@pytest.mark.parametrize(("locale", "expected"), [("sv_FI.UTF-8", "Aktiv"), ("en_GB.UTF-8", "Active"),
                                                  ("fi_FI.UTF-8", "Aktiivinen"), ("de_DE.UTF-8", "Aktiivinen")])
def test_without_lang_the_system_locale_chooses(locale: str, expected: str) -> None:
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "from omavalmentaja.ui.i18n import install_language\n"
            "install_language(None)\n"
            "from omavalmentaja.ui.labels import code_label\n"
            "print(code_label('status', 'active'))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=locale, LC_ALL=locale)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_plan_summary_for_signing_is_translated() -> None:
    install_language("sv", from_command_line=True)
    assert QCoreApplication.translate("plan_summary", "%1 mennessä").replace("%1", "1.2.2027") == "senast 1.2.2027"


def test_a_domain_error_is_shown_in_swedish_only(qtbot, vault: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    """A bad henkilötunnus on the new-client form: the dialog speaks Swedish, with no Finnish or English in it."""
    from gui_helpers import MessageBoxCatcher

    install_language("sv", from_command_line=True)
    window = _open_window(qtbot, vault, passphrase)
    unlock(qtbot, window, passphrase)
    dialog = NewClientDialog(window.session, window)  # type: ignore[arg-type]
    dialog.form.first_name.setText("Aino")
    dialog.form.last_name.setText("Mäkinen")
    dialog.form.henkilotunnus.setText("131052-308U")
    catcher = MessageBoxCatcher()
    try:
        dialog.save()
        qtbot.waitUntil(lambda: bool(catcher.texts), timeout=5000)
    finally:
        catcher.stop()
    text = catcher.texts[0]
    assert text == "kontrolltecknet i personbeteckningen '131052-308U' är fel"
    for word in ("tarkiste", "henkilötunnu", "check character", " / "):
        assert word not in text
    dialog.reject()
    window.lock()
