"""Asetukset: passphrase, the not-met interval, automatic locking, backing up the vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.services.backup import BACKUP_SUFFIX, make_backup
from omavalmentaja.services.passphrase import change_passphrase
from omavalmentaja.services.session import Session
from omavalmentaja.services.settings import coach_name, idle_lock_minutes, set_coach_name, set_idle_lock_minutes
from omavalmentaja.services.today import not_met_days, set_not_met_days
from omavalmentaja.ui.events import events
from omavalmentaja.ui.language_setting import LanguageBox
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.pin_setting import PinBox
from omavalmentaja.ui.quick_unlock_setting import QuickUnlockBox
from omavalmentaja.ui.retention_box import RetentionBox
from omavalmentaja.ui.service_model_setting import ServiceModelBox
from omavalmentaja.ui.widgets import PassphraseField, heading, name_inner_fields, show_error


class SettingsPage(QScrollArea):
    """Scrolls: on a 768-pixel screen the groups are taller than the window."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.not_met = QSpinBox()
        self.not_met.setRange(1, 365)
        self.not_met.setSuffix(self.tr(" päivää"))
        self.not_met.setValue(not_met_days(session))
        self.not_met.valueChanged.connect(lambda days: set_not_met_days(session, days))
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(idle_lock_minutes(session))
        self.idle.valueChanged.connect(self._set_idle)
        self.coach_name = QLineEdit(coach_name(session))
        self.coach_name.setPlaceholderText(self.tr("Etunimi Sukunimi"))
        self.coach_name.setToolTip(self.tr("Nimesi tapahtumalokissa, tulostetuissa suunnitelmissa, "
                                           "allekirjoituksissa ja toimiston listoissa"))
        self.coach_name.editingFinished.connect(self._save_coach_name)
        work = QGroupBox(self.tr("Työskentely"))
        form = QFormLayout(work)
        form.addRow(self.tr("Valmentajan nimi"), self.coach_name)
        form.addRow(self.tr("Muistuta, jos asiakasta ei ole tavattu"), self.not_met)
        form.addRow(self.tr("Lukitse, kun ohjelmaa ei ole käytetty"), self.idle)
        self.old = PassphraseField(self.tr("Nykyinen tunnuslause"))
        self.new = PassphraseField(self.tr("Uusi tunnuslause"), with_strength=True)
        self.again = PassphraseField(self.tr("Uusi tunnuslause uudelleen"))
        self.change_button = QPushButton(self.tr("Vaihda tunnuslause"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.result = QLabel("")
        secret = QGroupBox(self.tr("Tunnuslause"))
        secret_form = QFormLayout(secret)
        secret_form.addRow(self.tr("Nykyinen"), self.old)
        secret_form.addRow(self.tr("Uusi"), self.new)
        secret_form.addRow(self.tr("Toista"), self.again)
        secret_form.addRow("", self.change_button)
        secret_form.addRow("", self.result)
        content = QWidget()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.not_met.lineEdit().setAccessibleName(self.tr("Muistuta, jos asiakasta ei ole tavattu"))
        self.idle.lineEdit().setAccessibleName(self.tr("Lukitse, kun ohjelmaa ei ole käytetty"))
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Asetukset"), 18))
        layout.addWidget(work)
        layout.addWidget(LanguageBox(session))
        layout.addWidget(ServiceModelBox(session))
        self.retention_box = RetentionBox(session)
        layout.addWidget(self.retention_box)
        layout.addWidget(secret)
        layout.addWidget(PinBox(session))
        layout.addWidget(QuickUnlockBox(session))
        layout.addWidget(self._backup_box())
        layout.addStretch(1)
        name_inner_fields(content)

    def _save_coach_name(self) -> None:
        if self.coach_name.text().strip() == coach_name(self.session):
            return
        try:
            set_coach_name(self.session, self.coach_name.text())
        except Exception as exc:
            self.coach_name.setText(coach_name(self.session))
            show_error(self, exc)

    def _set_idle(self, minutes: int) -> None:
        set_idle_lock_minutes(self.session, minutes)
        events().settings_changed.emit("idle_lock_minutes")

    def change_passphrase(self) -> None:
        from omavalmentaja.errors import UserError

        if self.new.text() != self.again.text():
            show_error(self, UserError("common.text", self.tr("Uudet tunnuslauseet eivät täsmää.")))
            return
        session, old, new = self.session, self.old.text(), self.new.text()
        self.change_button.setEnabled(False)
        operations().run(lambda task: change_passphrase(session, old, new), on_done=self._passphrase_changed,
                         on_error=self._passphrase_refused, label=self.tr("Vaihdetaan tunnuslausetta…"),
                         parent=self, name="vault.passphrase")

    def _passphrase_changed(self, _: object) -> None:
        self.change_button.setEnabled(True)  # the service wrote the audit entry into the rekeyed database
        for field in (self.old, self.new, self.again):
            field.clear()
        self.result.setText(self.tr("Tunnuslause vaihdettu."))

    def _passphrase_refused(self, error: Exception) -> None:
        self.change_button.setEnabled(True)
        show_error(self, error)

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Varmuuskopio"))
        text = QLabel(self.tr("Salattu kopio koko holvista yhteen tiedostoon. Sen avaa holvin nykyinen "
                              "tunnuslause; palautus tehdään komennolla omavalmentaja restore."))
        text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Varmuuskopioi…"))
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.backup_result = QLabel("")
        self.backup_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.backup_result)
        return box

    def choose_backup_file(self) -> None:
        suggested = Path.home() / f"omavalmentaja-{dt.date.today().isoformat()}{BACKUP_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna varmuuskopio"), str(suggested),
                                              self.tr("Varmuuskopio") + f" (*{BACKUP_SUFFIX})")
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Varmuuskopio"), self.tr("Holvin tunnuslause:"),
                                              QLineEdit.EchoMode.Password)
        if ok:
            self.backup_to(Path(path), passphrase)

    def backup_to(self, path: Path, passphrase: str) -> None:
        """The file dialog has already asked before replacing an existing file."""
        session = self.session
        self.backup_button.setEnabled(False)

        def done(result: Any) -> None:
            self._backup_finished()
            self.backup_result.setText(self.tr("Varmuuskopio tallennettu: %1 (%2 Mt)")
                                       .replace("%1", str(result.path))
                                       .replace("%2", f"{result.size / 1_000_000:.1f}".replace(".", ",")))

        def failed(exc: Exception) -> None:
            self._backup_finished()
            show_error(self, exc)

        operations().run(lambda task: make_backup(session, path, passphrase, overwrite=True), on_done=done,
                         on_error=failed, label=self.tr("Tehdään varmuuskopiota…"), parent=self, name="backup")

    def _backup_finished(self) -> None:
        self.backup_button.setEnabled(True)
