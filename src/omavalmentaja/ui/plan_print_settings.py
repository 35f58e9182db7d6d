"""What printed plans carry in their header: the municipality's name and logo, and the coach's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from omavalmentaja.errors import UserError
from omavalmentaja.services.files import read_bounded
from omavalmentaja.services.plan_settings import MAX_LOGO_BYTES, PrintSettings, load_print_settings, save_print_settings
from omavalmentaja.services.session import Session
from omavalmentaja.ui.widgets import show_error


class PrintSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Tulosteen asetukset"))
        settings = load_print_settings(session)
        self.logo_png = settings.logo_png
        self.municipality = QLineEdit(settings.municipality_name)
        self.municipality.setPlaceholderText(self.tr("Esim. Kajaanin kaupunki, työllisyyspalvelut"))
        self.coach_name = QLineEdit(settings.coach_name)
        self.coach_name.setPlaceholderText(self.tr("Nimesi tulosteissa ja allekirjoituksissa"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Valitse PNG…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Poista logo"))
        remove.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kunta tai palvelu"), self.municipality)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Valmentajan nimi"), self.coach_name)
        form.addRow(buttons)
        self._set_logo(self.logo_png)

    def _set_logo(self, data: bytes | None) -> None:
        self.logo_png = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(ei logoa)"))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Valitse logo"), str(Path.home()),
                                              self.tr("PNG-kuva (*.png)"))
        if name:
            try:
                self._set_logo(read_bounded(Path(name), MAX_LOGO_BYTES))
            except UserError as exc:
                show_error(self, exc)

    def save(self) -> None:
        try:
            save_print_settings(self.session, PrintSettings(self.municipality.text(), self.logo_png,
                                                            self.coach_name.text()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
