"""The first-run guide in Swedish with the office's key file, the Ohje menu's user guide and About dialog."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from gui_helpers import wait_for_jobs
from omavalmentaja import __version__
from omavalmentaja.services import sync
from omavalmentaja.services.settings import coach_name, ui_language
from omavalmentaja.ui.first_run import EnrolStep, FirstRunGuide, NameStep
from omavalmentaja.ui.help_dialogs import BUNDLED_PARTS, GUIDES, AboutDialog, UserGuideDialog, guide_path
from omavalmentaja.ui.i18n import remove_translators
from omavalmentaja.ui.main_window import MainWindow
from sync_support import make_office


@pytest.fixture
def untranslated():
    yield
    remove_translators()


def test_the_first_run_guide_in_swedish_enrols_with_the_offices_key(qtbot, tmp_path: Path, monkeypatch,
                                                                     untranslated) -> None:
    office_session, key_file = make_office(tmp_path)
    office_session.lock()
    window = MainWindow(tmp_path / "coach")
    qtbot.addWidget(window)
    window.show()
    guide = window.gate
    assert isinstance(guide, FirstRunGuide)
    guide.steps.currentWidget().buttons["sv"].click()
    vault = guide.steps.currentWidget()
    assert vault.button.text() == "Skapa valv"  # the steps after the language are built in it
    vault.passphrase.edit.setText("en ordentlig lösenfras 2026")
    vault.again.edit.setText("en ordentlig lösenfras 2026")
    vault.create()
    qtbot.waitUntil(lambda: isinstance(guide.steps.currentWidget(), NameStep), timeout=15000)
    name = guide.steps.currentWidget()
    assert not name.button.isEnabled()
    name.name.setText("Stina Coach")
    name.name.returnPressed.emit()
    enrol = guide.steps.currentWidget()
    assert isinstance(enrol, EnrolStep)
    shown: list[str] = []
    monkeypatch.setattr(enrol, "confirm_office_fingerprint", lambda fp: shown.append(fp) or False)
    enrol.enrol_from(key_file)  # not confirmed: nothing registered
    assert shown and not enrol.fingerprint.isVisible()
    assert sync.device_info(window.gate.session).office_fingerprint is None
    monkeypatch.setattr(enrol, "confirm_office_fingerprint", lambda fp: True)
    enrol.enrol_from(key_file)
    assert enrol.fingerprint.text() == shown[0] and enrol.fingerprint.isVisible()
    enrol.finish.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    session = window.session
    assert ui_language(session) == "sv" and coach_name(session) == "Stina Coach"
    assert sync.device_info(session).office_fingerprint == enrol.fingerprint.text()
    wait_for_jobs(qtbot)
    window.lock()


def test_the_about_dialog_names_the_version_the_data_folder_and_the_licences(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "holvi")
    qtbot.addWidget(dialog)
    text = dialog.parts.toPlainText()
    assert "LGPL-3.0" in text and "SQLCipher" in text and "DejaVu" in text
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in shown and str(tmp_path / "holvi") in shown


@pytest.mark.parametrize(("name", "distribution", "licence"), [p for p in BUNDLED_PARTS if p[1]])
def test_each_licence_is_the_one_its_package_declares(name: str, distribution: str, licence: str) -> None:
    meta = metadata.metadata(distribution)
    declared = " ".join([meta.get("License-Expression") or "", meta.get("License") or "",
                         *(c for c in meta.get_all("Classifier") or [] if c.startswith("License"))])
    files = metadata.files(distribution) or []
    texts = " ".join(f.read_text()[:400] for f in files if re.search(r"licen[cs]e", str(f), re.I)
                     and f.suffix in ("", ".txt", ".md", ".rst"))
    for word in re.findall(r"LGPL-3\.0|BSD|MIT-CMU|MIT|Apache|zlib", licence):
        assert word.lower().replace("-", "") in (declared + " " + texts).lower().replace("-", "").replace(
            "apache license", "apache") or (word == "zlib" and "provided 'as-is'" in texts), (name, word, declared)


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_the_user_guide_opens_in_each_language(qtbot, language: str) -> None:
    assert guide_path(language).is_file()
    dialog = UserGuideDialog(language=language)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Omavalmentaja" in text and "Ctrl+L" in text and "#" not in text.splitlines()[0]
