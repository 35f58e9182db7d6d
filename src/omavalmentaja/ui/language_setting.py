"""The UI language choice on the settings page, stored in the vault; it takes effect at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from omavalmentaja.services.session import Session
from omavalmentaja.services.settings import set_ui_language, ui_language

# Each language is named in itself, so a coach who cannot read the current language still finds their own.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class LanguageBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kieli"), parent)
        self.session = session
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Järjestelmän kieli"), "")
        for code, name in LANGUAGE_NAMES:
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(ui_language(session))))
        self.choice.currentIndexChanged.connect(self._save)
        self.note = QLabel(self.tr("Valittu kieli otetaan käyttöön, kun ohjelma käynnistetään seuraavan kerran."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Käyttöliittymän kieli"), self.choice)
        form.addRow(self.note)

    def _save(self) -> None:
        set_ui_language(self.session, self.choice.currentData())
