"""The app on a demo vault, screen after screen, for the AT-SPI walker: prints "ready NAME" when a screen
is on show and waits for a line on stdin before the next. The event loop keeps running meanwhile, so the
accessibility bus gets its answers. Run with the project's python under Xvfb and an AT-SPI bus."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    from omavalmentaja.ui.app import make_demo_vault, prepare_app
    from omavalmentaja.ui.main_window import MainWindow
    from omavalmentaja.ui.operations import operations

    prepare_app(app, "fi")
    app.setApplicationName("omavalmentaja-a11y")
    folder, passphrase = make_demo_vault()
    window = MainWindow(folder, passphrase)
    window.resize(1366, 768)
    window.show()
    screens = list(_screens(window, passphrase))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def settled(index: int) -> bool:
        return not operations().busy and (index == 0 or window.session is not None)

    def announce_when_settled(index: int) -> None:
        if not settled(index):
            QTimer.singleShot(100, lambda: announce_when_settled(index))
            return
        QTimer.singleShot(400, lambda: print(f"ready {screens[index][0]}", flush=True))

    def show_when_idle(index: int) -> None:
        screens[index][1]()
        announce_when_settled(index)

    position = [0]

    def advance() -> None:
        sys.stdin.readline()
        position[0] += 1
        if position[0] >= len(screens):
            window.lock()
            app.quit()
            return
        show_when_idle(position[0])

    notifier.activated.connect(advance)
    show_when_idle(0)
    return app.exec()


def _screens(window, passphrase):  # type: ignore[no-untyped-def]
    def unlock() -> None:
        window.gate.passphrase.edit.setText(passphrase)
        window.gate.unlock()

    yield "unlock", lambda: None
    yield "today", unlock
    yield "clients", lambda: window.show_section(1)
    yield "client", lambda: window.client_list.table.selectRow(2)
    for index in range(7):
        yield f"client tab {index}", lambda i=index: window.client_detail.tabs.setCurrentIndex(i)
    yield "sync", lambda: window.show_section(2)
    yield "settings", lambda: window.show_section(3)


if __name__ == "__main__":
    raise SystemExit(main())
