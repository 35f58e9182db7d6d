"""Hand-over mode: the client sees one task, full screen, in large type; leaving needs the coach.

The main window is hidden while a hand-over window is open, so nothing of other clients is on screen or
reachable. Closing the window, Esc, or the coach button all ask for the coach's passphrase first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.errors import UserError
from omavalmentaja.services.coach_pin import has_pin, looks_like_pin, reset_failures, verify_pin
from omavalmentaja.services.session import Session
from omavalmentaja.ui.events import events
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.theme import text_colour, tone
from omavalmentaja.ui.widgets import PassphraseField, heading, name_inner_fields

HANDOVER_STYLE = """
#handover { background: %(background)s; }
#handover QLabel { font-size: 22px; color: %(text)s; }
#handover QPushButton { font-size: 22px; min-height: 56px; padding: 6px 22px; }
#handover QRadioButton, #handover QCheckBox { font-size: 22px; min-height: 48px; }
#handover QLineEdit, #handover QTextEdit, #handover QPlainTextEdit, #handover QSpinBox { font-size: 22px; }
"""


def coach_confirms(session: Session, text: str) -> bool:
    """A PIN (4–8 digits, where the coach has set one) or the passphrase; slow (Argon2id, and the back-off
    after wrong tries), so it runs as a background job. A locked PIN raises rather than saying "wrong"."""
    if looks_like_pin(text) and has_pin(session):
        return verify_pin(session, text)
    confirmed = session.vault.verify_passphrase(text)
    if confirmed:
        reset_failures(session)
    return confirmed


class CoachCheckDialog(QDialog):
    """Asks the coach's passphrase; accepted only when the vault confirms it. The check runs off the GUI
    thread: the window keeps drawing (in front of the client, too) while Argon2id and the back-off run."""

    def __init__(self, session: Session, parent: QWidget | None = None, prompt: str | None = None,
                 audit_action: str = "handover.exit") -> None:
        super().__init__(parent)
        self.session = session
        self.audit_action = audit_action
        self.setWindowTitle(self.tr("Valmentajan tunnistus"))
        self.field = PassphraseField(self.tr("Valmentajan tunnuslause tai PIN-koodi"))
        self.field.edit.setAccessibleName(self.tr("Valmentajan tunnuslause tai PIN-koodi"))
        self.message = QLabel("")
        self.message.setStyleSheet(f"color: {tone('error')};")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt or self.tr("Palataksesi asiakaslistaan anna tunnuslauseesi.")))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def check(self) -> None:
        """What OK and Enter do: check the typed text in the background, then accept or say why not."""
        text = self.field.text()
        if not text:
            return
        self.buttons.setEnabled(False)
        self.field.setEnabled(False)
        self.message.setText(self.tr("Tarkistetaan…"))
        operations().run(lambda task: coach_confirms(self.session, text), on_done=self._checked,
                         on_error=self._refused, parent=self, name="coach.check")

    def _checked(self, confirmed: bool) -> None:
        self._ready()
        if not self.isVisible():  # cancelled while checking: an answer now would open what was closed
            return
        self.message.setText("" if confirmed else self.tr("Väärä tunnuslause tai PIN-koodi."))
        if confirmed:
            self.session.audit.record(self.audit_action)
            self.accept()

    def _refused(self, error: Exception) -> None:
        self._ready()
        self.message.setText(str(error) if isinstance(error, UserError) else self.tr("Tarkistus epäonnistui."))

    def _ready(self) -> None:
        self.buttons.setEnabled(True)
        self.field.setEnabled(True)
        self.field.clear()
        self.field.setFocus()


class HandoverWindow(QWidget):
    coach_returned = Signal()

    def __init__(self, session: Session, content: QWidget, title: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("handover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(HANDOVER_STYLE % {"background": tone("handover_bg"), "text": text_colour()})
        self.setWindowTitle(title)
        self.leaving = False  # the coach has confirmed (or the vault is locking): closing is allowed
        self.coach_check: CoachCheckDialog | None = None
        self._silent = False  # closed by locking: nothing is given back to anyone
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.content = content
        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        self.done_label = heading("", 28)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done_layout.addStretch(1)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(QLabel(self.tr("Anna laite takaisin valmentajalle.")),
                              alignment=Qt.AlignmentFlag.AlignCenter)
        done_layout.addStretch(1)
        self.stack.addWidget(self.done_page)
        self.coach_button = QPushButton(self.tr("Valmentaja"))
        self.coach_button.setToolTip(self.tr("Palaa asiakaslistaan (vaatii tunnuslauseen)"))
        self.coach_button.clicked.connect(self.request_exit)
        top = QHBoxLayout()
        top.addWidget(heading(title, 20), 1)
        top.addWidget(self.coach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(top)
        scroll = QScrollArea()  # at 200 % on a small screen the task scrolls rather than leaving the screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)
        name_inner_fields(self)

    def show_done(self, message: str) -> None:
        self.done_label.setText(message)
        self.stack.setCurrentWidget(self.done_page)

    def request_exit(self) -> None:
        """Ask the coach's passphrase or PIN (checked in the background); once confirmed, close the
        hand-over and give the caseload back. The open check is `coach_check` while it is shown."""
        if self.coach_check is not None and self.coach_check.isVisible():
            self.coach_check.raise_()
            return
        self.coach_check = CoachCheckDialog(self.session, self)
        self.coach_check.accepted.connect(self._coach_confirmed)
        self.coach_check.open()

    def _coach_confirmed(self) -> None:
        self.leaving = True
        self.close()

    def force_close(self) -> None:
        """Close without asking and without giving anything back (the vault is being locked)."""
        self._silent = True
        self.leaving = True
        if self.coach_check is not None:
            self.coach_check.reject()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        if not self.leaving:
            event.ignore()
            self.request_exit()
            return
        event.accept()
        if not self._silent:
            self.coach_returned.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.request_exit()
            return
        super().keyPressEvent(event)


def open_handover(session: Session, content: QWidget, title: str) -> HandoverWindow:
    """Start hand-over: full screen, audited, announced (events().handover_started) so that the main
    window hides the caseload until the coach returns."""
    session.audit.record("handover.start")
    window = HandoverWindow(session, content, title)
    events().handover_started.emit(window)
    window.showFullScreen()
    return window
