"""The one owner of background work (after Anki's aqt/operations): slow steps run off the GUI thread.

    operations().run(work, on_done=..., label=self.tr("Viedään…"), parent=self)

`work(task)` runs on a worker thread and gets a Task: `task.progress(done, total)` reports progress and
raises Cancelled once the job has been asked to stop (cooperative cancel: a service that reports progress
inside a transaction is rolled back by it); `task.check()` does the same without progress. The callbacks
`on_done(result)` and `on_error(exception)` run on the GUI thread; without on_error the error is shown as
a dialog. A label shows a window-modal progress dialog (with a cancel button when `cancellable`).

Locking, quitting and SIGTERM ask first: `when_idle(callback, cancel=True)` asks running jobs to stop and
calls back once none is running, so the database is never closed under a job. A job never touches widgets.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from omavalmentaja.errors import UserError
from omavalmentaja.ui.app_singleton import application_singleton


class Cancelled(Exception):
    """Raised inside a job by Task.progress()/check() after the job was asked to stop."""


class Task:
    """What a job sees: progress reporting and the cancel request. Safe to use from the worker thread."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        self.check()
        self._report(done, total)


class _Signals(QObject):
    # No arguments: the outcome waits on the Job. PySide 6.12 miscounts references of Python objects (a bool
    # above all) passed through a queued signal, which ended the interpreter with bool_dealloc at exit.
    finished = Signal()
    progress = Signal(int, int)


@dataclass(eq=False)
class Job:
    """One running piece of work, as the GUI thread sees it."""

    name: str
    task: Task
    cancellable: bool
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    parent: QWidget | None
    signals: _Signals = field(default_factory=_Signals)
    dialog: QProgressDialog | None = None
    ended: threading.Event = field(default_factory=threading.Event)
    outcome: tuple[bool, Any] = (False, None)  # (ok, result or exception), set by the worker before `finished`

    def cancel(self) -> None:
        if self.cancellable:
            self.task.cancel()


def _release(job: Job) -> None:
    """Let go of what an ended job holds: its result (a region's client list is 20 MB) and its callbacks. Qt
    holds the connection to `finished` from C++, where the garbage collector cannot see it, and that
    connection's callable holds the job: without this every job's result stayed in memory for good."""
    job.outcome = (False, None)
    job.on_done = job.on_error = None
    with contextlib.suppress(RuntimeError, TypeError):
        job.signals.finished.disconnect()


def _run_job(work: Callable[[Task], Any], job: Job) -> None:
    """The body of a job's thread. A plain Python thread, not a QRunnable: Qt deleting a Python-owned
    runnable on the pool's thread while the GUI thread's garbage collector walked its wrapper crashed the
    process (a segmentation fault seen in the test suite under PySide6 6.12)."""
    ok, value = True, None
    try:
        value = work(job.task)
    except (UserError, Cancelled) as exc:
        ok, value = False, exc
    except Exception as exc:  # shown as a dialog; the traceback goes to stderr, never client data
        traceback.print_exc()
        ok, value = False, exc
    job.outcome = (ok, value)
    job.ended.set()
    with contextlib.suppress(RuntimeError):  # the application is gone (the process exits): nobody to tell
        job.signals.finished.emit()


class Operations(QObject):
    """Knows what is running; runs callbacks and waiters on the GUI thread."""

    idle = Signal()  # the last running job has ended and its callbacks have run
    failed = Signal(object)  # an error that Operations itself shows (a job without on_error, or after a lock)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[Job] = []
        self._waiters: list[Callable[[], None]] = []

    # --- starting work -------------------------------------------------------------------------------
    def run(self, work: Callable[[Task], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, label: str | None = None,
            parent: QWidget | None = None, cancellable: bool = False, name: str = "") -> Job:
        job = Job(name or (label or "job"), Task(lambda done, total: None), cancellable, on_done, on_error,
                  parent)
        job.task = Task(job.signals.progress.emit)
        if label:
            job.dialog = self._progress_dialog(job, label)
        job.signals.finished.connect(lambda: self._finish(job, *job.outcome),
                                     Qt.ConnectionType.QueuedConnection)
        if not self.jobs:
            _jobs_start()
        self.jobs.append(job)
        threading.Thread(target=_run_job, args=(work, job), name=f"omavalmentaja job: {job.name}",
                         daemon=True).start()
        return job

    def _progress_dialog(self, job: Job, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, job.parent)
        dialog.setWindowTitle(label)
        if job.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("operations", "Peruuta"))
            dialog.canceled.connect(job.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        job.signals.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        return dialog

    # --- what is running -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def running(self) -> list[str]:
        return [job.name for job in self.jobs]

    def when_idle(self, callback: Callable[[], None], cancel: bool = True) -> None:
        """Call back on the GUI thread once no job runs; with cancel, ask the running ones to stop first."""
        if not self.jobs:
            callback()
            return
        self._waiters.append(callback)
        if cancel:
            for job in self.jobs:
                job.cancel()

    def wait_blocking(self, timeout_ms: int = 60_000) -> bool:
        """The last resort while the program exits (no event loop): cancel and join every job's thread."""
        for job in self.jobs:
            job.cancel()
        for job in list(self.jobs):
            job.ended.wait(timeout_ms / 1000)
        return all(job.ended.is_set() for job in self.jobs)

    # --- ending --------------------------------------------------------------------------------------
    def _finish(self, job: Job, ok: bool, value: Any) -> None:
        try:
            self._end(job, ok, value)
        finally:
            _release(job)

    def _end(self, job: Job, ok: bool, value: Any) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            _jobs_ended()
        if job.dialog is not None:
            job.dialog.close()
            job.dialog.deleteLater()
        waiters, self._waiters = (self._waiters, []) if not self.jobs else ([], self._waiters)
        if waiters:  # a lock or a quit was waiting: it goes first; a success's callback has nothing to show on
            for waiter in waiters:
                waiter()
            if not ok and not isinstance(value, Cancelled):
                self._report(None, value)
        elif ok:
            if job.on_done is not None:
                job.on_done(value)
        elif not isinstance(value, Cancelled):
            if job.on_error is not None:
                job.on_error(value)
            else:
                self._report(job.parent, value)
        if not self.jobs:
            self.idle.emit()

    def _report(self, parent: QWidget | None, error: Exception) -> None:
        from omavalmentaja.ui.widgets import show_error

        self.failed.emit(error)
        show_error(parent if parent is not None else _main_window(), error)


# While a job runs, the interpreter hands its lock from thread to thread every millisecond instead of every
# 5 ms: each time the GUI thread runs Python (an event handler, a model's data()), it waits for a job's
# thread to hand the lock over. With a job's Python loop in another thread on a busy 2-core machine, the GUI
# thread's longest waits were 16-28 ms at 5 ms and 2-10 ms at 1 ms; the loop took as long either way.
JOB_SWITCH_INTERVAL = 0.001
_idle_switch_interval = sys.getswitchinterval()


def _jobs_start() -> None:
    """The first job starts. Python's garbage collector runs in whichever thread crosses its threshold; in a
    job's thread it could destroy Qt objects (widgets, timers) away from the GUI thread. While jobs run, it
    waits; once none runs, it is switched on again on the GUI thread (Anki collects on the GUI thread too)."""
    gc.disable()
    sys.setswitchinterval(JOB_SWITCH_INTERVAL)


def _jobs_ended() -> None:
    """Switch the garbage collector on again once no job runs, without a pause on the GUI thread.

    While it waited, everything the jobs made stayed in the youngest generation (a region's 30,000 list rows,
    Today's schedules of every active client): the first collections on the GUI thread walked them all, once
    per generation (40-270 ms each, measured at 30,000 clients). gc.freeze() moves every object alive now to
    the permanent generation, which no collection walks, so no collection pauses for them. Rows and strings
    are still freed by reference counting when a newer load replaces them. The cost: a reference cycle that
    became garbage before the freeze is not reclaimed until release_frozen() (the vault's lock calls it)."""
    gc.freeze()
    gc.enable()
    sys.setswitchinterval(_idle_switch_interval)


def release_frozen() -> None:
    """Give the objects frozen after jobs back to the collector and collect them all: a full collection, run
    where a pause is not seen (the vault was just locked and its screens dropped)."""
    gc.unfreeze()
    gc.collect()


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.inherits("QMainWindow"):
            return widget
    return None


def operations() -> Operations:
    """The application's one Operations object (made on first use, owned by the QApplication)."""
    return application_singleton(Operations)
