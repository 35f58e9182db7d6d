"""Recovery through the office: the data key sealed to the office, a device-signed request, a one-time answer.

docs/recovery.md gives every byte. In short:
  - at enrolment (and after every rekey) the header's "recovery" section holds the data key sealed with HPKE
    to the office's X25519 key (the bundles' suite), a fresh Ed25519 *request key* (its private half in
    `vault.recovery-key`, owner-only, beside the header: it must work without the passphrase) and the device
    key's signature endorsing that request key;
  - a request carries the section, a request id, a fresh one-time X25519 public key (its private half in
    `vault.recovery-pending`, owner-only) and the request key's signature;
  - the office checks the device (enrolled, not revoked, the endorsement under the device key it trusts),
    opens the sealed key and seals it again to the one-time key, bound to the SHA-256 of that exact request,
    and signs the answer with its Ed25519 key;
  - the device accepts an answer only for its own pending request, then deletes the one-time key.
Nothing here is home-made: HPKE (RFC 9180), Ed25519 and SHA-256 from `cryptography`.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from omavalmentaja.errors import UserError
from omavalmentaja.vault.header import DATA_KEY_BYTES, VaultHeader, b64d, b64e

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.hpke import Suite

# cryptography is imported where a key is made or used, not with this module: reading a vault's header (which
# checks this section) comes before the unlock screen is first painted.

SECTION = "recovery"
KEY_FILE_NAME = "vault.recovery-key"
PENDING_FILE_NAME = "vault.recovery-pending"
REQUEST_MAGIC = b"OMAVALMENTAJA-RECOVERY-REQUEST\n"
ANSWER_MAGIC = b"OMAVALMENTAJA-RECOVERY-ANSWER\n"
REQUEST_FORMAT = "omavalmentaja-recovery-request"
ANSWER_FORMAT = "omavalmentaja-recovery-answer"
FORMAT_VERSION = 1
WRAP_INFO = b"omavalmentaja recovery v1 wrap\x00"
ENDORSEMENT_LABEL = b"omavalmentaja recovery key v1\x00"
REQUEST_LABEL = b"omavalmentaja recovery request v1\x00"
ANSWER_INFO = b"omavalmentaja recovery v1 answer\x00"
ANSWER_LABEL = b"omavalmentaja recovery answer v1\x00"
SEALED_BYTES = 32 + DATA_KEY_BYTES + 16  # HPKE enc + sealed key + Poly1305 tag
MAX_FILE_BYTES = 16 * 1024
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@cache
def suite() -> Suite:
    """HPKE with X25519, HKDF-SHA256 and ChaCha20-Poly1305 (the bundles' suite)."""
    from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

    return Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _ids(device_id: str, office_id: str, request_key: bytes) -> bytes:
    return device_id.encode("ascii") + b"\x00" + office_id.encode("ascii") + b"\x00" + request_key


@dataclass(frozen=True)
class RecoveryWrap:
    """The header section (all keys raw bytes in base64)."""

    office_id: str
    office_sign_key: str
    office_enc_key: str
    device_id: str
    request_key: str
    endorsement: str
    sealed: str

    @classmethod
    def seal(cls, data_key: bytes, device_id: str, device_sign: Ed25519PrivateKey, office_id: str,
             office_sign_key: bytes, office_enc_key: bytes) -> tuple[RecoveryWrap, bytes]:
        """The section and the request key's private half (for vault.recovery-key)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        request = Ed25519PrivateKey.generate()
        request_public = raw_public(request)
        ids = _ids(device_id, office_id, request_public)
        sealed = suite().encrypt(data_key, X25519PublicKey.from_public_bytes(office_enc_key), info=WRAP_INFO + ids)
        endorsement = device_sign.sign(ENDORSEMENT_LABEL + ids)
        wrap = cls(office_id=office_id, office_sign_key=b64e(office_sign_key), office_enc_key=b64e(office_enc_key),
                   device_id=device_id, request_key=b64e(request_public), endorsement=b64e(endorsement),
                   sealed=b64e(sealed))
        return wrap, raw_private(request)

    @classmethod
    def from_section(cls, section: Any) -> RecoveryWrap:
        """Strict: exactly these fields, ids as canonical UUIDs, every key of its length (else ValueError)."""
        names = {f for f in cls.__dataclass_fields__}
        if not isinstance(section, dict) or set(section) != names or \
                not all(isinstance(section[n], str) for n in names):
            raise ValueError("recovery section")
        wrap = cls(**section)
        if not (_UUID.match(wrap.office_id) and _UUID.match(wrap.device_id)):
            raise ValueError("recovery ids")
        lengths = {"office_sign_key": 32, "office_enc_key": 32, "request_key": 32, "endorsement": 64,
                   "sealed": SEALED_BYTES}
        for name, length in lengths.items():
            if len(b64d(getattr(wrap, name))) != length:
                raise ValueError(f"recovery {name}")
        return wrap

    def ids(self) -> bytes:
        return _ids(self.device_id, self.office_id, b64d(self.request_key))

    def open_at_office(self, office_enc: X25519PrivateKey) -> bytes:
        """The data key (the office's side); UserError if the sealed key does not open."""
        from cryptography.exceptions import InvalidTag

        try:
            key = suite().decrypt(b64d(self.sealed), office_enc, info=WRAP_INFO + self.ids())
        except (InvalidTag, ValueError):
            raise UserError("keys.recovery_request_damaged") from None
        if len(key) != DATA_KEY_BYTES:
            raise UserError("keys.recovery_request_damaged")
        return key


def read(header: VaultHeader) -> RecoveryWrap | None:
    section = header.sections.get(SECTION)
    return None if section is None else RecoveryWrap.from_section(section)


def put(header: VaultHeader, wrap: RecoveryWrap | None) -> None:
    if wrap is None:
        header.sections.pop(SECTION, None)
    else:
        header.sections[SECTION] = asdict(wrap)


@dataclass(frozen=True)
class Request:
    request_id: str
    created_at: str
    wrap: RecoveryWrap
    answer_key: bytes  # the one-time X25519 public key
    data: bytes  # the file's bytes, as signed and hashed

    @property
    def sha256(self) -> bytes:
        import hashlib

        return hashlib.sha256(self.data).digest()


def make_request(wrap: RecoveryWrap, request_private: bytes, created_at: str) -> tuple[Request, bytes]:
    """A signed request and the one-time private key the answer will be sealed to."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    answer_key = X25519PrivateKey.generate()
    body: dict[str, Any] = {"format": REQUEST_FORMAT, "version": FORMAT_VERSION, "request_id": str(uuid.uuid4()),
                            "created_at": created_at, "wrap": asdict(wrap),
                            "answer_key": b64e(raw_public(answer_key))}
    signer = Ed25519PrivateKey.from_private_bytes(request_private)
    if raw_public(signer) != b64d(wrap.request_key):
        raise UserError("keys.recovery_key_file_mismatch")
    body["signature"] = b64e(signer.sign(REQUEST_LABEL + canonical(body)))
    data = REQUEST_MAGIC + canonical(body) + b"\n"
    return parse_request(data), raw_private(answer_key)


def _body(data: bytes, magic: bytes, format_name: str, fields: set[str], damaged: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES or not data.startswith(magic):
        raise UserError(damaged)
    try:
        body = json.loads(data[len(magic):].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UserError(damaged) from None
    if not isinstance(body, dict) or set(body) != fields or body.get("format") != format_name \
            or body.get("version") != FORMAT_VERSION:
        raise UserError(damaged)
    return body


def parse_request(data: bytes) -> Request:
    """A request whose request-key signature holds; UserError for anything else. (Whose device it is, the
    office checks against its own list.)"""
    from omavalmentaja.sync.keys import signature_valid

    damaged = "keys.recovery_request_damaged"
    body = _body(data, REQUEST_MAGIC, REQUEST_FORMAT,
                 {"format", "version", "request_id", "created_at", "wrap", "answer_key", "signature"}, damaged)
    try:
        wrap = RecoveryWrap.from_section(body["wrap"])
        answer_key = b64d(body["answer_key"])
        signature = b64d(body["signature"])
        request_id, created_at = body["request_id"], body["created_at"]
        if len(answer_key) != 32 or not isinstance(request_id, str) or not _UUID.match(request_id) \
                or not isinstance(created_at, str) or len(created_at) > 40:
            raise ValueError
    except (ValueError, TypeError, AttributeError):
        raise UserError(damaged) from None
    signed = {k: v for k, v in body.items() if k != "signature"}
    if not signature_valid(b64d(wrap.request_key), signature, REQUEST_LABEL + canonical(signed)):
        raise UserError(damaged)
    return Request(request_id=request_id, created_at=created_at, wrap=wrap, answer_key=answer_key, data=data)


def endorsement_valid(wrap: RecoveryWrap, device_sign_key: bytes) -> bool:
    from omavalmentaja.sync.keys import signature_valid

    return signature_valid(device_sign_key, b64d(wrap.endorsement), ENDORSEMENT_LABEL + wrap.ids())


def make_answer(request: Request, data_key: bytes, office_sign: Ed25519PrivateKey, created_at: str) -> bytes:
    """The office's answer: the data key sealed to the request's one-time key, bound to that request."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    sealed = suite().encrypt(data_key, X25519PublicKey.from_public_bytes(request.answer_key),
                           info=ANSWER_INFO + request.sha256)
    body: dict[str, Any] = {"format": ANSWER_FORMAT, "version": FORMAT_VERSION, "request_id": request.request_id,
                            "request_sha256": request.sha256.hex(), "device_id": request.wrap.device_id,
                            "office_id": request.wrap.office_id, "created_at": created_at, "sealed": b64e(sealed)}
    body["signature"] = b64e(office_sign.sign(ANSWER_LABEL + canonical(body)))
    return ANSWER_MAGIC + canonical(body) + b"\n"


@dataclass(frozen=True)
class Answer:
    request_id: str
    request_sha256: bytes
    device_id: str
    office_id: str
    sealed: bytes


def parse_answer(data: bytes, wrap: RecoveryWrap) -> Answer:
    """An answer signed by this vault's office for this device; UserError otherwise."""
    from omavalmentaja.sync.keys import signature_valid

    damaged = "keys.recovery_answer_damaged"
    body = _body(data, ANSWER_MAGIC, ANSWER_FORMAT, {"format", "version", "request_id", "request_sha256",
                                                     "device_id", "office_id", "created_at", "sealed", "signature"},
                 damaged)
    try:
        answer = Answer(request_id=str(body["request_id"]), request_sha256=bytes.fromhex(body["request_sha256"]),
                        device_id=str(body["device_id"]), office_id=str(body["office_id"]),
                        sealed=b64d(body["sealed"]))
        signature = b64d(body["signature"])
        if not _HEX64.match(body["request_sha256"]) or len(answer.sealed) != SEALED_BYTES:
            raise ValueError
    except (ValueError, TypeError, AttributeError):
        raise UserError(damaged) from None
    signed = {k: v for k, v in body.items() if k != "signature"}
    if not signature_valid(b64d(wrap.office_sign_key), signature, ANSWER_LABEL + canonical(signed)):
        raise UserError(damaged)
    if answer.device_id != wrap.device_id or answer.office_id != wrap.office_id:
        raise UserError("keys.recovery_answer_other_device")
    return answer


def open_answer(answer: Answer, answer_private: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        key = suite().decrypt(answer.sealed, X25519PrivateKey.from_private_bytes(answer_private),
                            info=ANSWER_INFO + answer.request_sha256)
    except (InvalidTag, ValueError):
        raise UserError("keys.recovery_answer_not_this_request") from None
    if len(key) != DATA_KEY_BYTES:
        raise UserError("keys.recovery_answer_damaged")
    return key
