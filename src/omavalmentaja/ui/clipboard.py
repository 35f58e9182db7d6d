"""The clipboard for identifying details (KeePassXC's habit): a henkilötunnus or phone number copied from the
app is cleared after CLEAR_AFTER_MS if it is still there.

Two ways in: the copy buttons call `sensitive_clipboard().copy(text)`, and a copy made with Ctrl+C in any of
the app's fields (a henkilötunnus or phone field of the client form) is noticed through the clipboard's
dataChanged signal when the app owns the clipboard (or has the focus) and the text looks like a henkilötunnus or
a phone number.
Anything copied afterwards (by the coach, or by another program) is left alone.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from omavalmentaja.domain.hetu import is_valid_hetu

CLEAR_AFTER_MS = 30_000
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,19}$")


def looks_sensitive(text: str) -> bool:
    text = text.strip()
    return is_valid_hetu(text) or (bool(_PHONE.match(text)) and
                                                      sum(ch.isdigit() for ch in text) >= 6)


class SensitiveClipboard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self.clear_after_ms = clear_after_ms
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear_if_unchanged)
        self._clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, to be cleared after clear_after_ms unless replaced by then."""
        self._clipboard().setText(text)
        self._arm(text)

    def _arm(self, text: str) -> None:
        self._copied = text
        self._timer.start(self.clear_after_ms)

    def _changed(self) -> None:
        text = self._clipboard().text()
        if text == self._copied:
            return
        if self._from_this_app() and looks_sensitive(text):
            self._arm(text)

    def _from_this_app(self) -> bool:
        """The app owns the clipboard (X11, Windows, macOS say so), or it was changed while the app had the
        focus (Wayland and offscreen never report ownership)."""
        return self._clipboard().ownsClipboard() or \
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _clear_if_unchanged(self) -> None:
        if self._copied and self._clipboard().text() == self._copied:
            self._clipboard().clear()
        self._copied = ""

    def clear_now(self) -> None:
        """On lock: a detail copied from the vault does not outlive it on the clipboard."""
        if self._timer.isActive():
            self._timer.stop()
            self._clear_if_unchanged()


_GUARD: list[SensitiveClipboard] = []


def sensitive_clipboard() -> SensitiveClipboard:
    """The application's one guard (made on first use, after the QApplication exists)."""
    if not _GUARD:
        _GUARD.append(SensitiveClipboard())
    return _GUARD[0]
