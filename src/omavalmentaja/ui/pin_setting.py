"""Asetukset → PIN-koodi: a short code for leaving hand-over mode, set with the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from omavalmentaja.services.coach_pin import MAX_FAILURES, clear_pin, pin_usable, set_pin
from omavalmentaja.services.session import Session
from omavalmentaja.ui.pin_form import PinForm


class PinBox(PinForm):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        explanation = self.tr("Asiakkaalle annetusta näkymästä (kysely, allekirjoitus) voi palata PIN-koodilla. "
                              "%1 väärää yritystä lukitsee koodin, minkä jälkeen tarvitaan tunnuslause.")
        super().__init__(session, self.tr("PIN-koodi asiakkaan näkymästä poistumiseen"),
                         explanation.replace("%1", str(MAX_FAILURES)), self.tr("Aseta PIN-koodi"),
                         self.tr("Poista PIN-koodi"), parent)
        self.show_state()

    def show_state(self) -> None:
        usable = pin_usable(self.session)
        self.state.setText(self.tr("PIN-koodi on käytössä.") if usable else self.tr("PIN-koodia ei ole asetettu."))
        self.set_button.setEnabled(True)
        self.remove_button.setEnabled(usable)

    def set_pin(self) -> None:
        self.run_set(lambda passphrase, pin: set_pin(self.session, passphrase, pin), name="pin.set")

    def remove_pin(self) -> None:
        clear_pin(self.session)
        self.show_state()
