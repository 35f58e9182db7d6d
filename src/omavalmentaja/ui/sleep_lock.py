"""Locking when the laptop goes to sleep or the screen locks, besides the idle lock (ui/idle_lock.py).

Each platform's source is a small named branch:
  - Linux (tested here): logind's PrepareForSleep(true) on the system bus, and ActiveChanged(true) of
    org.freedesktop.ScreenSaver and org.gnome.ScreenSaver on the session bus, through QtDBus. The lock runs
    when the signal arrives; no logind delay inhibitor is taken, so on a fast suspend the lock may finish at
    resume, before the screen is used.
  - Windows (not run here; the CI workflow's Windows job runs the app but cannot lock a session):
    WTSRegisterSessionNotification for the window, then WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK, and
    WM_POWERBROADCAST with PBT_APMSUSPEND, seen in the main window's nativeEvent.
  - macOS: Qt reports neither sleep nor the screen lock; only QGuiApplication's application state
    "suspended" is followed (as on every platform), so on macOS the idle lock is what locks. Untested.
The callback is the main window's lock, which saves drafts and lets a running job finish or stop first.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication

try:
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # a Qt build without the D-Bus module (not on Linux): the Linux branch is not needed there
    QDBusConnection = None  # type: ignore[assignment,misc]

SCREEN_SAVERS = (("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                 ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
                 ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"))
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")

# Windows messages (winuser.h, wtsapi32.h)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class SleepLock(QObject):
    """Calls `lock` when the system sleeps or the screen locks (see the module's notes per platform)."""

    def __init__(self, lock: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.listening: list[str] = []  # which sources were connected, for the log and the tests
        if sys.platform.startswith("linux") and QDBusConnection is not None:
            self.listen(QDBusConnection.sessionBus(), QDBusConnection.systemBus())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def listen(self, session_bus: Any, system_bus: Any = None) -> None:
        """Linux: follow the screen savers on `session_bus` and logind on `system_bus` (a bus that is not
        connected, e.g. no D-Bus session, is skipped)."""
        if session_bus is not None and session_bus.isConnected():
            for path, interface in SCREEN_SAVERS:
                if session_bus.connect("", path, interface, "ActiveChanged", self, SLOT("screen_saver(bool)")):
                    self.listening.append(f"{interface} {path}")
        if system_bus is not None and system_bus.isConnected():
            # an empty service accepts the signal from any sender: logind's well-known name sends it on a real
            # system bus, and a test's private bus has no logind
            _service, path, interface = LOGIND
            if system_bus.connect("", path, interface, "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)")):
                self.listening.append(interface)

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self._lock("screen_locked")

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self._lock("sleep")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._lock("sleep")

    def register_windows_session(self, window_id: int) -> None:
        """Windows: ask for WM_WTSSESSION_CHANGE messages for this window (called once it has a handle)."""
        if sys.platform != "win32":
            return
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        if wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION):
            self.listening.append("WTSRegisterSessionNotification")

    def windows_message(self, event_type: Any, message: Any) -> None:
        """Windows: the main window's nativeEvent passes every message here; the lock and suspend ones lock."""
        if sys.platform != "win32" or bytes(event_type) != b"windows_generic_MSG":
            return
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or \
                (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND):
            self._lock("screen_locked" if msg.message == WM_WTSSESSION_CHANGE else "sleep")
