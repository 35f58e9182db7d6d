"""The Ohje menu's dialogs: the coaches' user guide (docs/*.md shown as rendered Markdown) and About (version,
the bundled parts' licences, where the data folder is). Imported when one is opened (ui/about.py)."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from omavalmentaja import __version__
from omavalmentaja.assets import docs_dir
from omavalmentaja.ui.i18n import current_language

# The parts the built program carries, with their licences as their own package metadata gives them
# (tests/test_help_menu.py compares this list with the installed packages' metadata).
BUNDLED_PARTS = (
    ("Qt %1 / PySide6 %2", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLCipher", "", "BSD-3-Clause (Zetetic LLC)"),
    ("sqlcipher3", "sqlcipher3", "zlib"),
    ("ReportLab", "reportlab", "BSD"),
    ("rl-accel (ReportLab)", "rl-accel", "BSD"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("uharfbuzz", "uharfbuzz", "Apache-2.0"),
    ("HarfBuzz (in uharfbuzz)", "", "MIT (\"Old MIT\")"),
    ("holidays", "holidays", "MIT"),
    ("DejaVu Sans", "", "Bitstream Vera Fonts licence (resources/fonts/LICENSE-DejaVu.txt)"),
    ("Python", "", "PSF-2.0"),
)
GUIDES = {"fi": "kayttoopas.md", "sv": "anvandarguide.md", "en": "user-guide.md"}


def guide_path(language: str) -> Path:
    return docs_dir() / GUIDES.get(language, GUIDES["fi"])


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Käyttöopas"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_path(language or current_language()).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        from html import escape

        super().__init__(parent)
        self.setWindowTitle(self.tr("Tietoja Omavalmentajasta"))
        version = self.tr("Versio %1").replace("%1", __version__)
        title = QLabel(f"<b style='font-size: 16pt'>Omavalmentaja</b><br>{escape(version)}")
        folder = QLabel(self.tr("Tietokansio: ") + escape(str(data_folder)))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parts = QTextBrowser()
        self.parts.setHtml(self._parts_html())
        self.parts.setMinimumHeight(240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(folder)
        layout.addWidget(QLabel(self.tr("Ohjelman mukana toimitetut osat ja niiden lisenssit:")))
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        self.resize(580, 580)  # the whole list without scrolling; fits a 1280×720 screen

    def _parts_html(self) -> str:
        from html import escape

        rows = []
        for name, _distribution, licence in BUNDLED_PARTS:
            shown = name.replace("%1", qVersion()).replace("%2", PySide6.__version__)
            rows.append(f"<tr><td>{escape(shown)}</td><td>{escape(licence)}</td></tr>")
        note = self.tr("Qt-kirjastot ovat ohjelmakansiossa erillisinä tiedostoina, joten ne voi vaihtaa "
                       "(LGPL-3.0).")
        return ("<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
                f"<p>{escape(note)}</p>")
