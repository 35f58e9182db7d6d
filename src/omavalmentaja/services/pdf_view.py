"""The private folder where the app writes PDFs for the system viewer (ui/pdf_open.py writes them).

It lies inside the vault's folder, owner-only, with random file names. Everything in it is removed when the
vault locks, when the app quits or starts, and by every erasure (services.client_erase): a plan PDF left
there by a crashed app must not outlive the client it shows, even when the erasure is run from the CLI."""

from __future__ import annotations

import contextlib
from pathlib import Path

FOLDER_NAME = "pdf-view"


def view_folder(vault_folder: Path) -> Path:
    folder = vault_folder / FOLDER_NAME
    folder.mkdir(mode=0o700, exist_ok=True)
    folder.chmod(0o700)
    return folder


def remove_viewed_pdfs(folder: Path) -> int:
    """Delete every file in the view folder; returns how many were removed (one a viewer holds stays)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.iterdir():
        with contextlib.suppress(OSError):  # a viewer on some systems keeps it locked; swept next time
            path.unlink()
            removed += 1
    return removed


def viewed_pdfs_left(vault_folder: Path) -> list[Path]:
    """The files still in the view folder (none after a successful remove_viewed_pdfs)."""
    folder = vault_folder / FOLDER_NAME
    return sorted(folder.iterdir()) if folder.is_dir() else []
