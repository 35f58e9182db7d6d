"""The plan editor's fields: goal, the client's own words, the situation, the steps table, the review date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja import messages
from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.plan import (
    GoalKind,
    PlanContent,
    PlanStep,
    Responsible,
    ServiceKind,
    StepStatus,
)
from omavalmentaja.domain.service_model import PlanType
from omavalmentaja.domain.services_catalog import OFFERED, is_employment_promoting
from omavalmentaja.export.service_model_pdf import obligation_text
from omavalmentaja.messages import current_language
from omavalmentaja.messages import label as message_label
from omavalmentaja.services.service_model import rules_on
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.labels import code_labels
from omavalmentaja.ui.widgets import label_combo


def _combo(labels: dict[str, str], value: object) -> QComboBox:
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def service_labels(current: ServiceKind) -> dict[str, str]:
    """The services offered for a step (legacy codes only where a step already has one), each labelled with
    whether it is an employment-promoting service."""
    labels = code_labels("service_kind")
    tag = messages.render("label.service_tag.employment_promoting")
    return {code.value: labels.get(code.value, code.value) + (f" · {tag}" if is_employment_promoting(code) else "")
            for code in ServiceKind if code in OFFERED or code == current}


class StepEditor(QFrame):
    """One step as a small card: service, due date and status; what is done and the provider; who is responsible;
    the period the client is in the service."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, step: PlanStep) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("")
        self.number.setStyleSheet("font-weight: bold;")
        self.service = _combo(service_labels(step.service), step.service)
        self.due = DateEdit(step.due_date, optional=True)
        self.starts = DateEdit(step.starts_on, optional=True)
        self.ends = DateEdit(step.ends_on, optional=True)
        self.status = _combo(code_labels("step_status"), step.status)
        self.description = QLineEdit(step.description)
        self.description.setPlaceholderText(self.tr("Mitä tehdään"))
        self.responsible = _combo(code_labels("responsible"), step.responsible)
        self.organisation = QLineEdit(step.organisation)
        self.organisation.setPlaceholderText(self.tr("Kuka (muu toimija)"))
        self.provider = QLineEdit(step.provider)
        self.provider.setPlaceholderText(self.tr("Palveluntuottaja"))
        self.provider.setAccessibleName(self.tr("Palveluntuottaja"))
        self.remove_button = QPushButton(self.tr("Poista"))
        for field, name in ((self.description, self.tr("Mitä tehdään")),
                            (self.organisation, self.tr("Kuka (muu toimija)")),
                            (self.due, self.tr("Määräaika")), (self.responsible, self.tr("Vastuu")),
                            (self.starts, self.tr("Palvelu alkaa")), (self.ends, self.tr("Palvelu päättyy"))):
            field.setAccessibleName(name)
        self.due.lineEdit().setAccessibleName(self.tr("Määräaika"))
        self.starts.lineEdit().setAccessibleName(self.tr("Palvelu alkaa"))
        self.ends.lineEdit().setAccessibleName(self.tr("Palvelu päättyy"))
        self.starts.setToolTip(self.tr("Päivä, jona asiakas aloittaa palvelussa (kuukausiraportin aloittaneet)"))
        self.ends.setToolTip(self.tr("Päivä, jona palvelu päättyy (tyhjä, jos päättymispäivää ei ole sovittu)"))
        # long labels elide (the full text in the tooltip), so that the card fits a 1280-wide screen
        for combo in (self.service, self.responsible, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.service.setAccessibleName(self.tr("Palvelu"))
        self.status.setAccessibleName(self.tr("Tila"))
        grid = QGridLayout(self)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.service, 0, 1)
        due_label = QLabel(self.tr("Määräaika"))
        due_label.setBuddy(self.due)
        grid.addWidget(due_label, 0, 2)
        grid.addWidget(self.due, 0, 3)
        grid.addWidget(self.status, 0, 4)
        grid.addWidget(self.description, 1, 1, 1, 2)
        grid.addWidget(self.provider, 1, 3, 1, 2)
        responsible_label = QLabel(self.tr("Vastuu"))
        responsible_label.setBuddy(self.responsible)
        grid.addWidget(responsible_label, 2, 0)
        grid.addWidget(self.responsible, 2, 1)
        grid.addWidget(self.organisation, 2, 2, 1, 2)
        grid.addWidget(self.remove_button, 2, 4)
        grid.addWidget(QLabel(self.tr("Aika")), 3, 0)
        grid.addWidget(self._period(), 3, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        label_combo(self.service)
        label_combo(self.status)
        for signal in (self.service.currentIndexChanged, self.due.dateChanged, self.status.currentIndexChanged,
                       self.description.textChanged, self.responsible.currentIndexChanged,
                       self.organisation.textChanged, self.provider.textChanged, self.starts.dateChanged,
                       self.ends.dateChanged):
            signal.connect(self._emit_changed)

    def tab_chain(self) -> list[QWidget]:
        """The fields in reading order: the card's rows left to right, the period last."""
        return [self.service, self.due, self.status, self.description, self.provider, self.responsible,
                self.organisation, self.remove_button, self.starts, self.ends]

    def _period(self) -> QWidget:
        """The service's start and end dates side by side: "1.3.2026 – 31.5.2026"."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.starts)
        row.addWidget(QLabel("–"))
        row.addWidget(self.ends)
        row.addStretch(1)
        return box

    def _emit_changed(self, *_: object) -> None:
        self.changed.emit()

    def step(self) -> PlanStep:
        return PlanStep(service=ServiceKind(self.service.currentData()), description=self.description.text(),
                        responsible=Responsible(self.responsible.currentData()),
                        organisation=self.organisation.text(), due_date=self.due.date_value(),
                        status=StepStatus(self.status.currentData()), provider=self.provider.text(),
                        starts_on=self.starts.date_value(), ends_on=self.ends.date_value())

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.service, self.due, self.status, self.responsible, self.remove_button, self.starts,
                       self.ends):
            widget.setEnabled(not read_only)
        self.remove_button.setVisible(not read_only)
        self.description.setReadOnly(read_only)
        self.provider.setReadOnly(read_only)
        self.organisation.setReadOnly(read_only)


def model_summary(content: PlanContent) -> str:
    """The job-search obligation and the next conversations as saved with the plan (filled when it is saved)."""
    language = current_language()
    default = rules_on(dt.date.today()).obligation_default_per_month
    lines = [obligation_text(content.obligation, default, language)]
    lines += [f"{format_date(day)} {message_label('due', what)}" for what, day in content.next_conversations]
    text = "\n".join(line for line in lines if line)
    return text or QCoreApplication.translate("PlanForm", "Työnhakuvelvollisuus ja seuraavat keskustelut "
                                                          "täydentyvät asiakkaan tiedoista, kun luonnos tallennetaan.")


class PlanForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_type = QComboBox()
        self.plan_type.addItem(self.tr("– ei valittu –"), "")
        for plan_type in PlanType:
            self.plan_type.addItem(message_label("plan_type", plan_type.value), plan_type.value)
        self.plan_type.setCurrentIndex(1)  # an employment plan unless the coach chooses otherwise
        self.model_info = QLabel("")
        self.model_info.setWordWrap(True)
        self.model_info.setObjectName("hint")
        self.goal_kind = _combo(code_labels("goal_kind"), GoalKind.WORK)
        self.goal = QLineEdit()
        self.goal.setPlaceholderText(self.tr("Esim. työpaikka logistiikka-alalta"))
        self.client_words = self._text_edit(self.tr("Asiakkaan omin sanoin"))
        self.situation = self._text_edit(self.tr("Nykytilanne"))
        self.review_date = DateEdit(None, optional=True)
        self.step_editors: list[StepEditor] = []
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(6)
        self.add_step_button = QPushButton(self.tr("Lisää vaihe"))
        self.add_step_button.clicked.connect(lambda: self.add_step(PlanStep(ServiceKind.JOB_SEARCH_COACHING, "")))
        form = QFormLayout()
        form.addRow(self.tr("Suunnitelman laji"), self.plan_type)
        form.addRow(self.tr("Palvelumalli"), self.model_info)
        form.addRow(self.tr("Tavoitteen laji"), self.goal_kind)
        form.addRow(self.tr("Tavoite"), self.goal)
        form.addRow(self.tr("Asiakkaan omin sanoin"), self.client_words)
        form.addRow(self.tr("Nykytilanne"), self.situation)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addStretch(1)
        review = QFormLayout()
        review.addRow(self.tr("Tarkistuspäivä"), self.review_date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Vaiheet ja palvelut</b>")))
        layout.addLayout(self.steps_box)
        layout.addLayout(step_buttons)
        layout.addLayout(review)
        layout.addStretch(1)
        for signal in (self.plan_type.currentIndexChanged, self.goal_kind.currentIndexChanged, self.goal.textChanged,
                       self.client_words.textChanged,
                       self.situation.textChanged, self.review_date.dateChanged):
            signal.connect(self._emit_edited)

    def _emit_edited(self, *_: object) -> None:
        self.edited.emit()

    def _text_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(58)
        return edit

    # --- steps ---------------------------------------------------------------------------------------
    def add_step(self, step: PlanStep) -> StepEditor:
        editor = StepEditor(step)
        editor.changed.connect(self._emit_edited)
        editor.remove_requested.connect(self.remove_step)
        self.step_editors.append(editor)
        self.steps_box.addWidget(editor)
        self._renumber()
        self.edited.emit()
        return editor

    def remove_step(self, editor: StepEditor) -> None:
        self.step_editors.remove(editor)
        self.steps_box.removeWidget(editor)
        editor.deleteLater()
        self._renumber()
        self.edited.emit()

    def _renumber(self) -> None:
        """Numbers, and the Tab key's order: the cards after the situation, then adding a step, the review
        date (cards added later would otherwise come last, after the review date)."""
        for number, editor in enumerate(self.step_editors, start=1):
            editor.number.setText(f"{number}.")
            editor.remove_button.setAccessibleName(self.tr("Poista vaihe %1").replace("%1", str(number)))
        chain = [self.situation, *(w for e in self.step_editors for w in e.tab_chain()), self.add_step_button,
                 self.review_date]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # --- whole form ----------------------------------------------------------------------------------
    def set_content(self, content: PlanContent) -> None:
        self.blockSignals(True)
        self.plan_type.setCurrentIndex(max(0, self.plan_type.findData(content.plan_type.value
                                                                       if content.plan_type else "")))
        self.model_info.setText(model_summary(content))
        self.goal_kind.setCurrentIndex(max(0, self.goal_kind.findData(content.goal_kind)))
        self.goal.setText(content.goal)
        self.client_words.setPlainText(content.client_words)
        self.situation.setPlainText(content.situation)
        self.review_date.set_date(content.review_date)
        for editor in list(self.step_editors):
            self.remove_step(editor)
        for step in content.steps:
            self.add_step(step)
        self.blockSignals(False)

    def content(self) -> PlanContent:
        return PlanContent(
            goal_kind=GoalKind(self.goal_kind.currentData()), goal=self.goal.text(),
            client_words=self.client_words.toPlainText(), situation=self.situation.toPlainText(),
            steps=[editor.step() for editor in self.step_editors],
            review_date=self.review_date.date_value(),
            plan_type=PlanType(self.plan_type.currentData()) if self.plan_type.currentData() else None,
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.plan_type, self.goal_kind, self.review_date):
            widget.setEnabled(not read_only)
        self.add_step_button.setVisible(not read_only)
        for edit in (self.goal, self.client_words, self.situation):
            edit.setReadOnly(read_only)
        for editor in self.step_editors:
            editor.set_read_only(read_only)
