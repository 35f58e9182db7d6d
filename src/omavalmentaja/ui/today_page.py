"""Tänään: the day's meetings, follow-ups due or overdue, and active clients not met for a while."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from shiboken6 import isValid

from omavalmentaja.domain.dates import format_date, format_datetime, format_time
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import TodayItem, TodayOverview, not_met_days, today_overview
from omavalmentaja.ui.operations import Task, operations
from omavalmentaja.ui.service_model_due import caseload_lines
from omavalmentaja.ui.theme import tone
from omavalmentaja.ui.widgets import heading


class TodayPage(QWidget):
    client_requested = Signal(str)
    shown = Signal()  # the lists show the items of the latest reload

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False  # a reload is reading the day's items
        self._generation = 0
        self.title = heading("", 18)
        self.meetings = self._list()
        self.follow_ups = self._list()
        self.follow_ups.setWordWrap(True)
        self.not_met = self._list()
        self.due = self._list()
        self.due.setAccessibleName(self.tr("Palvelumallin määräajat"))
        self.due.setWordWrap(True)
        # titles wrap (a group box's title would set the page's width); this one says the days once loaded
        self.not_met_title = QLabel(self.tr("Aktiiviset asiakkaat, joita ei ole tavattu äskettäin"))
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Päivän tapaamiset"), self.meetings), 0, 0)
        grid.addWidget(self._box(self.tr("Erääntyneet ja tämän päivän seurannat"), self.follow_ups), 0, 1)
        grid.addWidget(self._box(self.tr("Palvelumallin määräajat: erääntyvät ja myöhässä"), self.due), 1, 0)
        grid.addWidget(self._box("", self.not_met, self.not_met_title), 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)

    def _list(self) -> QListWidget:
        widget = QListWidget()
        widget.itemActivated.connect(lambda item: self.client_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    def _box(self, title: str, content: QWidget, title_label: QLabel | None = None) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        caption = title_label or QLabel(title)
        caption.setWordWrap(True)
        caption.setStyleSheet("font-weight: bold;")
        caption.setBuddy(content)
        content.setAccessibleName(caption.text())
        layout = QVBoxLayout(box)
        layout.addWidget(caption)
        layout.addWidget(content, 1)
        return box

    def reload(self, now: dt.datetime | None = None) -> None:
        """Read the day's items off the GUI thread (a region's caseload takes longer than a frame to read and
        schedule); the lists show them when they arrive, and a newer reload wins over an older one."""
        now = now or dt.datetime.now()
        self._generation += 1
        generation, session = self._generation, self.session
        self.title.setText(self.tr("Tänään ") + format_date(now.date()))
        self.busy = True

        def work(_task: Task) -> tuple[TodayOverview, list[tuple[str, str, bool]], int]:
            return today_overview(session, now), caseload_lines(session, now.date()), not_met_days(session)
        operations().run(work, on_done=lambda result: self._show(generation, *result), name="today")

    def _show(self, generation: int, overview: TodayOverview, due: list[tuple[str, str, bool]], days: int) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer reload was asked for, or the page is gone (the vault was locked)
        self.busy = False
        self._fill(self.meetings, overview.meetings,
                   lambda i: f"{format_time(dt.datetime.fromisoformat(i.when))}  {i.client_name}  {i.text}",
                   self.tr("Ei tapaamisia tänään."))
        self._fill(self.follow_ups, overview.follow_ups,
                   lambda i: f"{format_date(dt.date.fromisoformat(i.when))}  {i.client_name}  {i.text}",
                   self.tr("Ei erääntyneitä seurantoja."))
        self._fill_due(due)
        self.not_met_title.setText(self.tr("Aktiiviset asiakkaat, joita ei ole tavattu yli %n päivään", "", days))
        self.not_met.setAccessibleName(self.not_met_title.text())
        self._fill(self.not_met, overview.not_met,
                   lambda i: f"{i.client_name}  —  " + (
                       self.tr("viimeksi ") + format_datetime(dt.datetime.fromisoformat(i.when)) if i.when
                       else self.tr("ei tapaamisia")),
                   self.tr("Kaikki aktiiviset asiakkaat on tavattu."))
        self.shown.emit()

    def _fill(self, widget: QListWidget, items: list[TodayItem], text, empty_text: str) -> None:  # type: ignore[no-untyped-def]
        widget.clear()
        for entry in items:
            item = QListWidgetItem(text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.client_id)
            widget.addItem(item)
        if not items:
            placeholder = QListWidgetItem(empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)

    def _fill_due(self, lines: list[tuple[str, str, bool]]) -> None:
        self.due.clear()
        for client_id, text, overdue in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            if overdue:
                item.setForeground(QColor(tone("due")))
            self.due.addItem(item)
        if not lines:
            placeholder = QListWidgetItem(self.tr("Ei erääntyviä palvelumallin määräaikoja."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due.addItem(placeholder)
