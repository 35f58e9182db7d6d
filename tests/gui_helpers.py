"""Helpers for pytest-qt tests: dismiss modal message boxes, wait for the unlock worker."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class MessageBoxCatcher:
    """Closes every QMessageBox that opens, remembering its text, so modal errors don't block a test."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.texts.append(widget.text())
                widget.accept()

    def stop(self) -> None:
        self.timer.stop()


def unlock(qtbot, window, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window.gate.passphrase.edit.setText(passphrase)
    window.gate.button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15000)
