"""Closing a client relationship in the app: the closing date, the coded exit reason and a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from omavalmentaja.domain.closing import ExitReason, exit_reason_label
from omavalmentaja.ui.date_edit import DateEdit


class ClosingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, on: dt.date | None = None,
                 reason: ExitReason | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Päätä asiakkuus"))
        self.closed_on = DateEdit(on or dt.date.today())
        self.closed_on.setAccessibleName(self.tr("Päättymispäivä"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Päättymisen syy"))
        self.reason.addItem(self.tr("– valitse –"), None)
        for code in ExitReason:
            self.reason.addItem(exit_reason_label(code), code.value)
        if reason is not None:
            self.reason.setCurrentIndex(self.reason.findData(reason.value))
        self.note = QLineEdit(note)
        self.note.setAccessibleName(self.tr("Lisätieto"))
        self.note.setPlaceholderText(self.tr("Lisätieto (valinnainen, ei terveystietoja)"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm = self.buttons.addButton(self.tr("Päätä asiakkuus"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Päättymispäivä"), self.closed_on)
        form.addRow(self.tr("Päättymisen syy"), self.reason)
        form.addRow(self.tr("Lisätieto"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def exit_reason(self) -> ExitReason | None:
        code = self.reason.currentData()
        return ExitReason(code) if code else None

    def _update(self) -> None:
        self.confirm.setEnabled(self.exit_reason() is not None)
