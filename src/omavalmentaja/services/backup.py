"""Backing up the whole vault into one encrypted file, and restoring it into an empty folder."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from omavalmentaja.atomic import write_atomic
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso, open_database
from omavalmentaja.store.snapshot import export_copy
from omavalmentaja.vault.backup import BackupContents, open_backup, seal_backup
from omavalmentaja.vault.header import DATA_KEY_BYTES, KdfParams, VaultHeader, Wrap
from omavalmentaja.vault.vault import Vault

BACKUP_SUFFIX = ".omvbackup"
MAX_BACKUP_BYTES = 2**31 - 1024  # one AES-GCM message


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    schema_version: int


def make_backup(session: Session, out: Path, passphrase: str, *, overwrite: bool = False) -> BackupResult:
    """Write a backup of the whole vault to `out`, openable with the vault's passphrase (checked first)."""
    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} on kansio; anna tiedoston nimi / is a folder; give a file name")
    if out.exists() and not overwrite:
        raise UserError(f"Tiedosto {out} on jo olemassa; sitä ei korvata / the file exists; not overwritten")
    if not session.vault.verify_passphrase(passphrase):
        raise WrongPassphrase()
    kdf = VaultHeader.read(session.vault.header_path).kdf
    key = os.urandom(DATA_KEY_BYTES)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Kansiota {folder} ei ole / no such folder")
    database = export_copy(session.db, folder, key)
    if len(database) > MAX_BACKUP_BYTES:
        raise UserError("Holvi on liian suuri yhteen varmuuskopioon / the vault is too large for one backup")
    contents = BackupContents(database=database, database_key=key, schema_version=session.db.schema_version,
                              created_at=now_iso())
    data = seal_backup(contents, passphrase, kdf)
    try:
        write_atomic(out, data, mode=0o600)
    except OSError as exc:
        raise UserError(f"Varmuuskopiota ei voi kirjoittaa / cannot write the backup: {exc.strerror}") from None
    session.audit.record("vault.backup", detail=f"bytes={len(data)}")
    return BackupResult(out, len(data), contents.schema_version)


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    created_at: str
    schema_version: int


def restore_backup(backup: Path, folder: Path, passphrase: str) -> RestoreResult:
    """Make a vault in `folder` (which must hold none) from a backup; its passphrase is the backup's.

    Every check runs before anything is written; if the restored database does not open, nothing stays."""
    vault = Vault(folder)
    if vault.exists() or vault.database_path.exists():
        raise UserError(f"Kansiossa {folder} on jo holvi; palauta tyhjään kansioon / "
                        "a vault already exists there; restore into an empty folder")
    try:
        data = Path(backup).read_bytes()
    except OSError as exc:
        raise UserError(f"Varmuuskopiota {backup} ei voi lukea / cannot read the backup: {exc.strerror}") from None
    contents = open_backup(data, passphrase)
    written = [vault.database_path, *(Path(f"{vault.database_path}{s}") for s in ("-wal", "-shm")),
               vault.header_path]
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        write_atomic(vault.database_path, contents.database)
        restored = Session(vault, open_database(vault.database_path, contents.database_key))  # migrates if older
        with restored:
            restored.audit.record("vault.restore", detail=f"schema={contents.schema_version}")
        kdf = KdfParams.fresh()
        header = VaultHeader(kdf=kdf, wraps={"passphrase": Wrap.seal("passphrase", kdf.derive(passphrase),
                                                                      contents.database_key)})
        header.write(vault.header_path)
    except BaseException as exc:
        for path in written:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if made_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise UserError(f"Holvia ei voi palauttaa kansioon {folder} / cannot restore there: {exc.strerror}") \
                from None
        raise
    return RestoreResult(folder, contents.created_at, contents.schema_version)
