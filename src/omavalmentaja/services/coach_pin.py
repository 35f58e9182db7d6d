"""The coach's PIN: a short code that leaves hand-over mode instead of the whole passphrase.

Leaving hand-over checks it against an Argon2id hash kept in the encrypted store. The same PIN is the quick
unlock's (services/quick_unlock.py): one PIN per coach. Setting or clearing it here changes the quick unlock
too, and wrong codes count in one place with it: after MAX_FAILURES wrong codes in a row (at unlock or here)
the PIN stops working until the coach uses the passphrase, and the quick unlock is removed, so a client
cannot try codes for long.
"""

from __future__ import annotations

import hmac
import json

from omavalmentaja.errors import UserError
from omavalmentaja.services.session import Session
from omavalmentaja.vault.header import KdfParams, b64d, b64e
from omavalmentaja.vault.quick_unlock import MAX_FAILURES, PIN_PATTERN, check_pin, looks_like_pin

META_KEY = "coach_pin"
__all__ = ["MAX_FAILURES", "PIN_PATTERN", "clear_pin", "has_pin", "looks_like_pin", "pin_usable", "set_pin",
           "store_pin", "verify_pin"]


def _params(salt: str) -> KdfParams:
    return KdfParams(salt=salt, iterations=2, lanes=1, memory_cost=19 * 1024)  # OWASP's Argon2id minimum


def _load(session: Session) -> dict | None:  # type: ignore[type-arg]
    raw = session.db.meta(META_KEY)
    return None if raw is None else json.loads(raw)


def _store(session: Session, state: dict) -> None:  # type: ignore[type-arg]
    session.db.set_meta(META_KEY, json.dumps(state))


def set_pin(session: Session, passphrase: str, pin: str) -> None:
    """Set or replace the PIN; the passphrase confirms it is the coach. With quick unlock on, its PIN wrap is
    made again with the new PIN (one PIN per coach)."""
    check_pin(pin)
    if not session.vault.verify_passphrase(passphrase):
        raise UserError("vault.wrong_passphrase")
    if session.vault.quick_unlock_enabled():
        session.vault.enable_quick_unlock(session.db.key, pin)
    store_pin(session, pin)


def store_pin(session: Session, pin: str) -> None:
    """Keep the PIN's hash in the store for leaving hand-over (the caller has checked the passphrase)."""
    params = KdfParams.fresh()
    digest = _params(params.salt).derive(pin)
    _store(session, {"salt": params.salt, "hash": b64e(digest), "failures": 0})
    session.audit.record("pin.set")


def clear_pin(session: Session) -> None:
    """No PIN: leaving hand-over needs the passphrase, and quick unlock (which is the same PIN) is turned off."""
    session.db.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
    if session.vault.quick_unlock_enabled():
        session.vault.disable_quick_unlock()
    session.audit.record("pin.clear")


def has_pin(session: Session) -> bool:
    """A PIN is set (it may be locked after wrong tries)."""
    return _load(session) is not None


def pin_usable(session: Session) -> bool:
    state = _load(session)
    return state is not None and state["failures"] < MAX_FAILURES


def verify_pin(session: Session, pin: str) -> bool:
    """True for the right PIN. Wrong ones count; at MAX_FAILURES the PIN stops working (UserError)."""
    state = _load(session)
    if state is None:
        raise UserError("svc.no_pin")
    if state["failures"] >= MAX_FAILURES:
        raise UserError("svc.pin_locked")
    if hmac.compare_digest(_params(state["salt"]).derive(pin), b64d(state["hash"])):
        state["failures"] = 0
        _store(session, state)
        session.vault.reset_pin_failures()
        return True
    state["failures"] += 1
    if session.vault.quick_unlock_enabled() and session.vault.record_pin_failure() == 0:
        state["failures"] = MAX_FAILURES  # the shared count reached the limit: the quick unlock is gone too
    _store(session, state)
    if state["failures"] >= MAX_FAILURES:
        session.audit.record("pin.locked")
    return False


def reset_failures(session: Session) -> None:
    """The passphrase (or the right PIN at unlock) was given: the PIN works again."""
    session.vault.reset_pin_failures()
    state = _load(session)
    if state is not None and state["failures"]:
        state["failures"] = 0
        _store(session, state)
