"""The sync page: the coach's laptop (enrol, export, receipt) and the office (confirm a new device, import)."""

from __future__ import annotations

from pathlib import Path

from omavalmentaja.services import office, sync
from omavalmentaja.ui.main_window import MainWindow
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.sync_page import CoachSyncPage, OfficeSyncPage, make_sync_page
from sync_support import add_client, make_coach, make_office


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(session.vault.folder)
    qtbot.addWidget(window)
    window.open_session(session)
    return window


def test_coach_page_enrols_exports_and_imports_a_receipt(qtbot, session, tmp_path: Path, monkeypatch) -> None:
    office_session, key_file = make_office(tmp_path)
    add_client(session, "Noora", "Huttunen")
    window = _window(qtbot, session)
    page = make_sync_page(window)
    qtbot.addWidget(page)
    assert isinstance(page, CoachSyncPage)
    page.refresh()
    fingerprint = sync.device_info(session).fingerprint
    assert page.fingerprint.text() == fingerprint
    assert not page.export_button.isEnabled() and "ei ole vielä" in page.office_state.text()

    page.coach_name.setText("Noora K.")
    shown: list[str] = []
    monkeypatch.setattr(page, "confirm_office_fingerprint", lambda fp: shown.append(fp) or False)
    page.enrol_from(key_file)  # the coach does not confirm: nothing is registered
    assert shown == [office.office_fingerprint(office_session)]
    assert sync.device_info(session).office_fingerprint is None and not page.export_button.isEnabled()
    monkeypatch.setattr(page, "confirm_office_fingerprint", lambda fp: True)
    page.enrol_from(key_file)
    assert office.office_fingerprint(office_session) in page.office_state.text()
    assert page.export_button.isEnabled() and "Kuittaamattomia muutoksia: 1" in page.pending.text()

    bundle, receipt = tmp_path / "b1.omvb", tmp_path / "r1.omvb"
    page.export_to(bundle)
    qtbot.waitUntil(lambda: not operations().busy, timeout=10_000)
    assert bundle.exists() and "Paketti 1 tallennettu" in page.status.text()
    office.import_bundle(office_session, bundle, fingerprint, receipt)
    assert [d.name for d in office.devices(office_session)] == ["Noora K."]
    page.import_from(receipt)
    qtbot.waitUntil(lambda: not operations().busy, timeout=10_000)
    assert "Kuittaus tuotu: kuitattu 1" in page.status.text()
    assert "Kuittaamattomia muutoksia: 0" in page.pending.text()
    errors: list[str] = []
    monkeypatch.setattr("omavalmentaja.ui.sync_page.show_error", lambda parent, exc: errors.append(str(exc)))
    page.import_from(receipt)  # the same receipt again: nothing changes, and it says so
    qtbot.waitUntil(lambda: not operations().busy, timeout=10_000)
    assert "jo tuotu" in page.status.text()
    page.import_from(bundle)  # its own bundle is addressed to the office: one clear line in the error dialog
    qtbot.waitUntil(lambda: not operations().busy, timeout=10_000)
    assert len(errors) == 1 and "toiselle laitteelle" in errors[0] and "\n" not in errors[0]
    office_session.close_quietly()


def test_office_page_confirms_a_new_device_before_importing(qtbot, tmp_path: Path, monkeypatch) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aleksi")
    add_client(coach, "Wilma", "Nyström")
    sync.export_bundle(coach, tmp_path / "b1.omvb")
    window = _window(qtbot, office_session)
    page = make_sync_page(window)
    qtbot.addWidget(page)
    assert isinstance(page, OfficeSyncPage)
    page.refresh()
    assert page.fingerprint.text() == office.office_fingerprint(office_session)
    shown: list[str] = []
    monkeypatch.setattr(page, "confirm_new_device", lambda fp: shown.append(fp) or False)
    page.import_bundle(tmp_path / "b1.omvb", tmp_path / "r1.omvb")
    assert shown == [sync.device_info(coach).fingerprint] and office_session.clients.count() == 0
    monkeypatch.setattr(page, "confirm_new_device", lambda fp: True)
    page.import_bundle(tmp_path / "b1.omvb", tmp_path / "r1.omvb")
    qtbot.waitUntil(lambda: not operations().busy, timeout=10_000)
    assert "uusia 1" in page.status.text() and (tmp_path / "r1.omvb").exists()
    assert page.devices.topLevelItemCount() == 1 and page.devices.topLevelItem(0).text(0) == "Aleksi"
    coach.close_quietly()
