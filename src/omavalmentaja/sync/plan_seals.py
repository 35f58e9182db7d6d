"""Checking the device signature over a signed plan's seal as it arrives in a bundle (see services/plan_seal)."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from omavalmentaja.domain.plan import device_seal_message
from omavalmentaja.sync.bundle import BundleError
from omavalmentaja.sync.keys import KEY_BYTES, signature_valid

BAD_SEAL = "sync.bad_plan_seal"


def decode_seal(version_id: str, client_id: str, seal_hex: str, key_text: str, signature_text: str) -> bytes | None:
    """The public key that validly signed this seal, or None if the signature or key is malformed or wrong."""
    try:
        key = base64.b64decode(key_text, validate=True)
        signature = base64.b64decode(signature_text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(key) != KEY_BYTES or not signature_valid(key, signature, device_seal_message(version_id, client_id,
                                                                                          seal_hex)):
        return None
    return key


def check_plan_seal(table: str, row: dict[str, Any], sender_sign: bytes | None) -> None:
    """A signed plan version either carries no device signature (signed before the device had keys) or one
    that is valid - and, from a coach's device (sender_sign given), made with that very device's key."""
    if table != "plan_versions" or row.get("status") != "signed":
        return
    key_text, signature_text = row.get("seal_sign_key") or "", row.get("seal_signature") or ""
    if not key_text and not signature_text:
        return
    texts = (row.get("id"), row.get("client_id"), row.get("seal_hash"), key_text, signature_text)
    if not all(isinstance(t, str) for t in texts):
        raise BundleError(BAD_SEAL)
    key = decode_seal(*texts)  # type: ignore[arg-type]
    if key is None or (sender_sign is not None and key != sender_sign):
        raise BundleError(BAD_SEAL)
