"""Asetukset → Pika-avaus: the PIN together with the OS keyring opens the vault (services/quick_unlock.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from omavalmentaja.messages import render
from omavalmentaja.services import quick_unlock
from omavalmentaja.services.session import Session
from omavalmentaja.ui.pin_form import PinForm


class QuickUnlockBox(PinForm):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Pika-avaus tällä koneella"),
                         self.tr("Holvin voi avata PIN-koodilla, kun koneen oma avainnippu on käytettävissä. "
                                 "Sama PIN-koodi palauttaa asiakkaan näkymästä. Viisi väärää yritystä poistaa "
                                 "pika-avauksen, minkä jälkeen tarvitaan tunnuslause."),
                         self.tr("Ota pika-avaus käyttöön"), self.tr("Poista pika-avaus käytöstä"), parent)
        self.pin.setAccessibleName(self.tr("Pika-avauksen PIN-koodi"))
        self.again.setAccessibleName(self.tr("PIN-koodi uudelleen"))
        self.show_state()

    def show_state(self) -> None:
        on = quick_unlock.enabled(self.session)
        reason = None if on else quick_unlock.unavailable_reason()
        if reason is not None:
            self.state.setText(render(reason))
        else:
            self.state.setText(self.tr("Pika-avaus on käytössä.") if on else self.tr("Pika-avaus ei ole käytössä."))
        for widget in (self.pin, self.again, self.passphrase, self.set_button):
            widget.setEnabled(reason is None)
        self.remove_button.setEnabled(on)

    def set_pin(self) -> None:
        self.run_set(lambda passphrase, pin: quick_unlock.enable(self.session, passphrase, pin),
                     name="quick_unlock.enable", label=self.tr("Otetaan pika-avausta käyttöön…"))

    def remove_pin(self) -> None:
        quick_unlock.disable(self.session)
        self.show_state()
