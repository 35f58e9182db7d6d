"""The office's side of recovery in the app: answer a coach's request after confirming its code on the phone
(services/recovery.answer_request; docs/recovery.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from omavalmentaja.messages import render
from omavalmentaja.services import recovery
from omavalmentaja.services.session import Session
from omavalmentaja.ui.widgets import show_error


def answer_recovery_request(parent: QWidget, session: Session) -> str | None:
    """Ask for the request file, show its code for the office to compare with the coach's, write the answer.
    Returns the line to show, or None if nothing was written."""
    tr = parent.tr
    path, _ = QFileDialog.getOpenFileName(parent, tr("Valmentajan palautuspyyntö"), str(Path.home()))
    if not path:
        return None
    try:
        code = recovery.request_code(Path(path))
    except Exception as exc:
        show_error(parent, exc)
        return None
    confirmed = QMessageBox.question(
        parent, tr("Palautuspyyntö"),
        tr("Vastaa vain, jos olet tavoittanut valmentajan tunnetusta numerosta ja hän lukee saman tunnisteen:")
        + "\n\n" + code)
    if confirmed != QMessageBox.StandardButton.Yes:
        return None
    out, _ = QFileDialog.getSaveFileName(parent, tr("Tallenna vastaus valmentajalle"),
                                         str(Path(path).with_name(Path(path).stem + "-vastaus.omvrecovery")))
    if not out:
        return None
    try:
        result = recovery.answer_request(session, Path(path), Path(out))
    except Exception as exc:
        show_error(parent, exc)
        return None
    return render("keys.recovery_answer_written", result.path, result.coach or result.device_id, result.fingerprint)
