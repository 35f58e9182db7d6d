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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.errors import UserError
from omavalmentaja.services.coach_pin import has_pin, looks_like_pin, reset_failures, verify_pin
from omavalmentaja.services.session import Session
from omavalmentaja.ui.widgets import PassphraseField, heading

HANDOVER_STYLE = """
#handover { background: #fbfbf8; }
#handover QLabel { font-size: 22px; color: #111; }
#handover QPushButton { font-size: 22px; min-height: 56px; padding: 6px 22px; }
#handover QRadioButton, #handover QCheckBox { font-size: 22px; min-height: 48px; }
#handover QLineEdit, #handover QTextEdit, #handover QPlainTextEdit, #handover QSpinBox { font-size: 22px; }
"""


class CoachCheckDialog(QDialog):
    """Asks the coach's passphrase; accepted only when the vault confirms it."""

    def __init__(self, session: Session, parent: QWidget | None = None, prompt: str | None = None,
                 audit_action: str = "handover.exit") -> None:
        super().__init__(parent)
        self.session = session
        self.audit_action = audit_action
        self.setWindowTitle(self.tr("Valmentajan tunnistus"))
        self.field = PassphraseField(self.tr("Valmentajan tunnuslause tai PIN-koodi"))
        self.message = QLabel("")
        self.message.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt or self.tr("Palataksesi asiakaslistaan anna tunnuslauseesi.")))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _check(self) -> None:
        """A PIN (4–8 digits, where the coach has set one) or the passphrase."""
        text = self.field.text()
        try:
            if looks_like_pin(text) and has_pin(self.session):  # a locked PIN says so rather than "wrong"
                confirmed = verify_pin(self.session, text)
            else:
                confirmed = self.session.vault.verify_passphrase(text)
                if confirmed:
                    reset_failures(self.session)
        except UserError as exc:
            confirmed = False
            self.message.setText(str(exc))
        else:
            self.message.setText("" if confirmed else self.tr("Väärä tunnuslause tai PIN-koodi."))
        if confirmed:
            self.session.audit.record(self.audit_action)
            self.accept()
        else:
            self.field.clear()


class HandoverWindow(QWidget):
    coach_returned = Signal()

    def __init__(self, session: Session, content: QWidget, title: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("handover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(HANDOVER_STYLE)
        self.setWindowTitle(title)
        self._leaving = False
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
        layout.addWidget(self.stack, 1)

    def show_done(self, message: str) -> None:
        self.done_label.setText(message)
        self.stack.setCurrentWidget(self.done_page)

    def _coach_confirms(self) -> bool:
        return CoachCheckDialog(self.session, self).exec() == QDialog.DialogCode.Accepted

    def request_exit(self) -> bool:
        """Ask the coach's passphrase; on success close the hand-over and give the caseload back."""
        if not self._coach_confirms():
            return False
        self._leaving = True
        self.close()
        return True

    def force_close(self) -> None:
        """Close without asking and without giving anything back (the vault is being locked)."""
        self._silent = True
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        if not self._leaving and not self._coach_confirms():
            event.ignore()
            return
        self._leaving = True
        event.accept()
        if not self._silent:
            self.coach_returned.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.request_exit()
            return
        super().keyPressEvent(event)
