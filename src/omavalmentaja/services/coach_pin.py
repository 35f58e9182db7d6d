"""The coach's PIN: a short code that leaves hand-over mode instead of the whole passphrase.

It never unlocks the vault: it is checked only while the vault is open, against an Argon2id hash kept in
the encrypted store. After MAX_FAILURES wrong codes in a row it stops working until the coach uses the
passphrase, so a client cannot try codes for long.
"""

from __future__ import annotations

import hmac
import json
import re

from omavalmentaja.errors import UserError
from omavalmentaja.services.session import Session
from omavalmentaja.vault.header import KdfParams, b64d, b64e

META_KEY = "coach_pin"
MAX_FAILURES = 5
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")  # passphrases are at least 12 characters, so the two never overlap


def _params(salt: str) -> KdfParams:
    return KdfParams(salt=salt, iterations=2, lanes=1, memory_cost=19 * 1024)  # OWASP's Argon2id minimum


def looks_like_pin(text: str) -> bool:
    return bool(PIN_PATTERN.match(text))


def _load(session: Session) -> dict | None:  # type: ignore[type-arg]
    raw = session.db.meta(META_KEY)
    return None if raw is None else json.loads(raw)


def _store(session: Session, state: dict) -> None:  # type: ignore[type-arg]
    session.db.set_meta(META_KEY, json.dumps(state))


def set_pin(session: Session, passphrase: str, pin: str) -> None:
    """Set or replace the PIN; the passphrase confirms it is the coach."""
    if not looks_like_pin(pin):
        raise UserError("svc.pin_digits")
    if not session.vault.verify_passphrase(passphrase):
        raise UserError("vault.wrong_passphrase")
    params = KdfParams.fresh()
    digest = _params(params.salt).derive(pin)
    _store(session, {"salt": params.salt, "hash": b64e(digest), "failures": 0})
    session.audit.record("pin.set")


def clear_pin(session: Session) -> None:
    session.db.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
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
        return True
    state["failures"] += 1
    _store(session, state)
    if state["failures"] >= MAX_FAILURES:
        session.audit.record("pin.locked")
    return False


def reset_failures(session: Session) -> None:
    """The passphrase was given: the PIN works again."""
    state = _load(session)
    if state is not None and state["failures"]:
        state["failures"] = 0
        _store(session, state)
