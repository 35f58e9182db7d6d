"""Asetukset → Pika-avaus: the PIN together with the OS keyring opens the vault (services/quick_unlock.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.messages import render
from omavalmentaja.services import quick_unlock
from omavalmentaja.services.session import Session
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.widgets import PassphraseField, pin_edit, show_error


class QuickUnlockBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Pika-avaus tällä koneella"))
        intro = QLabel(self.tr("Holvin voi avata PIN-koodilla, kun koneen oma avainnippu on käytettävissä. "
                               "Sama PIN-koodi palauttaa asiakkaan näkymästä. Viisi väärää yritystä poistaa "
                               "pika-avauksen, minkä jälkeen tarvitaan tunnuslause."))
        intro.setWordWrap(True)
        self.pin = pin_edit(self.tr("4–8 numeroa"))
        self.pin.setAccessibleName(self.tr("Pika-avauksen PIN-koodi"))
        self.again = pin_edit()
        self.again.setAccessibleName(self.tr("PIN-koodi uudelleen"))
        self.passphrase = PassphraseField(self.tr("Tunnuslause vahvistukseksi"))
        self.enable_button = QPushButton(self.tr("Ota pika-avaus käyttöön"))
        self.enable_button.clicked.connect(self.enable)
        self.disable_button = QPushButton(self.tr("Poista pika-avaus käytöstä"))
        self.disable_button.clicked.connect(self.disable)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enable_button)
        buttons.addWidget(self.disable_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("PIN-koodi"), self.pin)
        form.addRow(self.tr("Toista"), self.again)
        form.addRow(self.tr("Tunnuslause"), self.passphrase)
        form.addRow("", buttons)
        form.addRow("", self.state)
        self.show_state()

    def show_state(self) -> None:
        on = quick_unlock.enabled(self.session)
        reason = None if on else quick_unlock.unavailable_reason()
        if reason is not None:
            self.state.setText(render(reason))
        else:
            self.state.setText(self.tr("Pika-avaus on käytössä.") if on else self.tr("Pika-avaus ei ole käytössä."))
        for widget in (self.pin, self.again, self.passphrase, self.enable_button):
            widget.setEnabled(reason is None)
        self.disable_button.setEnabled(on)

    def enable(self) -> None:
        if self.pin.text() != self.again.text():
            show_error(self, UserError("common.text", self.tr("PIN-koodit eivät täsmää.")))
            return
        passphrase, pin = self.passphrase.text(), self.pin.text()
        self.passphrase.clear()
        self.enable_button.setEnabled(False)
        operations().run(lambda task: quick_unlock.enable(self.session, passphrase, pin), on_done=self._enabled,
                         on_error=self._failed, label=self.tr("Otetaan pika-avausta käyttöön…"), parent=self,
                         name="quick_unlock.enable")

    def _enabled(self, _result: object) -> None:
        self.pin.clear()
        self.again.clear()
        self.show_state()

    def _failed(self, error: Exception) -> None:
        self.show_state()
        show_error(self, error)

    def disable(self) -> None:
        quick_unlock.disable(self.session)
        self.show_state()
