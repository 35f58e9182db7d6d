"""Service-need assessment and competence map: dated, one per assessment, the newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.client import LICENCES, Assessment
from omavalmentaja.domain.dates import format_date
from omavalmentaja.services.clients import save_assessment
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.widgets import show_error

TAB_ORDER = 20
TAB_TITLE = "Palvelutarve ja osaaminen"
TEXT_FIELDS = (
    ("education", QT_TRANSLATE_NOOP("AssessmentTab", "Koulutus ja tutkinnot")),
    ("work_history", QT_TRANSLATE_NOOP("AssessmentTab", "Työhistoria")),
    ("skills", QT_TRANSLATE_NOOP("AssessmentTab", "Taidot")),
    ("language_skills", QT_TRANSLATE_NOOP("AssessmentTab", "Kielitaito")),
    ("circumstances",
     QT_TRANSLATE_NOOP("AssessmentTab", "Työhön vaikuttavat terveys- tai elämäntilanteet (arkaluonteinen)")),
    ("wishes", QT_TRANSLATE_NOOP("AssessmentTab", "Asiakkaan omat toiveet")),
    ("service_need", QT_TRANSLATE_NOOP("AssessmentTab", "Palvelutarpeen arvio")),
)


class AssessmentTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.history = ctx.session.assessments.for_client(ctx.client_id)
        self.chooser = QComboBox()
        self.chooser.addItem(self.tr("Uusi arvio"), None)
        for item in self.history:
            self.chooser.addItem(self.tr("Arvio ") + format_date(item.assessed_on), item.id)
        self.chooser.currentIndexChanged.connect(self._show_selected)
        self.assessed_on = DateEdit(dt.date.today())
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each text as wide as the tab, its label above
        form.addRow(self.tr("Arvion päivämäärä"), self.assessed_on)
        for name, label in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr(label))
            edit.setFixedHeight(64)
            self.texts[name] = edit
            form.addRow(QLabel(self.tr(label)), edit)
        licences = QGroupBox(self.tr("Kortit ja luvat"))
        grid = QGridLayout(licences)
        self.licences: dict[str, QCheckBox] = {}
        for number, key in enumerate(LICENCES):
            box = QCheckBox(code_label("licence", key))
            self.licences[key] = box
            grid.addWidget(box, number // 3, number % 3)
        form.addRow(licences)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        save = QPushButton(self.tr("Tallenna arvio"))
        save.clicked.connect(self.save)
        top = QHBoxLayout()
        shown = QLabel(self.tr("Näytä:"))
        shown.setBuddy(self.chooser)  # screen readers say the label with the box (its labelled-by relation)
        top.addWidget(shown)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(save)
        if self.history:
            self.chooser.setCurrentIndex(1)

    def _current(self) -> Assessment:
        chosen = self.chooser.currentData()
        for item in self.history:
            if item.id == chosen:
                return item
        return Assessment(client_id=self.ctx.client_id, assessed_on=dt.date.today())

    def _show_selected(self) -> None:
        item = self._current()
        self.assessed_on.set_date(item.assessed_on)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(item, name))
        for key, box in self.licences.items():
            box.setChecked(key in item.licences)

    def save(self) -> None:
        item = self._current()
        item.assessed_on = self.assessed_on.date_value() or dt.date.today()
        for name, edit in self.texts.items():
            setattr(item, name, edit.toPlainText())
        item.licences = [key for key, box in self.licences.items() if box.isChecked()]
        try:
            save_assessment(self.ctx.session, item)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.refresh()


def make_tab(ctx: ClientContext) -> QWidget:
    return AssessmentTab(ctx)
