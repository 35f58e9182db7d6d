"""Asetukset → PIN-koodi: a short code for leaving hand-over mode, set with the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.services.coach_pin import MAX_FAILURES, clear_pin, pin_usable, set_pin
from omavalmentaja.services.session import Session
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.widgets import PassphraseField, pin_edit, show_error


class PinBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("PIN-koodi asiakkaan näkymästä poistumiseen"))
        self.pin = pin_edit(self.tr("4–8 numeroa"))
        self.again = pin_edit()
        self.passphrase = PassphraseField(self.tr("Tunnuslause vahvistukseksi"))
        self.set_button = QPushButton(self.tr("Aseta PIN-koodi"))
        self.set_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Poista PIN-koodi"))
        self.clear_button.clicked.connect(self.remove)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        explanation = self.tr("Asiakkaalle annetusta näkymästä (kysely, allekirjoitus) voi palata PIN-koodilla. "
                              "%1 väärää yritystä lukitsee koodin, minkä jälkeen tarvitaan tunnuslause.")
        intro = QLabel(explanation.replace("%1", str(MAX_FAILURES)))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("PIN-koodi"), self.pin)
        form.addRow(self.tr("Toista"), self.again)
        form.addRow(self.tr("Tunnuslause"), self.passphrase)
        form.addRow("", buttons)
        form.addRow("", self.state)
        self._show_state()

    def _show_state(self) -> None:
        usable = pin_usable(self.session)
        self.state.setText(self.tr("PIN-koodi on käytössä.") if usable else self.tr("PIN-koodia ei ole asetettu."))
        self.clear_button.setEnabled(usable)

    def save(self) -> None:
        if self.pin.text() != self.again.text():
            show_error(self, UserError("common.text", self.tr("PIN-koodit eivät täsmää.")))
            return
        passphrase, pin = self.passphrase.text(), self.pin.text()
        self.passphrase.clear()
        self.set_button.setEnabled(False)
        operations().run(lambda task: set_pin(self.session, passphrase, pin), on_done=self._saved,
                         on_error=self._refused, parent=self, name="pin.set")

    def _saved(self, _: object) -> None:
        self.set_button.setEnabled(True)
        self.pin.clear()
        self.again.clear()
        self._show_state()

    def _refused(self, error: Exception) -> None:
        self.set_button.setEnabled(True)
        show_error(self, error)

    def remove(self) -> None:
        clear_pin(self.session)
        self._show_state()
