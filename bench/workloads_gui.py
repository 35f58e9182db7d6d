"""What the coach waits for on screen: the client list as one types, start-up, memory, a plan PDF."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.results import Figure, ratio
from bench.timing import median_ms, p95, paired_medians_ms, paired_sample_medians
from bench.workloads_store import SHOWN_COLUMNS
from omavalmentaja.services.session import Session

FRAME_MS = 16.0
TYPED = ("k", "ko", "kor", "korh", "korho", "korhon", "korhone", "korhonen")


class StallProbe:
    """The longest time the GUI thread went without running its event loop, while a condition is awaited.

    A timer on the GUI thread ticks every millisecond; a gap between ticks longer than that is a block. Between
    ticks the GUI thread waits in Qt's event loop, as it does in the app while the coach reads the screen (a
    loop spinning on the GUI thread would take the interpreter from the worker thread all the time and slow
    the work measured). longest_ms is that time on the wall clock. On a busy machine part of it is the GUI
    thread waiting, ready to run, for a free CPU core (other processes' load, not the app's work): the kernel
    counts that time per thread (/proc/.../schedstat, Linux); longest_own_ms is the longest such gap without
    it: the GUI thread working, or waiting for the interpreter lock or a database lock held by a worker thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self.longest_ms = 0.0
        self.longest_own_ms = 0.0
        self._last = time.perf_counter()
        self._last_queued = _queued_ms()
        self._loop = QEventLoop()
        self._done: Callable[[], bool] = lambda: True
        self._deadline = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, queued = time.perf_counter(), _queued_ms()
        gap = max(0.0, (now - self._last) * 1000 - 1)  # the timer's own millisecond is no block
        self.longest_ms = max(self.longest_ms, gap)
        self.longest_own_ms = max(self.longest_own_ms, gap - (queued - self._last_queued))
        self._last, self._last_queued = now, queued
        if self._loop.isRunning() and (self._done() or now > self._deadline):
            self._loop.quit()

    def run_until(self, action: Callable[[], None], done: Callable[[], bool], limit_s: float = 120) -> float:
        """Start action with the probe running; run the event loop until done(); returns elapsed ms."""
        self._timer.start()
        start = time.perf_counter()
        self._last, self._last_queued = start, _queued_ms()
        self._done, self._deadline = done, start + limit_s
        action()
        self._tick()  # the action's own time on the GUI thread counts as a block
        if not done():
            self._loop.exec()
        elapsed = (time.perf_counter() - start) * 1000
        self._timer.stop()
        return elapsed

    def stop(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()


def _queued_ms() -> float:
    """How long this thread has waited, ready to run, for a CPU core (0 where the kernel does not say)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def client_list_figures(session: Session, repeat: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from omavalmentaja.ui.client_list import ClientListPanel

    app = QApplication.instance() or QApplication([])
    panel = ClientListPanel(session)
    panel.resize(1280, 720)
    panel.active_only.setChecked(False)
    panel.show()
    total = session.clients.count()
    now = dt.datetime.now().isoformat(timespec="minutes")
    floor = median_ms(lambda: session.db.query(SHOWN_COLUMNS, (now,)), repeat)
    reload_probe = StallProbe()
    reloads = [reload_probe.run_until(panel.reload, lambda: not panel.busy) for _ in range(repeat)]
    probe = StallProbe()
    keystrokes: list[float] = []
    for _ in range(repeat):
        for text in (*TYPED, ""):
            before = panel.model.total()

            def typed(text: str = text) -> None:
                panel.search.setText(text)
                panel.apply_filters()  # what the debounce timer calls when the coach pauses
            keystrokes.append(probe.run_until(typed, lambda b=before, t=text: _settled(panel, b, t)))
    reload_probe.stop()
    _dispose(app, panel, probe)
    today_ms, today_probe = _today_page(app, session, repeat)
    probes = (reload_probe, probe, today_probe)
    return [
        ratio(f"GUI client list: full reload of {total} clients", "one SELECT of the shown columns",
              statistics.median(reloads), floor, 2.0, note=_blocked(reload_probe)),
        ratio("GUI client list: search as you type, p95 per keystroke", "one SELECT of the shown columns",
              p95(keystrokes), floor, 2.0, note=_blocked(probe)),
        Figure("GUI thread: longest block while listing, searching and loading Today", f"one frame ({FRAME_MS:g} ms)",
               max(p.longest_ms for p in probes), FRAME_MS, 1.0,
               note=f"{max(p.longest_own_ms for p in probes):.0f} ms without waiting for a free CPU core; "
                    f"the Today page took {today_ms:.0f} ms to show every list, {_blocked(today_probe)}"),
    ]


def _blocked(probe: StallProbe) -> str:
    return (f"GUI thread blocked at most {probe.longest_ms:.0f} ms ({probe.longest_own_ms:.0f} ms without "
            "waiting for a free CPU core)")


def _today_page(app, session: Session, repeat: int) -> tuple[float, StallProbe]:  # type: ignore[no-untyped-def]
    """The Today page's full load (the day's items and the service model's deadlines of every active client):
    median ms until every list is filled, and the probe of the GUI thread's blocks meanwhile."""
    from omavalmentaja.ui.today_page import TodayPage

    page = TodayPage(session)
    page.resize(1280, 720)
    page.show()
    probe = StallProbe()
    loads = [probe.run_until(page.reload, lambda: not page.busy) for _ in range(repeat)]
    _dispose(app, page, probe)
    return statistics.median(loads), probe


def _dispose(app, panel, probe: StallProbe) -> None:  # type: ignore[no-untyped-def]
    """Delete the Qt objects now, while the event loop can, not in the interpreter's teardown."""
    from PySide6.QtCore import QCoreApplication, QEvent

    probe.stop()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _settled(panel, before: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The list shows the result for text: cheap check that works whether filtering is synchronous or not."""
    return panel.search.text() == text and not getattr(panel, "busy", False)


def _child(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run gui_probe in a child process with this environment (default: this process's own), offscreen."""
    env = {**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "bench.gui_probe", *args], capture_output=True, text=True,
                          env=env, timeout=600, cwd=Path(__file__).resolve().parent.parent, check=True)


def _bytecode_env(cache: Path) -> dict[str, str]:
    """Children that run from compiled bytecode, kept in the run's own cache folder: the installed program does
    (pip compiles the modules it installs, Python caches what it compiles, the frozen build holds only
    bytecode), and a machine with PYTHONDONTWRITEBYTECODE set would otherwise time the compiler."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(cache)}


def _started_ms(*args: str, env: dict[str, str]) -> float:
    """From starting the child to its first window painted (the child reports that moment), its exit not counted."""
    start = time.monotonic()
    out = _child(*args, env=env).stdout
    painted = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("painted "))
    return (painted - start) * 1000


def startup_figures(data_dir: Path, repeat: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-bytecode-") as cache:
        env = _bytecode_env(Path(cache))
        _started_ms("app", str(data_dir), env=env)  # compiles and caches the bytecode; not timed
        _started_ms("bare", env=env)
        app, bare = paired_sample_medians(lambda: _started_ms("app", str(data_dir), env=env),
                                          lambda: _started_ms("bare", env=env), repeat)
    return [ratio("start-up to the unlock screen painted", "a bare PySide6 window in a new process",
                  app, bare, 1.5)]


def memory_figures(region_dir: Path, empty_dir: Path) -> list[Figure]:
    listed = float(_child("listed", str(region_dir)).stdout.split()[-1])
    empty = float(_child("listed", str(empty_dir)).stdout.split()[-1])
    return [Figure("GUI memory with every client of the region listed", "the same app with an empty vault",
                   listed, empty, 60.0, unit="MB")]


def plan_pdf_figures(session: Session, repeat: int) -> list[Figure]:
    from bench.plan_pdf import one_page_pdf, signed_plan_with_steps
    from omavalmentaja.services.plans import plan_pdf_bytes

    client_id = signed_plan_with_steps(session, steps=20)
    return [ratio("plan PDF with 20 steps and two signatures", "a one-page reportlab document",
                  *paired_medians_ms(lambda: plan_pdf_bytes(session, client_id), one_page_pdf, repeat), 5.0)]
