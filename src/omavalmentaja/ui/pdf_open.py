"""Opening a PDF in the system viewer without leaving copies around.

The viewer needs a file. It is written to a private folder inside the vault's own folder (owner-only),
under a random name that says nothing about the client, and every file there is removed when the vault is
locked (the workspace that opened it goes away), when the app quits, and before the first PDF of a run is
opened (left-overs of a crash)."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

from omavalmentaja.atomic import write_atomic
from omavalmentaja.services.pdf_view import FOLDER_NAME, remove_viewed_pdfs, view_folder

__all__ = ["FOLDER_NAME", "open_in_viewer", "remove_viewed_pdfs", "view_folder", "write_for_viewing"]

_hooked: set[int] = set()
_swept: set[Path] = set()


def write_for_viewing(vault_folder: Path, data: bytes, owner: QObject | None = None) -> Path:
    """Write the PDF for the viewer and arrange its removal; `owner` going away (locking) removes it too."""
    folder = view_folder(vault_folder)
    if folder not in _swept:
        remove_viewed_pdfs(folder)
        _swept.add(folder)
    path = folder / f"{secrets.token_hex(8)}.pdf"
    write_atomic(path, data, mode=0o600)
    _remove_when_gone(owner, folder)
    app = QCoreApplication.instance()
    _remove_when_gone(app, folder, signal_name="aboutToQuit")
    return path


def _remove_when_gone(owner: QObject | None, folder: Path, signal_name: str = "destroyed") -> None:
    if owner is None or id(owner) in _hooked:
        return
    _hooked.add(id(owner))
    key = id(owner)

    def cleanup(*_: object) -> None:
        _hooked.discard(key)
        remove_viewed_pdfs(folder)

    getattr(owner, signal_name).connect(cleanup)


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
