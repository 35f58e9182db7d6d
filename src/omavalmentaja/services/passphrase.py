"""Changing the passphrase: a full rekey of the database under a new data key (the CLI and the app call this)."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import sqlcipher3

from omavalmentaja.errors import WrongPassphrase
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import open_database
from omavalmentaja.vault import rekey as rekeying
from omavalmentaja.vault.header import DATA_KEY_BYTES


@dataclass(frozen=True)
class RekeyResult:
    quick_unlock_turned_off: bool  # its wrap held the old key; the coach turns it on again with the PIN
    recovery_renewed: bool  # the office's recovery wrap was made again for the new key


def change_passphrase(session: Session, old: str, new: str, step: rekeying.Step | None = None) -> RekeyResult:
    """Check the old passphrase, then re-encrypt everything under a new data key wrapped by the new one."""
    if not session.vault.verify_passphrase(old):
        raise WrongPassphrase()
    return rekey_session(session, new, "vault.passphrase_changed", step)


def rekey_session(session: Session, new_passphrase: str, action: str, step: rekeying.Step | None = None,
                  detail: str = "") -> RekeyResult:
    """A new random data key for the open session's database, wrapped by `new_passphrase` (and to the office for
    recovery, if enrolled); the audit entry `action` is written into the rekeyed database."""
    from omavalmentaja.services import recovery  # recovery applies answers through this function

    vault = session.vault
    data_key = os.urandom(DATA_KEY_BYTES)
    header = vault.new_passphrase_header(new_passphrase, data_key)  # refuses a weak passphrase first
    renewed = recovery.add_wrap_to_header(session, header, data_key)
    had_quick = vault.quick_unlock_enabled()
    old_key = session.db.key
    try:
        reopened = vault.rekey(session.db, header, data_key, step)
    except BaseException:
        _reopen_if_closed(session, old_key)
        raise
    session.use_database(reopened)
    session.audit.record(action, detail=detail)
    return RekeyResult(quick_unlock_turned_off=had_quick, recovery_renewed=renewed)


def _reopen_if_closed(session: Session, key: bytes) -> None:
    """A rekey that failed before its swap leaves the old database whole; the session goes on with it."""
    try:
        session.db.query_one("SELECT 1")
    except sqlcipher3.ProgrammingError:
        with contextlib.suppress(Exception):
            session.use_database(open_database(session.vault.database_path, key))
