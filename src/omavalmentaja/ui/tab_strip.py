"""Tabs that wrap onto a second row instead of hiding behind scroll arrows (a narrow or zoomed window).

TabStrip drives a QTabWidget whose own bar is hidden: one checkable button per tab in a flow layout.
The QTabWidget stays the model (count, widget(i), tabText(i), setCurrentIndex, Ctrl+Tab)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QLayout, QLayoutItem, QSizePolicy, QTabWidget, QToolButton, QWidget


class FlowLayout(QLayout):
    """Lays items left to right and wraps them onto the next row (after Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt naming)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x, y, row_height = rect.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class TabStrip(QWidget):
    """One button per tab of `tabs`; rebuild() after the tabs change."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        tabs.tabBar().hide()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        self.flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Asiakkaan välilehdet"))
        tabs.currentChanged.connect(self._show_current)

    def rebuild(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.flow.removeWidget(button)
            button.deleteLater()
        for index in range(self.tabs.count()):
            button = QToolButton(self)
            button.setObjectName("tabButton")
            button.setText(self.tabs.tabText(index))
            button.setAccessibleName(self.tabs.tabText(index))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button, index)
            self.flow.addWidget(button)
            button.show()  # at once: a layout shows a widget added to a visible parent only later
        self._show_current(self.tabs.currentIndex())
        self.updateGeometry()

    def buttons(self) -> list[QToolButton]:
        return [self.group.button(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def _show_current(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
