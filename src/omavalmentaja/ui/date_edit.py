"""The date field: Finnish format (23.11.2026), a calendar pop-up, optionally empty, Tab leaves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

DATE_FORMAT = "d.M.yyyy"


class DateEdit(QDateEdit):
    """A date field in the Finnish format with a calendar pop-up; optionally empty."""

    def __init__(self, value: dt.date | None = None, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.optional = optional
        if optional:
            self.setMinimumDate(QDate(1900, 1, 1))
            self.setSpecialValueText(" ")
        self.set_date(value)
        self.lineEdit().setAccessibleName(self.tr("Päivämäärä"))  # the inner field, which takes the focus

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self.minimumDate() if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.optional and self.date() == self.minimumDate()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """An empty optional field takes a typed date: the first digit starts from today's date with the day
        selected, so "1.12.2026" typed gives 1.12.2026 (the blank special value would swallow it). Delete or
        Backspace over the whole selected date empties the field again."""
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.lineEdit().setSelection(0, self.lineEdit().text().index("."))
        elif (self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
              and self.lineEdit().selectedText() == self.lineEdit().text()):
            self.set_date(None)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab go to the next or previous field. Qt's date box steps through the day, month and
        year first, and an empty optional one swallowed Tab: a trap for the keyboard. The parts are typed with
        "." between them (which still steps to the next part), or stepped with the arrow keys."""
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            QAbstractSpinBox.focusNextPrevChild(self, not backwards)
            return True
        return super().event(event)

    def date_value(self) -> dt.date | None:
        if self.is_empty():
            return None
        q = self.date()
        return dt.date(q.year(), q.month(), q.day())
