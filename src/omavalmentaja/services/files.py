"""Files the user names: reading them within a bound, and checking where an output file may be written.

Every read of a file a user or a device supplies goes through read_bounded (a device such as /dev/zero or
a pipe has no size to check beforehand, so the read itself stops at the limit). Every file a command
writes goes through output_path (never into a vault's folder, never over an existing file unless forced)
and write_output."""

from __future__ import annotations

import os
from pathlib import Path

from omavalmentaja.atomic import write_atomic
from omavalmentaja.errors import UserError

MAX_INPUT_BYTES = 50 * 1024 * 1024  # a caseload CSV or a definition file is far smaller
MAX_SECRET_FILE_BYTES = 64 * 1024  # a passphrase or PIN file
VAULT_MARKERS = ("vault.header", "vault.db")  # a folder holding either is a vault's (vault.vault names them)


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, reading at most limit + 1 of them: a UserError if there are more or it cannot be read."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError("files.cannot_read", path, exc.strerror or type(exc).__name__) from None
    if len(data) > limit:
        raise UserError("files.too_large", path.name, limit)
    return data


def read_text_file(path: Path, limit: int = MAX_INPUT_BYTES) -> str:
    """The file's text as UTF-8 (a BOM is dropped), or a UserError saying why it cannot be read."""
    raw = read_bounded(path, limit)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("files.not_utf8", Path(path).name) from None


def read_secret_file(path: Path) -> str:
    """A passphrase or PIN from a file: UTF-8, a BOM dropped, the line ending removed."""
    return read_text_file(path, MAX_SECRET_FILE_BYTES).rstrip("\r\n")


def _real(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def _inside_vault(target: Path, protected: list[Path]) -> bool:
    """Whether `target` (a real path) is in one of the protected folders, or in any folder holding a vault."""
    for folder in target.parents:
        if folder in protected or any((folder / marker).exists() for marker in VAULT_MARKERS):
            return True
    return False


def output_path(out: Path, vault_folder: Path | None = None, *, force: bool = False, folder: bool = False) -> Path:
    """Check where a command may write: never into a vault's folder or below it (symlinks and relative paths
    resolved), never over an existing file unless `force` (the app's save dialog has asked). With folder=True
    `out` is a folder to write files into. Returns the path to write; nothing is written here."""
    out = Path(out).expanduser()
    protected = [_real(vault_folder)] if vault_folder is not None else []
    real = _real(out)
    lexical = Path(os.path.abspath(out))
    if folder:
        if real in protected or lexical in protected or _inside_vault(real / "x", protected) \
                or _inside_vault(lexical / "x", protected):
            raise UserError("files.out_in_vault", out)
        if out.exists() and not out.is_dir():
            raise UserError("files.out_not_folder", out)
        return out
    if _inside_vault(real, protected) or _inside_vault(lexical, protected):
        raise UserError("files.out_in_vault", out)
    if out.is_dir():
        raise UserError("files.out_is_folder", out)
    if (out.exists() or out.is_symlink()) and not force:
        raise UserError("files.out_exists", out)
    return out


def write_output(out: Path, data: bytes, *, force: bool = False, mode: int = 0o600) -> Path:
    """Write a checked output file (see output_path) in one step; without force an existing file stays."""
    try:
        write_atomic(out, data, mode=mode, replace=force)
    except FileExistsError:
        raise UserError("files.out_exists", out) from None
    except OSError as exc:
        raise UserError("files.cannot_write", out, exc.strerror or type(exc).__name__) from None
    return out
