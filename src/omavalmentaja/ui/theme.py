"""Looks: the style sheet, a dark palette that follows the system's colour scheme, and the interface icons.

The system's scheme comes from Qt (6.5+: QStyleHints.colorScheme(), with a signal when it changes). The
icons are the bundled SVG drawings in resources/icons/ui, drawn in `currentColor` and coloured here.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from omavalmentaja.assets import resources_dir

SIDEBAR = "#1f3b57"
ICON_LIGHT = "#1f3b57"
ICON_DARK = "#a9c8e8"

STYLE = """
QWidget { font-size: 14px; }
#sidebar { font-size: 16px; background: %(sidebar)s; color: white; border: none; padding-top: 12px;
           outline: none; }
#sidebar::item { padding: 12px 10px; }
#sidebar::item:selected { background: %(selected)s; color: %(selected_text)s; font-weight: bold; }
#sidebar::item:selected:focus { border-left: 4px solid %(focus)s; }
QLabel#hint { color: %(hint)s; font-size: 12px; }
QPushButton { padding: 6px 14px; }
QToolButton#tabButton { padding: 5px 10px; border: 1px solid %(tab_border)s; border-radius: 4px; }
QToolButton#tabButton:checked { background: %(sidebar)s; color: white; border: 1px solid %(sidebar)s; }
"""


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def style_sheet(dark: bool) -> str:
    return STYLE % {
        "sidebar": SIDEBAR,
        "selected": "#2b2f33" if dark else "#f2f5f8",
        "selected_text": "#e8eef4" if dark else SIDEBAR,
        "focus": "#f5c542",
        "hint": "#a8b0b8" if dark else "#555555",
        "tab_border": "#5a6470" if dark else "#b8c2cc",
    }


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202326", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17191b", QPalette.ColorRole.AlternateBase: "#24282c",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2b2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6f9e",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.BrightText: "#ff8a80",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c838a"))
    return palette


def apply_theme(app: QApplication) -> None:
    """Light or dark by the system's scheme, now and whenever it changes."""
    light_style = app.style().name()

    def apply(scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        app.setStyle("Fusion" if dark else light_style)  # Fusion draws every widget from the palette
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        app.setStyleSheet(style_sheet(dark))
        icon.cache_clear()

    apply(app.styleHints().colorScheme())
    app.styleHints().colorSchemeChanged.connect(apply)


@functools.cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / "ui" / f"{name}.svg").read_text(encoding="utf-8")


@functools.cache
def icon(name: str, colour: str = "") -> QIcon:
    """A bundled interface icon, in the given colour or the one that reads on the current palette."""
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # a build without QtSvg (installer/omavalmentaja.spec excludes it today): no icons
        return QIcon()
    svg = _svg(name).replace("currentColor", colour or (ICON_DARK if is_dark() else ICON_LIGHT))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
