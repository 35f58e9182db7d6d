""""Unohtuiko tunnuslause?": the coach's side of recovery through the office (docs/recovery.md).

Step 1 writes a request file for the office and shows the request code to read on the phone; step 2 takes
the office's answer and a new passphrase (twice), and opens the vault rekeyed under it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.messages import render
from omavalmentaja.services import recovery
from omavalmentaja.services.session import Session
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.widgets import PassphraseField, show_error


class RecoveryDialog(QDialog):
    recovered = Signal(object)  # the unlocked Session

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Unohtunut tunnuslause"))
        intro = QLabel(self.tr("1. Tee palautuspyyntö ja toimita se toimistoon. Toimisto soittaa sinulle ja "
                               "tarkistaa pyynnön tunnisteen.\n2. Kun saat toimiston vastauksen, valitse se ja "
                               "anna uusi tunnuslause. Vastaus toimii kerran ja vain tällä koneella."))
        intro.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Tee palautuspyyntö…"))
        self.request_button.clicked.connect(self.choose_request_file)
        self.code = QLabel("")
        self.code.setWordWrap(True)
        self.new = PassphraseField(self.tr("Uusi tunnuslause"), with_strength=True)
        self.again = PassphraseField(self.tr("Uusi tunnuslause uudelleen"))
        self.apply_button = QPushButton(self.tr("Käytä toimiston vastaus…"))
        self.apply_button.clicked.connect(self.choose_answer_file)
        layout = QVBoxLayout(self)
        for widget in (intro, self.request_button, self.code, self.new, self.again, self.apply_button):
            layout.addWidget(widget)
        self.resize(520, 360)

    def choose_request_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Palautuspyyntö"),
                                              str(Path.home() / "palautuspyynto.omvrecovery"))
        if path:
            self.write_request(Path(path))

    def write_request(self, path: Path) -> None:
        try:
            result = recovery.write_request(self.folder, path)
        except Exception as exc:
            show_error(self, exc)
            return
        self.code.setText(render("keys.recovery_request_written", result.path, result.device_id, result.fingerprint))

    def choose_answer_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Toimiston vastaus"), str(Path.home()))
        if path:
            self.apply_answer(Path(path))

    def apply_answer(self, path: Path) -> None:
        if self.new.text() != self.again.text():
            show_error(self, UserError("common.text", self.tr("Uudet tunnuslauseet eivät täsmää.")))
            return
        new = self.new.text()
        self.apply_button.setEnabled(False)
        operations().run(lambda task: recovery.apply_answer(self.folder, path, new), on_done=self._applied,
                         on_error=self._failed, label=self.tr("Salataan holvia uudella avaimella…"), parent=self,
                         name="recovery.apply")

    def _applied(self, session: Session) -> None:
        self.new.clear()
        self.again.clear()
        self.recovered.emit(session)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.apply_button.setEnabled(True)
        show_error(self, error)
