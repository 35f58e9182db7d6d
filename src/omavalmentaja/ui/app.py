"""Starting the desktop app, with a throwaway demo vault when asked."""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from omavalmentaja.assets import resources_dir
from omavalmentaja.paths import resolve_data_dir
from omavalmentaja.ui.i18n import install_language
from omavalmentaja.ui.theme import apply_theme

if TYPE_CHECKING:
    from omavalmentaja.ui.main_window import MainWindow



DEMO_PREFIX = "omavalmentaja-demo-"


def make_demo_vault() -> tuple[Path, str]:
    """A throwaway vault of fictional clients in a private temp folder, removed when the app exits."""
    import secrets

    from omavalmentaja.services.demo import fill_demo_data
    from omavalmentaja.services.session import Session

    _remove_stale_demo_vaults()
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX)) / "vault"
    passphrase = "demo-" + "-".join(secrets.token_hex(2) for _ in range(3))
    with Session.create(folder, passphrase) as session:
        fill_demo_data(session, clients=120)
    return folder, passphrase


def _remove_stale_demo_vaults(max_age_hours: float = 12) -> None:
    """Demo vaults of apps that were killed before they could clean up (fictional data, but still clutter)."""
    cutoff = time.time() - max_age_hours * 3600
    for path in Path(tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        if path.is_dir() and path.stat().st_mtime < cutoff:
            shutil.rmtree(path, ignore_errors=True)


def app_icon() -> QIcon:
    """The app icon in every size made by scripts/make_icons.py (PNG: the frozen build needs no SVG plugin)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("omavalmentaja-*.png")):
        icon.addFile(str(path))
    return icon


def prepare_app(app: QApplication, lang: str | None, dark: bool | None = None) -> str:
    """Name, icon, the light or dark look (the system's, unless dark is given), and the UI language: the app
    and the screenshots."""
    app.setApplicationName("Omavalmentaja")
    app.setWindowIcon(app_icon())
    apply_theme(app, None if dark is None else Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    return install_translator(app, lang)


def install_translator(app: QApplication, lang: str | None) -> str:
    """Install the UI language's translators (ours and Qt's); lang None: the vault's or the system's."""
    return install_language(lang, from_command_line=lang is not None)


def _quit_on_terminate(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (logout, shutdown, kill) quits through the window once the running job has stopped, so
    drafts are saved, the database is closed after the job and demo vaults removed. Python runs signal
    handlers only between bytecodes, so a timer gives it a moment now and then."""
    signal.signal(signal.SIGTERM, lambda *_: window.quit_when_idle())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def run_app(data_dir: str | None = None, demo: bool = False, lang: str | None = None) -> int:
    from omavalmentaja.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setDesktopFileName("omavalmentaja")  # Wayland finds the icon and name through the .desktop file
    prepare_app(app, lang)  # type: ignore[arg-type]
    demo_passphrase = ""
    if demo:
        folder, demo_passphrase = make_demo_vault()
    else:
        folder = resolve_data_dir(data_dir)
    window = MainWindow(folder, demo_passphrase)
    window.show()
    app.aboutToQuit.connect(window.shut_down)  # editors keep their drafts, the database is closed cleanly
    _quit_on_terminate(app, window)
    try:
        return app.exec()
    finally:
        if demo:
            shutil.rmtree(folder.parent, ignore_errors=True)
