"""A vault: one folder holding the header file and the SQLCipher database."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag

from omavalmentaja.atomic import make_private_folders
from omavalmentaja.domain.passphrase import passphrase_problems
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.messages import Message
from omavalmentaja.store.db import Database, open_database
from omavalmentaja.vault import keyring_store, quick_unlock
from omavalmentaja.vault import rekey as rekeying
from omavalmentaja.vault.header import DATA_KEY_BYTES, HEADER_NAME, KdfParams, VaultHeader, Wrap
from omavalmentaja.vault.quick_unlock import check_pin

DATABASE_NAME = "vault.db"
MAX_FAILURE_DELAY_SECONDS = 30.0


class Vault:
    """Creating, unlocking and re-keying a vault. Holds no key after a call returns (the open Database does)."""

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
        db = self._open(lambda header: header.unwrap_with_passphrase(passphrase))
        with self._failures_lock:
            self._failures.pop(self.folder, None)
        self.reset_pin_failures()  # the coach has shown the passphrase: wrong PINs before it are forgiven
        return db

    def _open(self, unwrap: Callable[[VaultHeader], bytes]) -> Database:
        """Open with the key `unwrap` takes from the header, first settling a rekey a crash interrupted."""
        settled = rekeying.settle(self.folder, self.database_path, unwrap)
        if settled is not None:
            return settled
        header = VaultHeader.read(self.header_path)
        try:
            data_key = unwrap(header)
        except WrongPassphrase:
            self._slow_down_after_failure()
            raise
        try:
            db = open_database(self.database_path, data_key)
        except UserError:
            if rekeying.interrupted(self.folder):  # the database was swapped: only the new passphrase opens it
                raise UserError("keys.rekey_interrupted") from None
            raise
        rekeying.discard_pending(self.folder, self.database_path)
        return db

    def unlock_with_pin(self, pin: str) -> Database:
        """Quick unlock: the PIN with the device secret from the OS keyring. A wrong PIN counts; the fifth in a
        row removes the PIN wrap (and the keyring entry) and the passphrase is needed."""
        check_pin(pin)
        header = VaultHeader.read(self.header_path)
        quick = quick_unlock.read(header)
        if quick is None:
            raise UserError("keys.quick_unlock_off")
        secret = keyring_store.get_secret(quick.keyring_id)
        if secret is None:
            raise UserError("keys.keyring_entry_missing")
        try:
            data_key = quick.open(pin, secret)
        except InvalidTag:
            left = self.record_pin_failure()
            raise UserError("keys.pin_wrong", left) if left else UserError("keys.pin_removed") from None
        self._reset_pin_failures(header, quick)
        return self._open(lambda _header: data_key)

    def quick_unlock_enabled(self) -> bool:
        return quick_unlock.enabled_in(self.folder)

    def enable_quick_unlock(self, data_key: bytes, pin: str) -> None:
        """A fresh device secret in the OS keyring and the data key wrapped under it and the PIN."""
        check_pin(pin)
        if not keyring_store.available():
            raise UserError(keyring_store.UNAVAILABLE)
        secret = os.urandom(quick_unlock.SECRET_BYTES)
        quick = quick_unlock.QuickUnlock.seal(data_key, pin, secret)
        keyring_store.put_secret(quick.keyring_id, secret)
        header = VaultHeader.read(self.header_path)
        old = quick_unlock.read(header)
        quick_unlock.put(header, quick)
        header.write(self.header_path)
        if old is not None:
            keyring_store.delete_secret(old.keyring_id)

    def disable_quick_unlock(self) -> None:
        header = VaultHeader.read(self.header_path)
        quick = quick_unlock.read(header)
        if quick is None:
            return
        quick_unlock.put(header, None)
        header.write(self.header_path)
        keyring_store.delete_secret(quick.keyring_id)

    def record_pin_failure(self) -> int:
        """One more wrong PIN (at unlock or when leaving hand-over); the wrong PINs left before the PIN wrap is
        removed (0: removed now)."""
        header = VaultHeader.read(self.header_path)
        quick = quick_unlock.read(header)
        if quick is None:
            return 0
        failures = quick.failures + 1
        if failures >= quick_unlock.MAX_FAILURES:
            self.disable_quick_unlock()
            return 0
        quick_unlock.put(header, dataclasses.replace(quick, failures=failures))
        header.write(self.header_path)
        return quick_unlock.MAX_FAILURES - failures

    def reset_pin_failures(self) -> None:
        header = VaultHeader.read(self.header_path)
        quick = quick_unlock.read(header)
        if quick is not None:
            self._reset_pin_failures(header, quick)

    def _reset_pin_failures(self, header: VaultHeader, quick: quick_unlock.QuickUnlock) -> None:
        if quick.failures:
            quick_unlock.put(header, dataclasses.replace(quick, failures=0))
            header.write(self.header_path)

    def verify_passphrase(self, passphrase: str) -> bool:
        """For leaving hand-over mode: checks the passphrase without opening anything."""
        try:
            VaultHeader.read(self.header_path).unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            self._slow_down_after_failure()
            return False
        return True

    def new_passphrase_header(self, passphrase: str, data_key: bytes) -> VaultHeader:
        """A header for a rekey: the new passphrase's wrap of the new data key. Quick unlock is not carried
        over (its wrap holds the old key and the PIN is not at hand); the recovery wrap is added by the caller."""
        problems = passphrase_problems(passphrase)
        if problems:
            raise UserError(Message.joined(problems))
        params = KdfParams.fresh()
        return VaultHeader(kdf=params, wraps={"passphrase": Wrap.seal("passphrase", params.derive(passphrase),
                                                                        data_key)})

    def rekey(self, db: Database, header: VaultHeader, data_key: bytes, step: rekeying.Step | None = None) -> Database:
        """Re-encrypt the open database under `data_key` with `header` (vault/rekey.py); returns it reopened."""
        old = quick_unlock.read(VaultHeader.read(self.header_path))
        reopened = rekeying.rekey(self.folder, db, header, data_key, step)
        if old is not None and quick_unlock.read(header) is None:
            keyring_store.delete_secret(old.keyring_id)
        return reopened

    def _slow_down_after_failure(self) -> None:
        with self._failures_lock:
            count = self._failures.get(self.folder, 0) + 1
            self._failures[self.folder] = count
        if count > 1:
            time.sleep(min(2.0 ** (count - 2), MAX_FAILURE_DELAY_SECONDS))
