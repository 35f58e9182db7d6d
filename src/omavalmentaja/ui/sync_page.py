"""Synkronointi: the sync page, shown by the main window's side bar.

Contract: make_sync_page(window) -> QWidget, where window is the MainWindow (window.session is the
unlocked Session). The sync feature replaces this placeholder body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from omavalmentaja.ui.widgets import heading

if TYPE_CHECKING:
    from omavalmentaja.ui.main_window import MainWindow


def make_sync_page(window: MainWindow) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(heading(page.tr("Synkronointi"), 18))
    layout.addWidget(QLabel(page.tr("Synkronointi toimistoon ei ole vielä käytössä tässä versiossa.")))
    layout.addStretch(1)
    return page
