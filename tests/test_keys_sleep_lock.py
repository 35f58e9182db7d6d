"""Locking when the laptop sleeps or the screen locks: the D-Bus signals sent on a private bus with dbus-send,
and the app locks (the meeting being written is kept as a draft)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtTest import QTest

from gui_helpers import unlock
from omavalmentaja.domain.client import Client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import load_draft
from omavalmentaja.services.session import Session
from omavalmentaja.ui.sleep_lock import SleepLock


@pytest.fixture
def private_bus() -> Iterator[tuple[str, QDBusConnection]]:
    if not shutil.which("dbus-daemon"):
        pytest.fail("dbus-daemon is needed for the sleep lock tests")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    name = f"test-bus-{daemon.pid}"
    try:
        yield address, QDBusConnection.connectToBus(address, name)
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(timeout=10)


def _send(address: str, path: str, signal: str, value: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, signal, f"boolean:{value}"],
                   check=True, timeout=30)


def test_logind_prepare_for_sleep_locks(qtbot, private_bus) -> None:  # type: ignore[no-untyped-def]
    address, bus = private_bus
    reasons: list[str] = []
    watcher = SleepLock(reasons.append)
    watcher.listen(bus, bus)  # the test's bus stands in for the system bus as well
    assert "org.freedesktop.login1.Manager" in watcher.listening
    _send(address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "false")  # waking
    _send(address, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "true")
    qtbot.waitUntil(lambda: reasons == ["screen_locked"], timeout=10000)
    _send(address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "true")
    qtbot.waitUntil(lambda: reasons == ["screen_locked", "sleep"], timeout=10000)


def test_the_screen_locking_locks_the_app_and_keeps_the_draft(qtbot, private_bus, vault_dir: Path,  # type: ignore[no-untyped-def]
                                                              passphrase: str) -> None:
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.meeting_editor import MeetingEditor

    address, bus = private_bus
    with Session.create(vault_dir, passphrase) as session:
        client_id = save_client(session, Client(first_name="Aino", last_name="Korhonen")).id
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, passphrase)
    window.sleep_lock.listen(bus)
    editor = MeetingEditor(window.session, client_id, parent=window)
    editor.show()
    QTest.keyClicks(editor.notes, "Kesken jaanyt muistiinpano")
    _send(address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "true")
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert window.stack.currentWidget() is window.gate
    with Session.unlock(vault_dir, passphrase) as session:
        draft = load_draft(session, client_id)
        assert draft is not None and draft.notes == "Kesken jaanyt muistiinpano"
