"""Two responses side by side (scores with their change, then every answer), or one response on its own."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from omavalmentaja.services.questionnaire_history import CompareRow, compare_responses, format_number
from omavalmentaja.services.session import Session
from omavalmentaja.ui.i18n import current_language
from omavalmentaja.ui.model_index import ROOT, AnyIndex
from omavalmentaja.ui.theme import tone


class CompareModel(QAbstractTableModel):
    def __init__(self, rows: list[CompareRow], single: bool) -> None:
        super().__init__()
        self.rows, self.single = rows, single

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 2 if self.single else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt naming)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Kohta"), self.tr("Vastaus")] if self.single else [
            self.tr("Kohta"), self.tr("Aiempi"), self.tr("Myöhempi"), self.tr("Muutos")]
        return names[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 3:
                return "" if row.change is None else ("+" if row.change > 0 else "") + format_number(row.change)
            return (row.label, row.first, row.second)[column]
        if role == Qt.ItemDataRole.FontRole and row.is_score:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.is_score:
            return QColor(tone("compare_bg"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompareDialog(QDialog):
    def __init__(self, session: Session, first_id: str, second_id: str | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 640)
        single = second_id is None
        rows = compare_responses(session, first_id, second_id or first_id, current_language())
        self.model = CompareModel(rows, single)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
