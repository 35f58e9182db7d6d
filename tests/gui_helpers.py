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
    wait_for_jobs(qtbot)  # the client list loads off the GUI thread


def wait_for_jobs(qtbot, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until no background job (ui/operations) runs and its callbacks have run."""
    from omavalmentaja.ui.operations import operations

    qtbot.waitUntil(lambda: not operations().busy, timeout=timeout)


def answer_coach_check(qtbot, handover, text: str, cancel: bool = False) -> str:  # type: ignore[no-untyped-def]
    """Leave hand-over as the coach does: the coach button (or Esc, or closing) opens the check; type the
    passphrase or PIN and press OK. Returns the message the dialog shows afterwards."""
    from PySide6.QtWidgets import QDialogButtonBox

    if handover.coach_check is None or not handover.coach_check.isVisible():
        handover.request_exit()
    dialog = handover.coach_check
    dialog.field.edit.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_jobs(qtbot)
    message = dialog.message.text()
    if cancel and dialog.isVisible():
        dialog.reject()
    return message
