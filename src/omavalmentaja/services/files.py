"""Reading a file the user names: one clear message for every way it can fail."""

from __future__ import annotations

from pathlib import Path

from omavalmentaja.errors import UserError

MAX_INPUT_BYTES = 50 * 1024 * 1024  # a caseload CSV or a definition file is far smaller


def read_text_file(path: Path) -> str:
    """The file's text as UTF-8 (a BOM is dropped), or a UserError saying why it cannot be read."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise UserError(f"{path.name} on liian suuri / is too large")
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Tiedostoa ei voi lukea / cannot read {path}: {exc.strerror}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name} ei ole UTF-8-tekstiä / is not UTF-8 text") from None
