"""The first-run guide: the language, the vault and its passphrase, the coach's own name, the office's key file.

Shown instead of the unlock screen while the data folder holds no vault. The language is chosen first and
installed at once, so the later steps are built in it; the vault step is the first-run page that creates a
vault (with the passphrase strength meter). Enrolment calls the same service as the Synkronointi page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.services import sync
from omavalmentaja.services.session import Session
from omavalmentaja.services.settings import set_coach_name, set_ui_language
from omavalmentaja.ui.i18n import current_language, install_language
from omavalmentaja.ui.language_setting import LANGUAGE_NAMES
from omavalmentaja.ui.sync_page import ask_office_fingerprint, fingerprint_label, key_filter
from omavalmentaja.ui.unlock_page import CentredPage, CreateVaultPage
from omavalmentaja.ui.widgets import heading, show_error

STEPS = 4


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class LanguageStep(CentredPage):
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.form.addWidget(heading("Omavalmentaja", 22))
        # before a language is chosen the page cannot be in one: each language names itself
        self.form.addWidget(_paragraph("Valitse kieli · Välj språk · Choose a language"))
        self.buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES:
            button = QPushButton(name)
            button.setMinimumHeight(44)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.form.addWidget(button)
            self.buttons[code] = button
        self.buttons.get(current_language(), self.buttons["fi"]).setDefault(True)


class NameStep(CentredPage):
    done = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form.addWidget(heading(self.tr("Nimesi"), 22))
        self.form.addWidget(_paragraph(self.tr(
            "Nimesi näkyy tapahtumalokissa, tulostetuissa suunnitelmissa, allekirjoituksissa ja toimiston "
            "listoissa. Voit muuttaa sitä myöhemmin kohdassa Asetukset.")))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Etunimi Sukunimi"))
        self.name.setAccessibleName(self.tr("Valmentajan nimi"))
        self.name.setMinimumHeight(34)
        self.button = QPushButton(self.tr("Jatka"))
        self.button.setDefault(True)
        self.button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.button.setEnabled(bool(text.strip())))
        self.name.returnPressed.connect(self.save)
        self.button.clicked.connect(self.save)
        self.form.addWidget(self.name)
        self.form.addWidget(self.button)

    def save(self) -> None:
        if not self.name.text().strip():
            return
        try:
            set_coach_name(self.session, self.name.text())
        except Exception as exc:
            show_error(self, exc)
            return
        self.done.emit()


class EnrolStep(CentredPage):
    done = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form.addWidget(heading(self.tr("Toimiston avain"), 22))
        self.form.addWidget(_paragraph(self.tr(
            "Jos toimisto on antanut sinulle avaintiedoston (.omvkey), rekisteröi se nyt: sen jälkeen voit lähettää "
            "muutokset toimistoon salattuina. Voit tehdä tämän myöhemmin Synkronointi-sivulla.")))
        self.choose = QPushButton(self.tr("Valitse avaintiedosto…"))
        self.choose.clicked.connect(self.choose_file)
        self.result = _paragraph("")
        self.fingerprint = fingerprint_label()
        self.fingerprint.hide()
        self.finish = QPushButton(self.tr("Ohita ja aloita"))
        self.finish.clicked.connect(self.done.emit)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        row.addWidget(self.finish)
        self.form.addLayout(row)
        self.form.addWidget(self.result)
        self.form.addWidget(self.fingerprint)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Toimiston avaintiedosto"), str(Path.home()), key_filter())
        if path:
            self.enrol_from(Path(path))

    def confirm_office_fingerprint(self, fingerprint: str) -> bool:
        return ask_office_fingerprint(self, fingerprint)  # the Synkronointi page's step, in its words

    def enrol_from(self, path: Path) -> None:
        try:
            fingerprint = sync.read_enrolment_file(path).keys.fingerprint
            if not self.confirm_office_fingerprint(fingerprint):
                self.result.setText(QCoreApplication.translate(
                    "CoachSyncPage", "Avainta ei rekisteröity: sormenjälkeä ei vahvistettu."))
                return
            info = sync.enrol(self.session, path, fingerprint=fingerprint)
        except Exception as exc:
            show_error(self, exc)
            return
        self.result.setText(self.tr("Toimisto %1 rekisteröity, sormenjälki:").replace("%1", info.office_name or ""))
        self.fingerprint.setText(info.office_fingerprint or "")
        self.fingerprint.show()
        self.choose.setEnabled(False)
        self.finish.setText(self.tr("Aloita"))
        self.finish.setDefault(True)


class FirstRunGuide(QWidget):
    """Emits created(session) when the coach has gone through every step (the last one can be skipped)."""

    created = Signal(object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.session: Session | None = None
        self.language = current_language()
        self.step_label = QLabel("")
        self.step_label.setObjectName("hint")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.steps = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        language = LanguageStep()
        language.chosen.connect(self._language_chosen)
        self._show(language, 1)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit_before_the_end)

    def _show(self, page: QWidget, number: int) -> None:
        self.steps.addWidget(page)
        self.steps.setCurrentWidget(page)
        self.step_label.setText(self.tr("Käyttöönotto, vaihe %1/%2").replace("%1", str(number))
                                .replace("%2", str(STEPS)))

    def _language_chosen(self, language: str) -> None:
        self.language = install_language(language)
        vault = CreateVaultPage(self.folder)
        vault.created.connect(self._vault_created)
        self._show(vault, 2)
        vault.passphrase.setFocus()

    def _vault_created(self, session: Session) -> None:
        self.session = session
        set_ui_language(session, self.language)
        name = NameStep(session)
        name.done.connect(self._named)
        self._show(name, 3)
        name.name.setFocus()

    def _named(self) -> None:
        assert self.session is not None
        enrol = EnrolStep(self.session)
        enrol.done.connect(self._finished)
        self._show(enrol, 4)

    def _finished(self) -> None:
        session, self.session = self.session, None
        self.created.emit(session)

    def _quit_before_the_end(self) -> None:
        if self.session is not None:  # the vault exists; the next start unlocks it (name and key in Asetukset)
            self.session.close_quietly()
            self.session = None
