"""A PIN chosen twice and confirmed with the passphrase, as Asetukset asks for it twice (the hand-over PIN and
quick unlock): one form and one flow; each box gives its texts, its state and its service calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.services.session import Session
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.widgets import PassphraseField, pin_edit, show_error

translate = QCoreApplication.translate  # one context, PinForm, for both boxes' shared words


class PinForm(QGroupBox):
    """Intro, the PIN and again, the passphrase, a set and a remove button, the state line."""

    def __init__(self, session: Session, title: str, intro: str, set_text: str, remove_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.session = session
        self.pin = pin_edit(translate("PinForm", "4–8 numeroa"))
        self.again = pin_edit()
        self.passphrase = PassphraseField(translate("PinForm", "Tunnuslause vahvistukseksi"))
        self.set_button = QPushButton(set_text)
        self.set_button.clicked.connect(self.set_pin)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.clicked.connect(self.remove_pin)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(translate("PinForm", "PIN-koodi"), self.pin)
        form.addRow(translate("PinForm", "Toista"), self.again)
        form.addRow(translate("PinForm", "Tunnuslause"), self.passphrase)
        form.addRow("", buttons)
        form.addRow("", self.state)

    def show_state(self) -> None:
        raise NotImplementedError

    def remove_pin(self) -> None:
        raise NotImplementedError

    def set_pin(self) -> None:
        raise NotImplementedError

    def run_set(self, work: Callable[[str, str], object], name: str, label: str | None = None) -> None:
        """Check that the PIN was typed the same twice, then run work(passphrase, pin) off the GUI thread (the
        passphrase is checked there); the passphrase field is emptied at once, the PINs once it is done."""
        if self.pin.text() != self.again.text():
            show_error(self, UserError("common.text", translate("PinForm", "PIN-koodit eivät täsmää.")))
            return
        passphrase, pin = self.passphrase.text(), self.pin.text()
        self.passphrase.clear()
        self.set_button.setEnabled(False)
        operations().run(lambda task: work(passphrase, pin), on_done=self._done, on_error=self._refused,
                         label=label, parent=self, name=name)

    def _done(self, _result: object) -> None:
        self.pin.clear()
        self.again.clear()
        self.show_state()

    def _refused(self, error: Exception) -> None:
        self.show_state()
        show_error(self, error)
