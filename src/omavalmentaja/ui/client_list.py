"""The client list: a Qt model over the store's rows, fetched in batches, and the search/filter bar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from omavalmentaja.domain.client import ClientStatus
from omavalmentaja.domain.dates import age_on, format_date
from omavalmentaja.messages import catalogue
from omavalmentaja.services.clients import filter_rows, list_clients, search_client_ids
from omavalmentaja.services.session import Session
from omavalmentaja.store.clients import ClientRow
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.model_index import ROOT, AnyIndex
from omavalmentaja.ui.operations import Job, Task, operations
from omavalmentaja.ui.theme import icon, tone

BATCH = 400
RELEASE_PER_TURN = 3000


class ClientListModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ClientListModel", "Nimi"), QT_TRANSLATE_NOOP("ClientListModel", "Ikä"),
               QT_TRANSLATE_NOOP("ClientListModel", "Kotikunta"), QT_TRANSLATE_NOOP("ClientListModel", "Tila"),
               QT_TRANSLATE_NOOP("ClientListModel", "Tavattu"))

    def __init__(self) -> None:
        super().__init__()
        self._all: list[ClientRow] = []
        self._ids: list[str] = []  # the rows' client ids, in the same order
        self._shown = 0
        self._today = dt.date.today()

    def set_rows(self, rows: list[ClientRow], ids: list[str] | None = None) -> tuple[list[ClientRow], list[str]]:
        """Show rows; ids (their client ids in order) can be made off the GUI thread with the rows. Returns
        the lists replaced (the caller decides when to free them)."""
        replaced = self._all, self._ids
        self.beginResetModel()
        self._all = rows
        self._ids = [row.id for row in rows] if ids is None else ids
        self._shown = min(BATCH, len(rows))
        self._today = dt.date.today()
        self.endResetModel()
        return replaced

    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> ClientRow:
        return self._all[row]

    def row_of(self, client_id: str) -> int:
        """The row of a client (-1: not in the list), shown once this returns: the rows up to it are added
        at once, not a batch at a time (each batch inserted is a signal the view answers)."""
        try:
            number = self._ids.index(client_id)
        except ValueError:
            return -1
        if number >= self._shown:
            self._show_more(min(len(self._all), (number // BATCH + 1) * BATCH) - self._shown)
        return number

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        self._show_more(min(BATCH, len(self._all) - self._shown))

    def _show_more(self, extra: int) -> None:
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + extra - 1)
        self._shown += extra
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._all[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:  # the full name where it is elided
            return " ".join(part for part in (item.preferred_name or item.first_name, item.last_name) if part)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and item.status != ClientStatus.ACTIVE.value:
            from PySide6.QtGui import QColor

            return QColor(tone("muted"))
        return None

    def _display(self, item: ClientRow, column: int) -> str:
        if column == 0:
            first = item.preferred_name or item.first_name
            return f"{item.last_name}, {first}"
        if column == 1:
            return str(age_on(dt.date.fromisoformat(item.date_of_birth), self._today)) if item.date_of_birth else ""
        if column == 2:
            return item.municipality
        if column == 3:
            return code_label("status", ClientStatus(item.status))
        if column == 4:
            return format_date(dt.date.fromisoformat(item.last_met[:10])) if item.last_met else "–"
        return ""


class ClientListPanel(QWidget):
    """Search field that filters as you type (full-text), active/all and municipality filters, the table."""

    client_selected = Signal(str)
    new_client_requested = Signal()
    rows_shown = Signal()  # the list shows the rows of the latest reload or filter

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Hae nimellä, henkilötunnuksella tai muistiinpanoista (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.active_only = QCheckBox(self.tr("Vain aktiiviset"))
        self.active_only.setChecked(True)
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Kotikunta"))
        self.new_button = QPushButton(icon("new-client"), self.tr("Uusi asiakas"))
        self.new_button.setShortcut("Ctrl+N")
        self.count_label = QLabel("")
        self.model = ClientListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 40), (2, 100), (3, 80), (4, 92)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, self._header_width(column)))  # translated headers fit
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filters)
        self._all_rows: list[ClientRow] | None = None
        self._generation = 0  # the newest reload/filter asked for; older answers are dropped
        self._pending_select: tuple[str, bool] | None = None
        self._jobs: list[Job] = []  # the reloads and filters started, the newest last (ended ones pruned)
        self._releasing: list[list[Any]] = []  # lists of replaced rows, freed a slice at a time
        self._release_timer = QTimer(self)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._release_some)
        self.busy = False  # a reload or filter runs off the GUI thread; the list shows its rows when done
        self._reloading = False
        self._filters_shown: tuple[str, bool, str] | None = None  # the search and filters of the rows shown
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.active_only.toggled.connect(lambda _: self.apply_filters())
        self.setMinimumWidth(260)  # the splitter beside it gives it more room when there is some
        self.municipality.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.new_button.clicked.connect(self.new_client_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.search.returnPressed.connect(self._focus_first)
        magnifier = self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        magnifier.setText(self.tr("Hae"))  # the name a screen reader gives the icon's button
        magnifier.triggered.connect(self.apply_filters)
        self.search.setAccessibleName(self.tr("Hae asiakasta"))
        self.active_only.setAccessibleDescription(self.tr("Näytä vain aktiiviset asiakkaat"))
        self.table.setAccessibleName(self.tr("Asiakkaat"))
        self.new_button.setToolTip("Ctrl+N")
        self.municipality.setMinimumContentsLength(8)
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QHBoxLayout()
        filters.addWidget(self.active_only)
        filters.addWidget(self.municipality, 1)
        bottom = QHBoxLayout()  # the new-client button beside the count: the filter row stays narrow
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload_municipalities()

    def reload_municipalities(self) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Kaikki kunnat"), "")
        for name in self.session.clients.municipalities():
            self.municipality.addItem(name, name)
        index = self.municipality.findData(current) if current else 0
        self.municipality.setCurrentIndex(max(index, 0))
        self.municipality.blockSignals(False)

    def reload(self) -> None:
        """Read every client from the store again (after a change), then filter: off the GUI thread, since a
        region's 30,000 clients take longer than a frame; the list shows the rows when they arrive."""
        self._start(reload=True)

    def apply_filters(self) -> None:
        """Filter the rows held in memory (off the GUI thread); only a text search asks the store (FTS5)."""
        self._timer.stop()  # this filter is what the typing's pending one would ask for: it is not run twice
        if self._all_rows is None:
            self.reload()
            return
        self._start(reload=False)

    def _start(self, reload: bool) -> None:
        reload = reload or self._reloading  # a filter asked for during a reload must see the new rows
        self._reloading = reload
        self._generation += 1
        generation, session, rows = self._generation, self.session, self._all_rows
        text, active, municipality = filters = (self.search.text(), self.active_only.isChecked(),
                                                self.municipality.currentData() or "")
        self.busy = True
        for job in self._jobs:
            job.cancel()  # its result would be dropped: it stops at its next step instead of using the CPU

        def work(task: Task) -> tuple[list[ClientRow], list[ClientRow], list[str]]:
            every = list_clients(session) if reload or rows is None else rows
            task.check()
            matching = search_client_ids(session, text)
            task.check()
            shown = filter_rows(every, matching, active, municipality)
            catalogue()  # the rows' status names come from it: read from its files here, not on the GUI thread
            return every, shown, [row.id for row in shown]
        self._jobs = [job for job in self._jobs if not job.ended.is_set()]
        self._jobs.append(operations().run(work, on_done=lambda result: self._show(generation, filters, *result),
                                           name="client list" if reload else "client filter", cancellable=True))

    def _show(self, generation: int, filters: tuple[str, bool, str], every: list[ClientRow], rows: list[ClientRow],
              ids: list[str]) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer reload or filter was asked for, or the panel is gone (the vault was locked)
        selected = self._pending_select or ((self.current_client_id(), False) if self.current_client_id() else None)
        replaced_every = self._all_rows if self._all_rows is not every else None
        self._all_rows, self._pending_select, self.busy, self._reloading = every, None, False, False
        self._release_later(*self.model.set_rows(rows, ids), replaced_every or [])
        self.table.setColumnHidden(3, self.active_only.isChecked())  # every row would say "Aktiivinen"
        self.count_label.setText(self.tr("%n asiakasta", "", len(rows)))
        if filters != self._filters_shown:  # a new result starts at its first row (or at the selected client)
            self.table.scrollToTop()
            self._filters_shown = filters
        if selected:
            self.select(*selected)
        self.rows_shown.emit()

    def _release_later(self, *lists: list[Any]) -> None:
        self._releasing.extend(rows for rows in lists if rows)
        if self._releasing:
            self._release_timer.start()

    def _release_some(self) -> None:
        """Free replaced rows a slice per turn of the event loop: freeing a region's 30,000 rows with their
        strings at once held the GUI thread for 10 ms. A job started earlier may still read an old list: the
        lists wait until it has ended."""
        waiting = any(not job.ended.is_set() for job in self._jobs)
        self._release_timer.setInterval(50 if waiting else 0)  # waiting, it looks again now and then
        if waiting:
            return
        rows = self._releasing[0]
        del rows[-RELEASE_PER_TURN:]
        if not rows:
            self._releasing.pop(0)
        if not self._releasing:
            self._release_timer.stop()

    def select(self, client_id: str, emit: bool = True) -> None:
        """Select a client's row (once the rows being loaded have arrived)."""
        if self.busy:
            self._pending_select = (client_id, emit)
            return
        row = self.model.row_of(client_id)
        if row < 0:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(not emit)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)

    def current_client_id(self) -> str:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else ""

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.client_selected.emit(self.model.row_at(current.row()).id)

    def _header_width(self, column: int) -> int:
        font = QFont(self.table.horizontalHeader().font())
        font.setBold(True)
        text = self.model.headerData(column, Qt.Orientation.Horizontal)
        return QFontMetrics(font).horizontalAdvance(text) + 16

    def _focus_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)
