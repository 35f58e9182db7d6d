"""Slow work off the GUI thread: one helper, with an optional progress dialog, callbacks on the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from omavalmentaja.errors import UserError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.with_progress = with_progress

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except UserError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # shown as a dialog; the traceback goes to stderr, never client data
            traceback.print_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_in_background(parent: QWidget | None, fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None], label: str | None = None,
                      with_progress: bool = False) -> None:
    """Run fn() on the thread pool. With with_progress, fn gets a progress(done, total) callback.

    A label shows a modal progress dialog while fn runs. The callbacks run on the GUI thread.
    """
    signals = _Signals()
    _running.add(signals)
    dialog: QProgressDialog | None = None
    if label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        signals.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        if dialog is not None:
            dialog.close()
        _running.discard(signals)
        callback(value)

    signals.done.connect(lambda value: finish(on_done, value))
    signals.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(fn, signals, with_progress))
