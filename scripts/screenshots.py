"""Render the main screens of the app on a demo vault to PNG files (for README and for looking at them).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [WIDTHxHEIGHT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1366x768").split("x"))
    app = QApplication(sys.argv[:1])
    from omavalmentaja.ui.app import STYLE, make_demo_vault
    from omavalmentaja.ui.main_window import MainWindow

    app.setStyleSheet(STYLE)
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
    window.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
