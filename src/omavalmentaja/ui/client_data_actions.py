"""The client's own data on the profile tab: export everything held on them (GDPR access), and erase them
for good (GDPR erasure, end of retention) after the coach types the last name and a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja import messages
from omavalmentaja.domain.retention import ErasureReason
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.client_export import export_client
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.events import events
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.pdf_open import remove_viewed_pdfs, view_folder
from omavalmentaja.ui.theme import tone


class ErasureDialog(QDialog):
    """Asks for the client's last name, typed, and a reason; only then can the erasure be confirmed."""

    def __init__(self, last_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Poista asiakas pysyvästi"))
        self.last_name = last_name
        warning = QLabel(self.tr(
            "Kaikki asiakkaan tiedot poistetaan tästä laitteesta pysyvästi: perustiedot, arviot, tapaamiset, "
            "kyselyt ja suunnitelmat allekirjoituksineen. Toimisto saa poiston tiedon seuraavassa synkronoinnissa "
            "ja päättää oman kopionsa poistamisesta. Poistoa ei voi perua.\n\nPoistaa saa vain laillisella "
            "perusteella: asiakkaan pyyntö ei yksin riitä, koska tiedot säilytetään lain nojalla.\n\n"
            "Vahvista kirjoittamalla asiakkaan sukunimi."))
        warning.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Sukunimi"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Poiston peruste"))
        self.reason.addItem(self.tr("– valitse –"), None)
        for code in ErasureReason:
            self.reason.addItem(messages.render(f"label.erasure_reason.{code.value}"), code.value)
        self.reason.setCurrentIndex(0)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm = self.buttons.addButton(self.tr("Poista pysyvästi"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setStyleSheet("background: #b3261e; color: white; font-weight: bold; padding: 4px 12px;")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Asiakkaan sukunimi"), self.name)
        form.addRow(self.tr("Poiston peruste"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(520)
        warning.setMinimumWidth(500)  # a wrapped label gets its full height only with a known width
        self.adjustSize()

    def reason_code(self) -> ErasureReason | None:
        code = self.reason.currentData()
        return ErasureReason(code) if code else None

    def _update(self) -> None:
        typed = self.name.text().strip().casefold()
        self.confirm.setEnabled(typed == self.last_name.strip().casefold() and self.reason_code() is not None)


class ClientDataActions(QWidget):
    """Two buttons: "Vie asiakkaan tiedot…" and "Poista asiakas pysyvästi…"."""

    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.last_export: Path | None = None
        self.export_button = QPushButton(self.tr("Vie asiakkaan tiedot…"))
        self.export_button.setToolTip(self.tr("Kaikki asiakkaasta tallennettu kansioon: PDF-yhteenveto, "
                                              "JSON-tiedosto ja allekirjoitukset (tietopyyntö)"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.erase_button = QPushButton(self.tr("Poista asiakas pysyvästi…"))
        self.erase_button.setStyleSheet(f"color: {tone('danger')};")
        self.erase_button.clicked.connect(self.ask_erasure)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addStretch(1)
        layout.addWidget(self.erase_button)

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Valitse kansio, johon tiedot viedään"),
                                                  str(Path.home()))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, parent_folder: Path) -> None:
        """Into a new folder inside the chosen one, named by the date and the start of the client id."""
        target = parent_folder / f"asiakastiedot-{dt.date.today().isoformat()}-{self.ctx.client_id[:8]}"

        def done(result: Any) -> None:
            self.last_export = result.folder
            QMessageBox.information(self, self.tr("Tiedot viety"), self.tr(
                "Asiakkaan tiedot (%1 tietuetta) on viety kansioon\n%2\n\nToimita ne asiakkaalle turvallisesti.")
                .replace("%1", str(result.records)).replace("%2", str(result.folder)))

        operations().run(lambda task: export_client(self.ctx.session, self.ctx.client_id, target), on_done=done,
                         label=self.tr("Viedään asiakkaan tietoja…"), parent=self, name="client.export")

    def ask_erasure(self) -> None:
        client = self.ctx.session.clients.get(self.ctx.client_id)
        dialog = ErasureDialog(client.last_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.reason_code()
            if reason is not None:
                self.erase(reason)

    def erase(self, reason: ErasureReason) -> None:
        session, client_id = self.ctx.session, self.ctx.client_id

        def done(result: Any) -> None:
            remove_viewed_pdfs(view_folder(session.vault.folder))  # a plan PDF opened for viewing goes too
            top = self.window()
            events().client_erased.emit(client_id)  # the client view drops this tab with the rest
            QMessageBox.information(top, self.tr("Asiakas poistettu"), self.tr(
                "Asiakas ja kaikki hänen tietonsa (%1 tietuetta) on poistettu pysyvästi.")
                .replace("%1", str(result.records)))

        operations().run(lambda task: erase_client(session, client_id, reason), on_done=done,
                         label=self.tr("Poistetaan asiakkaan tietoja…"), parent=self, name="client.erase")
