"""Locks the vault after a set time without keyboard, mouse or touch input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    """Watches the app's input only while started (a vault is open). An app-wide event filter sees every event
    of every object; the first events it saw made PySide6 set up more than a hundred of its Python enum types
    (about 10 ms), which delayed the unlock screen's first paint."""

    def __init__(self, on_idle: Callable[[], None], minutes: int) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)

    def start(self) -> None:
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # installing it again does not add a second filter

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
