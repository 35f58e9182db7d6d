"""Backing up the whole vault into one encrypted file, and restoring it into an empty folder."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from omavalmentaja.atomic import make_private_folders, write_atomic
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.services.files import output_path, read_bounded, write_output
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso, open_database
from omavalmentaja.store.snapshot import export_copy
from omavalmentaja.vault.backup import MAX_HEADER_BYTES, BackupContents, open_backup, seal_backup
from omavalmentaja.vault.header import DATA_KEY_BYTES, KdfParams, VaultHeader, Wrap
from omavalmentaja.vault.vault import Vault

BACKUP_SUFFIX = ".omvbackup"
MAX_BACKUP_BYTES = 2**31 - 1024  # one AES-GCM message
MAX_BACKUP_FILE_BYTES = MAX_BACKUP_BYTES + MAX_HEADER_BYTES + 1024  # with its header and tag


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    schema_version: int


def make_backup(session: Session, out: Path, passphrase: str, *, overwrite: bool = False) -> BackupResult:
    """Write a backup of the whole vault to `out`, openable with the vault's passphrase (checked first).
    An existing file is replaced only with `overwrite`; the vault's folder is never written into."""
    out = output_path(out, session.vault.folder, force=overwrite)
    if not session.vault.verify_passphrase(passphrase):
        raise WrongPassphrase()
    kdf = VaultHeader.read(session.vault.header_path).kdf
    key = os.urandom(DATA_KEY_BYTES)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("files.no_folder", folder)
    database = export_copy(session.db, folder, key)
    if len(database) > MAX_BACKUP_BYTES:
        raise UserError("backup.too_large")
    contents = BackupContents(database=database, database_key=key, schema_version=session.db.schema_version,
                              created_at=now_iso())
    data = seal_backup(contents, passphrase, kdf)
    write_output(out, data, force=overwrite)
    session.audit.record("vault.backup", detail=f"bytes={len(data)}")
    return BackupResult(out, len(data), contents.schema_version)


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    created_at: str
    schema_version: int


def restore_backup(backup: Path, folder: Path, passphrase: str) -> RestoreResult:
    """Make a vault in `folder` (which must be empty or not exist) from a backup; its passphrase is the backup's.

    Every check runs before anything is written; if the restored database does not open, nothing stays. Only
    a folder made here is made owner-only: an existing folder keeps its permissions."""
    vault = Vault(folder)
    if vault.exists() or vault.database_path.exists():
        raise UserError("backup.restore_vault_exists", folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError("backup.restore_not_empty", folder)
    contents = open_backup(read_bounded(Path(backup), MAX_BACKUP_FILE_BYTES), passphrase)
    written = [vault.database_path, *(Path(f"{vault.database_path}{s}") for s in ("-wal", "-shm")),
               vault.header_path]
    made_folder = not folder.exists()
    try:
        make_private_folders(folder)
        write_atomic(vault.database_path, contents.database)
        restored = Session(vault, open_database(vault.database_path, contents.database_key))  # migrates if older
        with restored:
            restored.audit.record("vault.restore", detail=f"schema={contents.schema_version}")
        kdf = KdfParams.fresh()
        header = VaultHeader(kdf=kdf, wraps={"passphrase": Wrap.seal("passphrase", kdf.derive(passphrase),
                                                                      contents.database_key)})
        header.write(vault.header_path)
    except BaseException as exc:
        for path in written:  # the folder was empty: everything of the vault's in it was written here
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if made_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise UserError("backup.cannot_restore", folder, exc.strerror or type(exc).__name__) from None
        raise
    return RestoreResult(folder, contents.created_at, contents.schema_version)
