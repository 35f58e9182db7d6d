"""The unlock screen, and the first-run screen that creates a vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.theme import tone
from omavalmentaja.ui.widgets import PassphraseField, heading, pin_edit

if TYPE_CHECKING:
    from omavalmentaja.services.session import Session


def _quick_unlock_enabled(folder: Path) -> bool:
    """Read from the vault's header alone: the services, the vault and the store's modules are imported when
    the coach unlocks, not before the screen is painted."""
    from omavalmentaja.vault.quick_unlock import enabled_in

    return enabled_in(folder)


class CentredPage(QWidget):
    """A fixed-width column in the middle of the window (unlock, first run)."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QWidget()
        self.box.setFixedWidth(460)  # word-wrapped labels need a definite width to get their height
        self.form = QVBoxLayout(self.box)
        row = QHBoxLayout()  # centred by stretches: an alignment flag would size it by its narrow hint
        row.addStretch(1)
        row.addWidget(self.box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class UnlockPage(CentredPage):
    unlocked = Signal(object)

    def __init__(self, folder: Path, demo_passphrase: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.passphrase = PassphraseField(self.tr("Tunnuslause"))
        self.passphrase.edit.returnPressed.connect(self.unlock)
        self.button = QPushButton(self.tr("Avaa"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.message = QLabel("")
        self.message.setStyleSheet(f"color: {tone('error')};")
        self.message.setWordWrap(True)
        self.form.addWidget(heading(self.tr("Omavalmentaja"), 22))
        self.form.addWidget(QLabel(self.tr("Holvi on lukittu. Anna tunnuslauseesi.")))
        if demo_passphrase:
            demo = QFrame()
            demo.setObjectName("demoPassphrase")
            demo.setStyleSheet(f"#demoPassphrase {{ background: {tone('info_bg')}; }}")
            demo_layout = QVBoxLayout(demo)
            demo_layout.addWidget(QLabel(self.tr("Esittelyholvi: kuvitteellisia asiakkaita.")))
            shown = QLabel(self.tr("Tunnuslause: ") + demo_passphrase)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            demo_layout.addWidget(shown)
            self.form.addWidget(demo)
        self.form.addWidget(self.passphrase)
        self.pin = pin_edit(self.tr("tai PIN-koodi (pika-avaus)"))
        self.pin.setAccessibleName(self.tr("PIN-koodi"))
        self.pin.returnPressed.connect(self.unlock)
        self.pin.setVisible(_quick_unlock_enabled(folder))
        self.form.addWidget(self.pin)
        self.form.addWidget(self.button)
        self.form.addWidget(self.message)
        self.forgot = QPushButton(self.tr("Unohtuiko tunnuslause?"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.open_recovery)
        self.form.addWidget(self.forgot)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.passphrase.setFocus()

    def unlock(self) -> None:
        """With the passphrase if one is typed, else with the PIN (and the OS keyring), off the GUI thread."""
        passphrase, pin = self.passphrase.text(), self.pin.text()
        if not passphrase and not pin:
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Avataan…"))
        from omavalmentaja.services import quick_unlock
        from omavalmentaja.services.session import Session

        unlock = (lambda task: Session.unlock(self.folder, passphrase)) if passphrase else \
            (lambda task: quick_unlock.unlock(self.folder, pin))
        operations().run(unlock, on_done=self._done, on_error=self._failed, parent=self, name="unlock")

    def open_recovery(self) -> None:
        from omavalmentaja.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.folder, self)
        dialog.recovered.connect(self._done)
        dialog.open()

    def _done(self, session: Session) -> None:
        self.passphrase.clear()
        self.pin.clear()
        self.message.setText("")
        self.button.setEnabled(True)
        self.unlocked.emit(session)

    def _failed(self, error: Exception) -> None:
        self.passphrase.clear()
        self.pin.clear()
        self.pin.setVisible(_quick_unlock_enabled(self.folder))  # five wrong PINs removed it
        self.button.setEnabled(True)
        self.message.setText(str(error) if isinstance(error, UserError) else self.tr("Holvia ei voitu avata."))
        self.passphrase.setFocus()


class CreateVaultPage(CentredPage):
    """First run: no vault yet in the data folder."""

    created = Signal(object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.passphrase = PassphraseField(self.tr("Uusi tunnuslause"), with_strength=True)
        self.again = PassphraseField(self.tr("Tunnuslause uudelleen"))
        self.again.edit.returnPressed.connect(self.create)
        self.button = QPushButton(self.tr("Luo holvi"))
        self.button.clicked.connect(self.create)
        self.message = QLabel("")
        self.message.setStyleSheet(f"color: {tone('error')};")
        self.message.setWordWrap(True)
        self.form.addWidget(heading(self.tr("Tervetuloa Omavalmentajaan"), 22))
        intro = QLabel(self.tr("Asiakastiedot tallennetaan salattuun holviin tälle koneelle. Valitse tunnuslause, "
                               "jota ei käytetä muualla. Unohtunutta tunnuslausetta ei voi palauttaa."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.form.addWidget(self.passphrase)
        self.form.addWidget(self.again)
        self.form.addWidget(self.button)
        self.form.addWidget(self.message)

    def create(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.message.setText(self.tr("Tunnuslauseet eivät täsmää."))
            return
        from omavalmentaja.services.session import Session

        passphrase = self.passphrase.text()
        self.button.setEnabled(False)
        operations().run(lambda task: Session.create(self.folder, passphrase), on_done=self._done,
                         on_error=self._failed, parent=self, name="create")

    def _done(self, session: Session) -> None:
        self.passphrase.clear()
        self.again.clear()
        self.created.emit(session)

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self.message.setText(str(error) if isinstance(error, UserError) else self.tr("Holvia ei voitu luoda."))
