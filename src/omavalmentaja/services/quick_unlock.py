"""Quick unlock ("remember on this laptop"): the coach's PIN with a device secret in the OS keyring.

One PIN per coach: turning quick unlock on sets the hand-over PIN (services/coach_pin.py) to the same code,
and wrong PINs at unlock or when leaving hand-over count together (vault.record_pin_failure): the fifth in a
row removes the PIN wrap, and the passphrase is needed.
"""

from __future__ import annotations

from pathlib import Path

from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.services import coach_pin
from omavalmentaja.services.session import Session
from omavalmentaja.vault import keyring_store
from omavalmentaja.vault.quick_unlock import check_pin
from omavalmentaja.vault.vault import Vault


def unavailable_reason() -> str | None:
    """The message id saying why quick unlock cannot be turned on here, or None if it can."""
    return None if keyring_store.available() else keyring_store.UNAVAILABLE


def enabled(session_or_folder: Session | Path) -> bool:
    vault = session_or_folder.vault if isinstance(session_or_folder, Session) else Vault(session_or_folder)
    return vault.quick_unlock_enabled()


def enable(session: Session, passphrase: str, pin: str) -> None:
    """Turn quick unlock on with `pin` (the passphrase confirms it is the coach); also the hand-over PIN."""
    check_pin(pin)
    reason = unavailable_reason()
    if reason is not None:
        raise UserError(reason)
    if not session.vault.verify_passphrase(passphrase):
        raise WrongPassphrase()
    session.vault.enable_quick_unlock(session.db.key, pin)
    coach_pin.store_pin(session, pin)
    session.audit.record("vault.quick_unlock_on")


def disable(session: Session) -> None:
    """Turn quick unlock off: the PIN wrap leaves the header and the keyring entry is deleted. The hand-over
    PIN stays."""
    session.vault.disable_quick_unlock()
    session.audit.record("vault.quick_unlock_off")


def unlock(folder: Path, pin: str) -> Session:
    """Open the vault with the PIN and the device secret from this user's OS keyring."""
    vault = Vault(folder)
    session = Session(vault, vault.unlock_with_pin(pin))
    coach_pin.reset_failures(session)
    session.audit.record("vault.unlock", detail="quick_unlock")
    session.keep_recovery_wrap()
    return session
