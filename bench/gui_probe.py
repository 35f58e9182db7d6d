"""Run in a child process by bench/workloads_gui.py: start a window, wait until it has painted, report.

    python -m bench.gui_probe bare                  a bare PySide6 window (the floor of start-up)
    python -m bench.gui_probe app DATA_DIR          the real program (`omavalmentaja --data-dir DATA_DIR`, its
                                                    entry point omavalmentaja.cli.main) up to its first
                                                    painted window: the unlock screen of DATA_DIR
    python -m bench.gui_probe listed DATA_DIR       the app unlocked with every client listed; prints the
                                                    process's resident memory in MB

The app is started through the program's own entry point; only QApplication.exec is replaced, by a loop that returns
once the first window has painted. At that first paint the child prints `painted T`, T on the system's monotonic
clock (the parent's clock too), so the parent times exactly the start-up a coach waits for, without the exit.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


_ORIGINAL_EXEC: list = []  # type: ignore[type-arg]


def _exec_until_painted(app) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        seen = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.painted)  # runs once this paint event has been handled
            return False

        def painted(self) -> None:
            print(f"painted {time.monotonic()!r}", flush=True)
            app.quit()

    watch = PaintWatch()
    for widget in app.topLevelWidgets():
        widget.installEventFilter(watch)
    QTimer.singleShot(20_000, app.quit)  # never hang a benchmark run
    _ORIGINAL_EXEC[0]()
    return 0


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("Omavalmentaja")
    label.resize(1280, 720)
    label.show()
    _exec_until_painted(app)


def app(data_dir: str) -> None:
    from omavalmentaja.cli import main  # the program's entry point, loaded before Qt as `omavalmentaja` loads it

    _patch_exec()
    main(["--data-dir", data_dir, "--lang", "fi"])


def _patch_exec() -> None:
    from PySide6.QtWidgets import QApplication

    _ORIGINAL_EXEC.append(QApplication.exec)
    QApplication.exec = _exec_until_painted  # type: ignore[method-assign,assignment]


def listed(data_dir: str) -> None:
    from PySide6.QtWidgets import QApplication

    from bench.engines import PASSPHRASE
    from omavalmentaja.services.session import Session
    from omavalmentaja.ui.client_list import ClientListPanel

    app = QApplication(sys.argv)
    session = Session.unlock(__import__("pathlib").Path(data_dir), PASSPHRASE)
    panel = ClientListPanel(session)
    panel.resize(1280, 720)
    panel.active_only.setChecked(False)  # every client; this starts the list's one load, as opening the vault does
    panel.show()
    deadline = 600
    while panel.model.rowCount() == 0 and session.clients.count() > 0 and deadline:
        app.processEvents()
        deadline -= 1
        __import__("time").sleep(0.05)
    _exec_until_painted(app)
    print(f"{resident_mb():.1f}")
    session.close_quietly()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        _patch_exec()
        bare()
    elif mode == "app":
        app(sys.argv[2])
    else:
        _patch_exec()
        listed(sys.argv[2])
