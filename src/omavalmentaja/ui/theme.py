"""Looks: the style sheet, a dark palette that follows the system's colour scheme, and the interface icons.

The system's scheme comes from Qt (6.5+: QStyleHints.colorScheme(), with a signal when it changes). The
icons are the bundled SVG drawings in resources/icons/ui, drawn in `currentColor` and coloured here.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
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


# Colours with a meaning, light and dark: text on the window's background, or (…_bg) a background under the
# palette's text. Widgets take them from here when they are built, never a fixed colour of their own, so that
# no light box with light text (or dark text on the dark window) appears in the dark palette.
TONES = {
    "error": ("#a00000", "#ff8a80"),      # a refused passphrase, a failed check
    "danger": ("#b3261e", "#f28b82"),     # erase
    "flag": ("#7a3e00", "#f0b27a"),       # the client header's flags
    "due": ("#8a1c1c", "#f28b82"),        # service model deadlines, overdue follow-ups
    "muted": ("#666666", "#9aa0a6"),      # closed clients in the list
    "note_bg": ("#fff4c2", "#4a3f10"),    # a draft or an unfinished response waits
    "note_text": ("#5a4a00", "#f5e6a8"),
    "info_bg": ("#e8f1ff", "#1e3350"),    # the demo passphrase, sync status
    "heading": ("#1f3b57", "#a9c8e8"),    # the fingerprint
    "secondary": ("#444444", "#b8bec5"),  # the questionnaire's help and counter
    "handover_bg": ("#fbfbf8", "#1b1d20"),
    "choice_bg": ("#ffffff", "#2b2f33"),  # a questionnaire's answer button
    "choice_border": ("#8a99a8", "#6b7885"),
    "concern_bg": ("#fbe7dc", "#4a2a1c"),  # questionnaire scores by tone
    "good_bg": ("#e3f1e6", "#1f3a26"),
    "neutral_bg": ("#ffffff", "#17191b"),
    "compare_bg": ("#eef3f8", "#24303c"),
}
_forced_scheme: list[Qt.ColorScheme] = []  # a scheme chosen by the caller (screenshots, tests), not the system
_following: list[QApplication] = []  # the application whose scheme changes are followed (connected once)
_light_style: list[str] = []  # the platform's own style, as found before dark chose Fusion
_dark_applied: list[bool] = []  # [True] while the dark style and palette are in place


def is_dark() -> bool:
    if _forced_scheme:
        return _forced_scheme[0] == Qt.ColorScheme.Dark
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def tone(name: str) -> str:
    """A colour with a meaning (TONES) for the light or dark palette in use."""
    light, dark = TONES[name]
    return dark if is_dark() else light


def style_sheet(dark: bool) -> str:
    return STYLE % {
        "sidebar": SIDEBAR,
        "selected": "#2b2f33" if dark else "#f2f5f8",
        "selected_text": "#e8eef4" if dark else SIDEBAR,
        "focus": "#f5c542",
        "hint": "#a8b0b8" if dark else "#555555",
        "tab_border": "#5a6470" if dark else "#b8c2cc",
    }


def note_style(padding: str = "6px") -> str:
    """A note that waits for the coach (a draft, an unfinished response): a yellow box in either palette."""
    return f"color: {tone('note_text')}; background: {tone('note_bg')}; padding: {padding};"


def text_colour() -> str:
    """The palette's text colour, for style sheets that set a size and must keep the colour readable."""
    return "#e8eaed" if is_dark() else "#111111"


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


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark by the system's scheme, now and whenever it changes; or the scheme given (screenshots,
    tests: the offscreen platform has no scheme of its own). Widgets built later take the tones of the new
    scheme; the ones on show keep theirs until they are built again (the next client, the next unlock).

    Light is the platform's own style and the palette Qt gives it, as every Qt app starts: light at start-up
    changes neither (asking for the style there set up PySide6's QStyle type, about 6 ms before the unlock
    screen's first paint). Dark is Fusion, which draws every widget from the palette, with our dark palette;
    light after dark sets the platform's style again and gives the palette back to Qt."""

    def apply(scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        if dark:
            if not _light_style:  # the platform's own style, before Fusion replaces it; while a style sheet is
                app.setStyleSheet("")  # set, the style Qt returns is the sheet's, which has no name
                _light_style.append(app.style().name())
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        elif _dark_applied:
            app.setStyle(_light_style[0])
            app.setPalette(QPalette())  # no colour of its own: the platform's and its style's, as at start-up
        _dark_applied[:] = [True] if dark else []
        app.setStyleSheet(style_sheet(dark))
        icon.cache_clear()

    if scheme is not None:
        _forced_scheme[:] = [scheme]
        apply(scheme)
        return
    _forced_scheme.clear()
    apply(app.styleHints().colorScheme())
    if app not in _following:
        _following.append(app)
        app.styleHints().colorSchemeChanged.connect(lambda changed: None if _forced_scheme else apply(changed))


@functools.cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / "ui" / f"{name}.svg").read_text(encoding="utf-8")


@functools.cache
def icon(name: str, colour: str = "") -> QIcon:
    """A bundled interface icon, in the given colour or the one that reads on the current palette."""
    from PySide6.QtCore import QByteArray, QSize  # with QPainter: not needed before the first paint
    from PySide6.QtGui import QPainter, QPixmap

    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # a build without QtSvg (installer/omavalmentaja.spec keeps it): icons left out
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
