"""A vault: one folder holding the header file and the SQLCipher database."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from omavalmentaja.atomic import make_private_folders
from omavalmentaja.domain.passphrase import passphrase_problems
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.messages import Message
from omavalmentaja.store.db import Database, open_database
from omavalmentaja.vault.header import DATA_KEY_BYTES, KdfParams, VaultHeader, Wrap

HEADER_NAME = "vault.header"
DATABASE_NAME = "vault.db"
MAX_FAILURE_DELAY_SECONDS = 30.0


class Vault:
    """Creating, unlocking and re-keying a vault. Holds no key after a call returns."""

    _failures: dict[Path, int] = {}
    _failures_lock = threading.Lock()

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def header_path(self) -> Path:
        return self.folder / HEADER_NAME

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_NAME

    def exists(self) -> bool:
        return self.header_path.exists()

    def create(self, passphrase: str, kdf: KdfParams | None = None) -> Database:
        problems = passphrase_problems(passphrase)
        if problems:
            raise UserError(Message.joined(problems))
        if self.exists() or self.database_path.exists():
            raise UserError("vault.already_exists", self.folder)
        make_private_folders(self.folder)  # an existing folder keeps its permissions (a shared one its bits)
        data_key = os.urandom(DATA_KEY_BYTES)
        params = kdf or KdfParams.fresh()
        header = VaultHeader(kdf=params, wraps={"passphrase": Wrap.seal("passphrase", params.derive(passphrase),
                                                                          data_key)})
        db = None
        try:
            db = open_database(self.database_path, data_key, create=True)
            header.write(self.header_path)
        except BaseException:  # e.g. a full disk: no database may stay behind without its key
            if db is not None:
                db.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.database_path}{suffix}").unlink(missing_ok=True)
            raise
        return db

    def unlock(self, passphrase: str) -> Database:
        header = VaultHeader.read(self.header_path)
        try:
            data_key = header.unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            self._slow_down_after_failure()
            raise
        with self._failures_lock:
            self._failures.pop(self.folder, None)
        return open_database(self.database_path, data_key)

    def unlock_with_secret(self, kind: str, secret: bytes) -> Database:
        header = VaultHeader.read(self.header_path)
        return open_database(self.database_path, header.unwrap_with_secret(kind, secret))

    def verify_passphrase(self, passphrase: str) -> bool:
        """For leaving hand-over mode: checks the passphrase without opening anything."""
        try:
            VaultHeader.read(self.header_path).unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            self._slow_down_after_failure()
            return False
        return True

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the same data key under a new passphrase; the database is not re-encrypted."""
        problems = passphrase_problems(new)
        if problems:
            raise UserError(Message.joined(problems))
        header = VaultHeader.read(self.header_path)
        data_key = header.unwrap_with_passphrase(old)
        params = KdfParams.fresh()
        header.kdf = params
        header.wraps["passphrase"] = Wrap.seal("passphrase", params.derive(new), data_key)
        header.write(self.header_path)

    def add_secret_wrap(self, passphrase: str, kind: str, secret: bytes) -> None:
        """Wrap the data key under another secret as well (OS keyring, PIN-derived key, recovery)."""
        header = VaultHeader.read(self.header_path)
        data_key = header.unwrap_with_passphrase(passphrase)
        header.wraps[kind] = Wrap.seal(kind, secret, data_key)
        header.write(self.header_path)

    def remove_wrap(self, kind: str) -> None:
        if kind == "passphrase":
            raise UserError("vault.passphrase_wrap_kept")
        header = VaultHeader.read(self.header_path)
        header.wraps.pop(kind, None)
        header.write(self.header_path)

    def _slow_down_after_failure(self) -> None:
        with self._failures_lock:
            count = self._failures.get(self.folder, 0) + 1
            self._failures[self.folder] = count
        if count > 1:
            time.sleep(min(2.0 ** (count - 2), MAX_FAILURE_DELAY_SECONDS))
