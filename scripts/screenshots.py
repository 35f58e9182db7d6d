"""Render the main screens of the app on a demo vault to PNG files (for README and for looking at them).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [WIDTHxHEIGHT] [--lang fi|sv|en]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("size", nargs="?", default="1366x768")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    args = parser.parse_args()
    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    from omavalmentaja.ui.app import STYLE, install_translator, make_demo_vault
    from omavalmentaja.ui.main_window import MainWindow

    app.setStyleSheet(STYLE)
    install_translator(app, args.lang)
    folder, passphrase = make_demo_vault()
    window = MainWindow(folder, passphrase)
    window.resize(width, height)
    window.show()
    wait(200)
    window.grab().save(str(out / "unlock.png"))
    window.gate.passphrase.edit.setText(passphrase)  # type: ignore[attr-defined]
    window.gate.unlock()  # type: ignore[attr-defined]
    for _ in range(100):
        if window.session is not None:
            break
        wait(50)
    wait(200)
    window.grab().save(str(out / "today.png"))
    window.show_section(1)
    wait(200)
    window.client_list.table.selectRow(3)
    wait(300)
    window.grab().save(str(out / "clients.png"))
    for index in range(window.client_detail.tabs.count()):
        window.client_detail.tabs.setCurrentIndex(index)
        wait(150)
        name = QCoreApplication.translate("tabs", window.client_detail.tabs.tabText(index))
        window.grab().save(str(out / f"client-tab-{index}-{name.split()[0].lower()}.png"))
    for section, name in ((2, "sync"), (3, "settings")):
        window.show_section(section)
        wait(200)
        window.grab().save(str(out / f"{name}.png"))
    window.lock()
    shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
