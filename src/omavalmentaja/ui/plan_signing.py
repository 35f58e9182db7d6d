"""The hand-over signing screen: the client sees only this plan, in large type, and signs; then the device
goes back to the coach, who signs too or confirms with the passphrase. Nothing is stored until both have."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.dates import format_date, format_period
from omavalmentaja.domain.plan import PlanStep, PlanVersion
from omavalmentaja.services import plans
from omavalmentaja.services.session import Session
from omavalmentaja.ui.handover import CoachCheckDialog
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.operations import operations
from omavalmentaja.ui.signature_pad import SignaturePad
from omavalmentaja.ui.theme import text_colour, tone
from omavalmentaja.ui.widgets import PassphraseField, heading, show_error

SUMMARY_STYLE = "font-size: 22px;"
SECTION = "<p style='font-size: 24px; font-weight: bold; margin-top: 18px; margin-bottom: 4px;'>{}</p>"


translate = QCoreApplication.translate


def plan_summary_html(version: PlanVersion, client_name: str) -> str:
    """The plan as the client reads it before signing: large, plain, only this plan."""
    content = version.content
    parts = [f"<p style='font-size: 28px; font-weight: bold;'>{escape(client_name)}</p>",
             SECTION.format(translate("plan_summary", "Tavoite")),
             f"<p>{escape(code_label('goal_kind', content.goal_kind))}: {escape(content.goal)}</p>"]
    if content.client_words:
        parts += [SECTION.format(translate("plan_summary", "Omin sanoin")), f"<p>{escape(content.client_words)}</p>"]
    if content.situation:
        parts += [SECTION.format(translate("plan_summary", "Nykytilanne")), f"<p>{escape(content.situation)}</p>"]
    parts.append(SECTION.format(translate("plan_summary", "Vaiheet")) + "<ol>")
    responsible = translate("plan_summary", "Vastuu:")
    by_date = translate("plan_summary", "%1 mennessä")
    grey = tone("secondary")
    for step in content.steps:
        who = code_label("responsible", step.responsible) + (f" ({step.organisation})" if step.organisation else "")
        due = " – " + by_date.replace("%1", format_date(step.due_date)) if step.due_date else ""
        details = [f"{responsible} {who}{due}"] + _service_details(step)
        lines = "".join(f"<br/><span style='color:{grey}'>{escape(line)}</span>" for line in details)
        parts.append(f"<li><b>{escape(code_label('service_kind', step.service))}:</b> {escape(step.description)}"
                     f"{lines}</li>")
    parts.append("</ol>")
    parts += [SECTION.format(translate("plan_summary", "Suunnitelma tarkistetaan")),
              f"<p>{escape(format_date(content.review_date))}</p>"]
    return f"<div style='{SUMMARY_STYLE}'>" + "".join(parts) + "</div>"


def _service_details(step: PlanStep) -> list[str]:
    """The provider and the period of the service, where the plan has them."""
    lines = []
    if step.provider:
        provider = translate("plan_summary", "Palveluntuottaja:")
        lines.append(f"{provider} {step.provider}")
    if period := format_period(step.starts_on, step.ends_on):
        heading = translate("plan_summary", "Palvelun aika:")
        lines.append(f"{heading} {period}")
    return lines


class _PadWithButtons(QWidget):
    def __init__(self, hint: str) -> None:
        super().__init__()
        self.pad = SignaturePad(hint=hint)
        self.pad.setMinimumHeight(220)
        self.clear_button = QPushButton(self.tr("Tyhjennä"))
        self.undo_button = QPushButton(self.tr("Kumoa viiva"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)


class PlanSigningView(QWidget):
    """Emits signed(PlanVersion) once the signed version is stored."""

    signed = Signal(object)

    def __init__(self, session: Session, version: PlanVersion, client_name: str, coach_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.version = version
        self.client_name = client_name
        self.client_png = b""
        self.client_signed_at: dt.datetime | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._client_page())
        self.stack.addWidget(self._coach_page(coach_name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- the client's page ---------------------------------------------------------------------------
    def _client_page(self) -> QWidget:
        summary = QLabel(plan_summary_html(self.version, self.client_name))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary.setStyleSheet(f"background: {tone('neutral_bg')}; color: {text_colour()}; padding: 18px;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(summary)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.client_pad = _PadWithButtons(self.tr("Allekirjoita tähän sormella, kynällä tai hiirellä"))
        self.client_accept = QPushButton(self.tr("Hyväksyn suunnitelman ja allekirjoitan"))
        self.client_accept.setEnabled(False)
        self.client_accept.clicked.connect(self._client_signed)
        self.client_pad.pad.changed.connect(
            lambda: self.client_accept.setEnabled(not self.client_pad.pad.is_empty()))
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Allekirjoitus"), 22))
        right.addWidget(self.client_pad, 1)
        right.addWidget(self.client_accept)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(scroll, 3)
        layout.addLayout(right, 2)
        return page

    def _client_signed(self) -> None:
        self.client_png = self.client_pad.pad.to_png()
        self.client_signed_at = dt.datetime.now()
        if self.client_png:
            self._ask_coach()

    def _ask_coach(self) -> None:
        """The coach's page opens only after the coach's passphrase: the client cannot sign for the coach."""
        self.coach_check = CoachCheckDialog(
            self.session, self, prompt=self.tr("Valmentaja: anna tunnuslauseesi allekirjoittaaksesi suunnitelman."),
            audit_action="plan.coach_check")
        self.coach_check.accepted.connect(lambda: self.stack.setCurrentIndex(1))
        self.coach_check.open()

    # --- the coach's page ----------------------------------------------------------------------------
    def _coach_page(self, coach_name: str) -> QWidget:
        self.coach_name = QLineEdit(coach_name)
        self.coach_name.setPlaceholderText(self.tr("Valmentajan nimi"))
        self.coach_name.setAccessibleName(self.tr("Valmentajan nimi"))
        self.coach_pad = _PadWithButtons(self.tr("Valmentajan allekirjoitus"))
        self.coach_sign = QPushButton(self.tr("Allekirjoita"))
        self.coach_sign.setEnabled(False)
        self.coach_pad.pad.changed.connect(lambda: self.coach_sign.setEnabled(not self.coach_pad.pad.is_empty()))
        self.coach_sign.clicked.connect(lambda: self._finish(self.coach_pad.pad.to_png(), None))
        self.passphrase = PassphraseField(self.tr("Tai vahvista tunnuslauseella"))
        self.passphrase_confirm = confirm = QPushButton(self.tr("Vahvista tunnuslauseella"))
        confirm.clicked.connect(lambda: self._finish(None, self.passphrase.text()))
        back = QPushButton(self.tr("Takaisin asiakkaalle"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Kiitos! Anna laite takaisin valmentajalle."), 24))
        layout.addWidget(QLabel(self.tr("Valmentaja allekirjoittaa tai vahvistaa suunnitelman.")))
        layout.addWidget(self.coach_name)
        layout.addWidget(self.coach_pad, 1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.coach_sign)
        layout.addLayout(row)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(confirm)
        layout.addLayout(passphrase_row)
        return page

    def _finish(self, coach_png: bytes | None, passphrase: str | None) -> None:
        """Signing checks a passphrase with Argon2id (and the back-off): a background job."""
        client = plans.SignatureInput(self.client_name, self.client_png, self.client_signed_at)
        coach = plans.SignatureInput(self.coach_name.text(), coach_png)
        session, version_id = self.session, self.version.id
        self.passphrase.clear()
        self.setEnabled(False)
        operations().run(
            lambda task: plans.sign_plan(session, version_id, client, coach, coach_passphrase=passphrase),
            on_done=self._signed, on_error=self._refused, parent=self, name="plan.sign")

    def _signed(self, version: object) -> None:
        self.setEnabled(True)
        self.signed.emit(version)

    def _refused(self, error: Exception) -> None:
        self.setEnabled(True)
        show_error(self, error)
