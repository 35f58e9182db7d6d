"""Ohje-menu: the coaches' user guide and the About dialog (ui/help_dialogs.py, imported when one is opened:
the menu is built before the unlock screen's first paint, the dialogs are not needed then)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def _open_guide(window: QMainWindow) -> None:
    from omavalmentaja.ui.help_dialogs import UserGuideDialog

    UserGuideDialog(window).exec()


def _open_about(window: QMainWindow, data_folder: Path) -> None:
    from omavalmentaja.ui.help_dialogs import AboutDialog

    AboutDialog(data_folder, window).exec()


class HelpMenu(QObject):
    """The window's Ohje menu: the user guide (F1) and About; renamed when the first-run guide changes the
    language (Qt sends the window a LanguageChange event when a translator is installed)."""

    def __init__(self, window: QMainWindow, data_folder: Path) -> None:
        super().__init__(window)
        self.menu = window.menuBar().addMenu("")
        self.guide = QAction(window)
        self.guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide.triggered.connect(lambda: _open_guide(window))
        self.about = QAction(window)
        self.about.triggered.connect(lambda: _open_about(window, data_folder))
        self.menu.addAction(self.guide)
        self.menu.addAction(self.about)
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("help", "Ohje"))
        self.guide.setText(QCoreApplication.translate("help", "Käyttöopas"))
        self.about.setText(QCoreApplication.translate("help", "Tietoja Omavalmentajasta"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def add_help_menu(window: QMainWindow, data_folder: Path) -> HelpMenu:
    return HelpMenu(window, data_folder)
