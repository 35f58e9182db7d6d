"""Tänään: the day's meetings, follow-ups due or overdue, and active clients not met for a while."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from omavalmentaja.domain.dates import format_date, format_datetime, format_time
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import TodayOverview, not_met_days, today_overview
from omavalmentaja.ui.model_index import AnyIndex
from omavalmentaja.ui.operations import Task, operations
from omavalmentaja.ui.service_model_due import caseload_lines
from omavalmentaja.ui.theme import tone
from omavalmentaja.ui.widgets import heading

ROWS_PER_STEP = 200  # rows added (four times as many removed) at a time
TURN_MS = 6.0  # how long the lists fill per turn of the event loop
# The next turn is a timer of a millisecond, not of none: a zero timer is a queued call, and two turns and a
# paint were seen to run back to back in one pass of the event loop (gaps of 12-23 ms on the GUI thread); the
# first turn after the rows arrive waits for such a timer too.
NEXT_TURN_MS = 1
# The follow-ups and the deadlines wrap their rows while the list has at most this many; a longer list (an
# office's caseload) and the other two lists show a row per line, cut with "…" at the list's width and whole
# in its tooltip. Qt lays a list out a batch of rows at a time (while it is being filled, each batch of rows
# added starts that over) and paints it only when the last batch is done: 51,500 wrapped rows stayed blank for
# about two seconds after the page had filled them. Rows of one line and one height are laid out in sixteen large
# batches once the list has its last rows (51,500 of them in about 0.1 s; in eight, one batch took 12 ms).
WRAP_LIMIT = 1000
LAYOUT_WAIT_MS = 5  # the pause after a list with all its one-line rows, for Qt's first batch of their layout
FINAL_BATCHES = 16
QT_BATCH_SIZE = 100  # Qt's own batch: while a list fills, a batch of the rows added so far each time rows are added


class _RowWithinList(QStyledItemDelegate):
    """A row no wider than its list: a longer one is cut with "…" (its tooltip has it whole). Rows of one height
    all take one row's size, and a long row's width would otherwise widen every row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 (Qt's name)
        size = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            size.setWidth(min(size.width(), view.viewport().width()))
        return size


@dataclass
class _Fill:
    """A list being filled: its rows still to add (text, client id, overdue) and how many there are, whether
    they may wrap, and its text when it has none."""

    widget: QListWidget
    rows: Iterator[tuple[str, str, bool]]
    empty_text: str
    wraps: bool
    count: int
    cleared: bool = False  # the previous reload's rows are gone (then the list is laid out for the new ones)
    one_line: bool = True  # each row on one line, with its text as its tooltip
    added: int = 0


def _lay_out_for(widget: QListWidget, delegates: tuple[QAbstractItemDelegate, _RowWithinList], wraps: bool,
                 count: int) -> bool:
    """Wrapped rows for a list that wraps and is short (drawn by Qt's own delegate, which Qt asks for each wrapped
    row's size), else rows of one line and one height within the list's width; laid out a batch at a time while
    the list fills (the reload has put it in batches). Returns whether the rows are one line each."""
    one_line = not wraps or count > WRAP_LIMIT
    widget.setWordWrap(not one_line)
    widget.setUniformItemSizes(one_line)
    widget.setBatchSize(QT_BATCH_SIZE)
    widget.setItemDelegate(delegates[one_line])
    return one_line


def _drained(rows: list[tuple[str, str, bool]]) -> Iterator[tuple[str, str, bool]]:
    """The rows in order, each let go as it is taken: a region's 51,500 deadline rows freed at once, when the
    list had them all, held the GUI thread for about 10 ms."""
    rows.reverse()
    while rows:
        yield rows.pop()


class TodayPage(QWidget):
    client_requested = Signal(str)
    shown = Signal()  # the lists have the items of the latest reload (a long list is laid out within 0.1 s)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False  # a reload is reading the day's items
        self._generation = 0
        self._pending: list[_Fill] = []  # the lists still being filled
        self._delegates: dict[QListWidget, tuple[QAbstractItemDelegate, _RowWithinList]] = {}  # wrapped, one line
        self.title = heading("", 18)
        self.meetings = self._list()
        self.follow_ups = self._list()
        self.not_met = self._list()
        self.due = self._list()
        self.due.setAccessibleName(self.tr("Palvelumallin määräajat"))
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
        self._delegates[widget] = (widget.itemDelegate(), _RowWithinList(widget))
        widget.setResizeMode(QListView.ResizeMode.Adjust)  # rows are laid out again to a new width
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

        def work(task: Task) -> tuple[TodayOverview, list[tuple[str, str, bool]], int]:
            overview = today_overview(session, now)
            return overview, caseload_lines(session, now.date(), task.check), not_met_days(session)
        # cancellable: locking the vault stops it (a region's schedules take seconds) instead of waiting for it
        operations().run(work, on_done=lambda result: self._show(generation, *result), name="today",
                         cancellable=True)

    def _show(self, generation: int, overview: TodayOverview, due: list[tuple[str, str, bool]], days: int) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer reload was asked for, or the page is gone (the vault was locked)
        self.not_met_title.setText(self.tr("Aktiiviset asiakkaat, joita ei ole tavattu yli %n päivään", "", days))
        self.not_met.setAccessibleName(self.not_met_title.text())
        last, never = self.tr("viimeksi "), self.tr("ei tapaamisia")
        fills = (  # each list, whether its rows wrap (while it is short), how many rows it gets, the rows
            (self.meetings, False, len(overview.meetings), (
                (f"{format_time(dt.datetime.fromisoformat(i.when))}  {i.client_name}  {i.text}", i.client_id, False)
                for i in overview.meetings), self.tr("Ei tapaamisia tänään.")),
            (self.follow_ups, True, len(overview.follow_ups), (
                (f"{format_date(dt.date.fromisoformat(i.when))}  {i.client_name}  {i.text}", i.client_id, False)
                for i in overview.follow_ups), self.tr("Ei erääntyneitä seurantoja.")),
            (self.due, True, len(due), ((text, client_id, overdue) for client_id, text, overdue in _drained(due)),
             self.tr("Ei erääntyviä palvelumallin määräaikoja.")),
            (self.not_met, False, len(overview.not_met), ((f"{i.client_name}  —  " + (
                last + format_datetime(dt.datetime.fromisoformat(i.when)) if i.when else never), i.client_id, False)
                for i in overview.not_met), self.tr("Kaikki aktiiviset asiakkaat on tavattu.")),
        )
        self._pending = [_Fill(widget, rows, empty_text, wraps, count)
                         for widget, wraps, count, rows, empty_text in fills]
        for fill in self._pending:  # removing the previous rows then lays out and paints nothing after each step
            fill.widget.setLayoutMode(QListWidget.LayoutMode.Batched)
        self._next_turn(generation)

    def _fill_some(self, generation: int) -> None:
        """Add the next rows (a region has tens of thousands) for a few milliseconds per turn of the event loop,
        so that the window keeps answering while the lists fill, however fast the machine is."""
        if generation != self._generation or not isValid(self):
            return
        deadline = time.perf_counter() + TURN_MS / 1000
        laying_out = self._fill_step(self._pending[0])  # at least one step per turn
        while self._pending and not laying_out and time.perf_counter() < deadline:
            laying_out = self._fill_step(self._pending[0])
        if self._pending:
            # a list with all its one-line rows: Qt lays them out from the next turn of the event loop on, and the
            # next rows wait a few milliseconds, not to be added in the same turn as its first batch
            self._next_turn(generation, LAYOUT_WAIT_MS if laying_out else NEXT_TURN_MS)
            return
        self.busy = False
        self.shown.emit()

    def _next_turn(self, generation: int, wait_ms: int = NEXT_TURN_MS) -> None:
        QTimer.singleShot(wait_ms, self, lambda: self._fill_some(generation))

    def _fill_step(self, fill: _Fill) -> bool:
        """Remove some of a list's previous rows (a clear() of tens of thousands held the GUI thread as long as
        adding them), or add some of its new rows; a list with all its rows leaves the pending ones. True when
        that list has all its rows, of one line each."""
        widget = fill.widget
        if not fill.cleared:
            for _ in range(min(widget.count(), ROWS_PER_STEP * 4)):
                widget.takeItem(widget.count() - 1)
            fill.cleared = widget.count() == 0
            if fill.cleared:
                fill.one_line = _lay_out_for(widget, self._delegates[widget], fill.wraps, fill.count)
            return False
        rows = list(itertools.islice(fill.rows, ROWS_PER_STEP))
        fill.added += len(rows)
        first, model, overdue_colour = widget.count(), widget.model(), QColor(tone("due"))
        widget.addItems([text for text, _, _ in rows])  # made by Qt: no Python object kept for each row
        for row, (text, client_id, overdue) in enumerate(rows, start=first):
            index = model.index(row, 0)
            model.setData(index, client_id, Qt.ItemDataRole.UserRole)
            if fill.one_line:
                model.setData(index, text, Qt.ItemDataRole.ToolTipRole)
            if overdue:
                model.setData(index, overdue_colour, Qt.ItemDataRole.ForegroundRole)
        if fill.added >= fill.count or len(rows) < ROWS_PER_STEP:  # this list has all its rows
            self._pending.pop(0)
            if widget.count() == 0:
                QListWidgetItem(fill.empty_text, widget).setFlags(Qt.ItemFlag.NoItemFlags)
            if fill.one_line:  # the layout these last rows asked for runs in a few large batches
                widget.setBatchSize(max(QT_BATCH_SIZE, fill.count // FINAL_BATCHES))
            return fill.one_line
        return False
