"""The plan tab: versions (history stays readable), the draft editor with autosave, signing in hand-over
mode, and the PDF (save where the coach chooses, or open in the system viewer from a private folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.dates import format_datetime
from omavalmentaja.domain.plan import PlanContent, PlanVersion
from omavalmentaja.services import plans
from omavalmentaja.services.settings import coach_name
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.pdf_open import open_in_viewer, write_for_viewing
from omavalmentaja.ui.plan_form import PlanForm
from omavalmentaja.ui.plan_print_settings import PrintSettingsDialog
from omavalmentaja.ui.plan_signing import PlanSigningView
from omavalmentaja.ui.tab_strip import FlowLayout
from omavalmentaja.ui.theme import icon
from omavalmentaja.ui.widgets import show_error

TAB_ORDER = 40
TAB_TITLE = "Suunnitelma"
AUTOSAVE_MS = 3000


class PlanTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = ctx.session
        self.history: list[PlanVersion] = []
        self._dirty = False
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._show_selected)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        signature_row = QWidget()  # who signed: wraps in a narrow window
        self.signatures = FlowLayout(signature_row, spacing=16)
        policy = signature_row.sizePolicy()
        policy.setHeightForWidth(True)
        signature_row.setSizePolicy(policy)
        self.form = PlanForm()
        self.form.edited.connect(self._mark_dirty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Tallenna luonnos"))
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("Muokkaa (uusi luonnos)"))
        self.edit_button.clicked.connect(self.edit_signed)
        self.sign_button = QPushButton(self.tr("Allekirjoitukseen…"))
        self.sign_button.setToolTip(self.tr("Näyttää suunnitelman asiakkaalle koko näytöllä allekirjoitettavaksi"))
        self.sign_button.clicked.connect(self.start_signing)
        self.delete_button = QPushButton(self.tr("Poista luonnos"))
        self.delete_button.clicked.connect(self.delete_draft)
        self.settings_button = QPushButton(self.tr("Tulosteen asetukset…"))
        self.settings_button.clicked.connect(lambda: PrintSettingsDialog(self.session, self).exec())
        self.save_pdf_button = QPushButton(self.tr("Tallenna PDF…"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.open_pdf_button = QPushButton(self.tr("Avaa PDF"))
        self.open_pdf_button.clicked.connect(self.open_pdf)
        top = QHBoxLayout()
        version_label = QLabel(self.tr("Versio:"))
        version_label.setBuddy(self.chooser)  # screen readers say the label with the box
        top.addWidget(version_label)
        top.addWidget(self.chooser, 1)
        button_row = QWidget()  # wraps onto a second row in a narrow window
        buttons = FlowLayout(button_row)
        for button in (self.save_button, self.edit_button, self.sign_button, self.delete_button,
                       self.settings_button, self.save_pdf_button, self.open_pdf_button):
            buttons.addWidget(button)
        policy = button_row.sizePolicy()
        policy.setHeightForWidth(True)
        button_row.setSizePolicy(policy)
        self.save_button.setIcon(icon("save"))
        self.sign_button.setIcon(icon("sign"))
        self.save_pdf_button.setIcon(icon("pdf"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(signature_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(button_row)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        self.reload()

    # --- versions ------------------------------------------------------------------------------------
    def reload(self, select_id: str = "") -> None:
        self.history = plans.versions(self.session, self.ctx.client_id)
        latest_signed = next((v.id for v in self.history if v.is_signed), "")
        self.chooser.blockSignals(True)
        self.chooser.clear()
        if not self.history or self.history[0].is_signed:
            self.chooser.addItem(self.tr("Uusi luonnos"), "")
        for version in self.history:
            label = self.tr("Versio ") + str(version.number) + " – " + code_label(
                "version_status", version.status)
            if version.signed_at:
                label += " " + format_datetime(version.signed_at)
            if version.id == latest_signed:
                label += self.tr(" (voimassa)")
            self.chooser.addItem(label, version.id)
        index = self.chooser.findData(select_id) if select_id else -1
        if index < 0:
            draft_first = bool(self.history) and not self.history[0].is_signed
            index = self.chooser.findData(self.history[0].id) if draft_first else (1 if self.history else 0)
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        self._show_selected()

    def selected(self) -> PlanVersion | None:
        chosen = self.chooser.currentData()
        return next((v for v in self.history if v.id == chosen), None)

    def _editing_draft(self) -> bool:
        version = self.selected()
        return version is None or not version.is_signed

    def _show_selected(self) -> None:
        version = self.selected()
        restored = plans.load_autosaved_plan(self.session, self.ctx.client_id) if self._editing_draft() else None
        if version is None:
            content = restored or plans.start_draft(self.session, self.ctx.client_id).content
        else:
            content = restored if restored is not None else version.content
        self.form.set_content(content)
        self.form.set_read_only(not self._editing_draft())
        self._dirty = False
        self._update_state(version, restored is not None)

    def _update_state(self, version: PlanVersion | None, restored: bool) -> None:
        editing = self._editing_draft()
        self.save_button.setVisible(editing)
        self.sign_button.setVisible(editing)
        self.edit_button.setVisible(not editing)
        self.delete_button.setVisible(version is not None and not version.is_signed)
        self._show_signatures(version)
        has_plan = bool(self.history)
        self.save_pdf_button.setEnabled(has_plan and version is not None)
        self.open_pdf_button.setEnabled(has_plan and version is not None)
        if version is None:
            text = self.tr("Uusi luonnos. Tallenna, kun tiedot ovat valmiit.")
        elif version.is_signed:
            text = (self.tr("Allekirjoitettu ") + format_datetime(version.signed_at) if version.signed_at else "")
            problems = plans.verify_version(version)
            text += self.tr(" · tarkistuskoodi ") + version.verification_code
            text += self.tr(" · eheys tarkistettu") if not problems else " · " + "; ".join(map(str, problems))
        else:
            text = self.tr("Luonnos – ei vielä allekirjoitettu.")
        if restored:
            text += self.tr(" Palautettu tallentamattomat muutokset.")
        self.status.setText(text)

    def _show_signatures(self, version: PlanVersion | None) -> None:
        """Who signed and when, with the drawn signature as a small picture."""
        while self.signatures.count():
            item = self.signatures.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if version is None or not version.is_signed:
            return
        for signature in version.signatures:
            picture = QLabel()
            pixmap = QPixmap()
            if signature.image_png and pixmap.loadFromData(signature.image_png):
                picture.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
            else:
                picture.setText(self.tr("(vahvistettu tunnuslauseella)"))
            caption = QLabel(code_label("signer_role", signature.role) + ": " + signature.signer_name + "\n"
                             + format_datetime(signature.signed_at))
            self.signatures.addWidget(picture)
            self.signatures.addWidget(caption)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt naming)
        self.autosave()
        super().hideEvent(event)

    # --- editing -------------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if self._editing_draft():
            self._dirty = True

    def autosave(self) -> None:
        if self._dirty and self.session is not None and not self.session.closed:
            plans.autosave_plan_form(self.session, self.ctx.client_id, self.form.content())
            self._dirty = False

    def save(self) -> PlanVersion | None:
        try:
            version = plans.save_plan_form(self.session, self.ctx.client_id, self.form.content())
        except Exception as exc:
            show_error(self, exc)
            return None
        self._dirty = False
        self.reload(version.id)
        return version

    def edit_signed(self) -> None:
        """Editing a signed version starts a new draft from its content; the signed one stays as it was."""
        version = self.selected()
        content = version.content if version else PlanContent()
        self.save_with(content)

    def save_with(self, content: PlanContent) -> None:
        try:
            draft = plans.save_plan_form(self.session, self.ctx.client_id, content)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload(draft.id)

    def delete_draft(self) -> None:
        version = self.selected()
        if version is None or version.is_signed:
            return
        answer = QMessageBox.question(self, self.tr("Poista luonnos"),
                                      self.tr("Poistetaanko luonnos? Allekirjoitetut versiot säilyvät."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            plans.delete_draft(self.session, version.id)
            plans.discard_autosaved_plan(self.session, self.ctx.client_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    # --- signing -------------------------------------------------------------------------------------
    def start_signing(self) -> None:
        draft = self.save()
        if draft is None:
            return
        try:
            plans.check_signable(draft)
        except Exception as exc:
            show_error(self, exc)
            return
        client = self.session.clients.get(self.ctx.client_id)
        coach = coach_name(self.session)
        view = PlanSigningView(self.session, draft, f"{client.first_name} {client.last_name}", coach)
        window = self.ctx.handover(view, self.tr("Suunnitelman allekirjoitus"))
        view.signed.connect(lambda _v: window.show_done(self.tr("Kiitos! Suunnitelma on allekirjoitettu.")))

    # --- PDF -----------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        version = self.selected()
        if version is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna suunnitelma PDF-tiedostoksi"),
                                              str(Path.home() / "suunnitelma.pdf"), self.tr("PDF (*.pdf)"))
        if not name:
            return
        confirmed = name.lower().endswith(".pdf")  # the dialog asked before replacing exactly this name
        out = Path(name if confirmed else name + ".pdf")
        operations().run(
            lambda task: plans.export_plan_pdf(self.session, self.ctx.client_id, out, version.number,
                                               force=confirmed),
            on_done=lambda path: QMessageBox.information(self, self.tr("PDF tallennettu"), str(path)),
            label=self.tr("Tehdään PDF-tiedostoa…"), parent=self, name="plan.pdf")

    def open_pdf(self) -> None:
        version = self.selected()
        if version is None:
            return
        vault_folder = self.session.vault.folder

        def shown(data: bytes) -> None:
            path = write_for_viewing(vault_folder, data)  # removed at lock, at the next unlock, or at exit
            if not open_in_viewer(path):
                QMessageBox.warning(self, self.tr("PDF"), self.tr("PDF-katselinta ei löytynyt."))

        operations().run(lambda task: plans.plan_pdf_bytes(self.session, self.ctx.client_id, version.number),
                         on_done=shown, label=self.tr("Tehdään PDF-tiedostoa…"), parent=self, name="plan.pdf")


def make_tab(ctx: ClientContext) -> QWidget:
    return PlanTab(ctx)
