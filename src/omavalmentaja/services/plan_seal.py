"""The device's Ed25519 signature over a signed plan's seal.

The seal itself (domain/plan.py) is a SHA-256: it shows that nothing changed since signing, but anyone who
can write the store could make a new version whose hashes check out. The signing device therefore also signs
the seal with its own Ed25519 key (made on first use, the same key the office confirms at enrolment), so the
office and `plan verify` can tell which device sealed the version. Versions signed before devices had keys
carry no device signature and are reported as such, not as broken."""

from __future__ import annotations

from dataclasses import dataclass

from omavalmentaja.domain.plan import PlanVersion, device_seal_message
from omavalmentaja.messages import Message
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import Database
from omavalmentaja.sync import keystore
from omavalmentaja.sync.bundle import b64e
from omavalmentaja.sync.plan_seals import decode_seal


def sign_seal(db: Database, version: PlanVersion) -> None:
    """Sign the version's seal with this device's key (made now if the vault has none yet). In a transaction."""
    keys = keystore.ensure_own_keys(db)
    message = device_seal_message(version.id, version.client_id, version.seal_hash)
    version.seal_sign_key = b64e(keys.public.sign)
    version.seal_signature = b64e(keys.signing_key().sign(message))


@dataclass(frozen=True)
class DeviceSeal:
    valid: bool  # False: the device signature is wrong or made with a key that is not the device's
    message: Message

    @property
    def text(self) -> str:
        return self.message.render()


UNSIGNED = "svc.seal_unsigned"
BROKEN = "svc.seal_broken"
WRONG_KEY = "svc.seal_wrong_key"


def device_seal(session: Session, version: PlanVersion) -> DeviceSeal:
    """Which device sealed the version, checked against the keys this vault knows."""
    if not version.seal_signature and not version.seal_sign_key:
        return DeviceSeal(True, Message.of(UNSIGNED))
    key = decode_seal(version.id, version.client_id, version.seal_hash, version.seal_sign_key,
                      version.seal_signature)
    if key is None:
        return DeviceSeal(False, Message.of(BROKEN))
    db = session.db
    if version.device_id == db.device_id:
        own = keystore.own_keys(db)
        if own is None or own.public.sign != key:
            return DeviceSeal(False, Message.of(WRONG_KEY))
        return DeviceSeal(True, Message.of("svc.sealed_by_this_device"))
    peer = keystore.get_peer(db, version.device_id)
    if peer is not None:
        if peer.keys.sign != key:
            return DeviceSeal(False, Message.of(WRONG_KEY))
        return DeviceSeal(True, Message.of("svc.sealed_by_device", peer.name or peer.peer_id, peer.fingerprint))
    return DeviceSeal(True, Message.of("svc.sealed_by_unknown_device", version.device_id))
