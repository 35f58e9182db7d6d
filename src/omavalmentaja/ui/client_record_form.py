"""The client's labour-market situation, languages, education, work-ability limits, integration plan and consents
(domain/client_record.py): a sub-tab of the profile, in a scroll area so that it fits 1280×720."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja import messages
from omavalmentaja.domain.client_record import (
    NOTE_LIMIT,
    Benefit,
    ClientRecord,
    Consent,
    ConsentKind,
    EducationLevel,
    LabourMarketStatus,
    LanguageSkill,
    WorkAbilityLimit,
    code_label,
)
from omavalmentaja.ui.date_edit import DateEdit


def _combo(codes: type[StrEnum], group: str, empty: str) -> QComboBox:
    box = QComboBox()
    box.addItem(empty, None)
    for code in codes:
        box.addItem(code_label(group, code), code.value)
    return box


def _set_combo(box: QComboBox, code: StrEnum | None) -> None:
    box.setCurrentIndex(max(box.findData(code.value if code else None), 0))


def _field(name: str) -> str:
    return messages.render(f"record.field.{name}")


class ConsentTable(QWidget):
    """Consents with kind, date given, scope and date withdrawn; rows added and removed with buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Laji"), self.tr("Annettu"), self.tr("Laajuus"),
                                              self.tr("Peruttu")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the scope takes what is left
        for column, width in ((0, 150), (1, 105), (3, 105)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumWidth(200)
        self.table.setMinimumHeight(110)
        self.table.setAccessibleName(_field("consents"))
        self.add_button = QPushButton(self.tr("Lisää suostumus"))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button = QPushButton(self.tr("Poista valittu"))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, consent: Consent | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = _combo(ConsentKind, "consent_kind", "")
        kind.removeItem(0)
        if consent:
            _set_combo(kind, consent.kind)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, DateEdit(consent.given_on if consent else dt.date.today()))
        self.table.setCellWidget(row, 2, QLineEdit(consent.scope if consent else ""))
        self.table.setCellWidget(row, 3, DateEdit(consent.withdrawn_on if consent else None, optional=True))

    def load(self, consents: list[Consent]) -> None:
        self.table.setRowCount(0)
        for consent in consents:
            self.add_row(consent)

    def consents(self) -> list[Consent]:
        found = []
        for row in range(self.table.rowCount()):
            kind, given, scope, withdrawn = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(kind, QComboBox) and isinstance(given, DateEdit) and isinstance(scope, QLineEdit)
            assert isinstance(withdrawn, DateEdit)
            found.append(Consent(ConsentKind(kind.currentData()), given.date_value() or dt.date.today(),
                                 scope.text(), withdrawn.date_value()))
        return found


class ClientRecordForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        none = self.tr("– ei tiedossa –")
        self.status = _combo(LabourMarketStatus, "labour_market_status", none)
        self.unemployed_since = DateEdit(optional=True)
        self.benefit = _combo(Benefit, "benefit", none)
        self.mother_tongue = QLineEdit()
        self.mother_tongue.setPlaceholderText(self.tr("esim. fi, so, ar"))
        self.other_languages = QLineEdit()
        self.other_languages.setPlaceholderText(self.tr("kieli:taso, esim. en:B1, sv:A2"))
        self.citizenship = QLineEdit()
        self.citizenship.setPlaceholderText(self.tr("maakoodi, esim. FI"))
        self.education = _combo(EducationLevel, "education_level", none)
        self.qualifications = QPlainTextEdit()
        self.qualifications.setTabChangesFocus(True)
        self.qualifications.setFixedHeight(56)
        self.occupations = QLineEdit()
        self.occupations.setPlaceholderText(self.tr("pilkulla erotettuina"))
        self.limits = {limit: QCheckBox(code_label("work_ability_limit", limit)) for limit in WorkAbilityLimit}
        limits_box = QWidget()
        grid = QGridLayout(limits_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.limits.values()):
            grid.addWidget(box, n // 2, n % 2)
        self.limit_note = QLineEdit()
        self.limit_note.setMaxLength(NOTE_LIMIT)
        self.limit_note.setPlaceholderText(self.tr("lyhyesti, ei diagnooseja"))
        self.integration_plan = QCheckBox(_field("integration_plan"))
        self.integration_until = DateEdit(optional=True)
        self.consents = ConsentTable()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panes: the field goes under its label
        for name, widget in (("labour_market_status", self.status), ("unemployed_since", self.unemployed_since),
                             ("benefit", self.benefit), ("mother_tongue", self.mother_tongue),
                             ("other_languages", self.other_languages), ("citizenship", self.citizenship),
                             ("education_level", self.education), ("qualifications", self.qualifications),
                             ("occupations_sought", self.occupations), ("work_ability_limits", limits_box),
                             ("work_ability_note", self.limit_note)):
            widget.setAccessibleName(_field(name))
            form.addRow(_field(name), widget)
        form.addRow("", self.integration_plan)
        form.addRow(_field("integration_plan_until"), self.integration_until)
        form.addRow(_field("consents"), self.consents)

    def load(self, record: ClientRecord) -> None:
        _set_combo(self.status, record.labour_market_status)
        self.unemployed_since.set_date(record.unemployed_since)
        _set_combo(self.benefit, record.benefit)
        self.mother_tongue.setText(record.mother_tongue)
        self.other_languages.setText(", ".join(f"{s.language}:{s.level}" for s in record.other_languages))
        self.citizenship.setText(record.citizenship)
        _set_combo(self.education, record.education_level)
        self.qualifications.setPlainText(record.qualifications)
        self.occupations.setText(", ".join(record.occupations_sought))
        for limit, box in self.limits.items():
            box.setChecked(limit in record.work_ability_limits)
        self.limit_note.setText(record.work_ability_note)
        self.integration_plan.setChecked(record.integration_plan)
        self.integration_until.set_date(record.integration_plan_until)
        self.consents.load(record.consents)

    def store_into(self, record: ClientRecord) -> ClientRecord:
        """Copy the form into record (validation happens in the domain, with the rest of the client)."""
        record.labour_market_status = _code(LabourMarketStatus, self.status)
        record.unemployed_since = self.unemployed_since.date_value()
        record.benefit = _code(Benefit, self.benefit)
        record.mother_tongue = self.mother_tongue.text()
        record.other_languages = [LanguageSkill(*(part.split(":", 1) + [""])[:2])
                                  for part in self.other_languages.text().split(",") if part.strip()]
        record.citizenship = self.citizenship.text()
        record.education_level = _code(EducationLevel, self.education)
        record.qualifications = self.qualifications.toPlainText()
        record.occupations_sought = [o for o in self.occupations.text().split(",") if o.strip()]
        record.work_ability_limits = [limit for limit, box in self.limits.items() if box.isChecked()]
        record.work_ability_note = self.limit_note.text()
        record.integration_plan = self.integration_plan.isChecked()
        record.integration_plan_until = self.integration_until.date_value()
        record.consents = self.consents.consents()
        return record


def _code(codes: type[StrEnum], box: QComboBox) -> StrEnum | None:  # type: ignore[type-var]
    value = box.currentData()
    return codes(value) if value else None
