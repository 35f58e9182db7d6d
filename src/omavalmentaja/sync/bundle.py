"""The bundle file format, version 1 (docs/bundle-format.md describes it byte by byte).

    magic "OMVBUNDL" | u16 format version | u32 n | header (n bytes, UTF-8 JSON)
    | u32 m | wrapped key (m bytes: HPKE base mode, X25519 / HKDF-SHA256 / ChaCha20-Poly1305, of a random
      32-byte bundle key) | u64 k | payload ciphertext (k bytes: AES-256-GCM under the bundle key)
    | Ed25519 signature (64 bytes) over every byte before it

Integers are big-endian. Nothing but key material, ids, a sequence number and a time is in the plain header.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from omavalmentaja.errors import UserError
from omavalmentaja.sync.keys import KEY_BYTES, KeyPairs, PublicKeys

MAGIC = b"OMVBUNDL"
FORMAT_VERSION = 1
FORMAT_NAME = "omavalmentaja-bundle"
KINDS = ("changes", "receipt")
HPKE_SUITE_NAME = "HPKE-base/DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305"
PAYLOAD_CIPHER_NAME = "AES-256-GCM"
SIGNATURE_NAME = "Ed25519"
HPKE_INFO_LABEL = b"omavalmentaja bundle v1 key wrap\x00"
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
BUNDLE_KEY_BYTES = 32
WRAPPED_KEY_BYTES = 32 + BUNDLE_KEY_BYTES + 16  # HPKE enc + sealed key + Poly1305 tag
MAX_HEADER_BYTES = 16 * 1024
MAX_PAYLOAD_BYTES = 1 << 30

# Every record id, device id and reference is a UUID in its canonical text form (what str(uuid.UUID) gives).
UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEY_ID = re.compile(r"[0-9a-f]{32}")
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
_FIXED = struct.Struct(">8sH")

NOT_A_BUNDLE = "sync.not_a_bundle"
TRUNCATED = "sync.bundle_truncated"
DAMAGED = "sync.bundle_damaged"
NEWER = "sync.bundle_newer"


class BundleError(UserError):
    """A bundle that must not be imported; the message is one line for the user."""


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise BundleError(DAMAGED)
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise BundleError(DAMAGED) from None
    if length is not None and len(data) != length:
        raise BundleError(DAMAGED)
    return data


@dataclass(frozen=True)
class Header:
    kind: str
    sender_id: str
    sender: PublicKeys
    recipient_key_id: str
    seq: int
    created_at: str
    nonce: bytes

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT_NAME, "version": FORMAT_VERSION, "kind": self.kind, "sender_id": self.sender_id,
            "sender_sign_key": b64e(self.sender.sign), "sender_enc_key": b64e(self.sender.enc),
            "recipient_key_id": self.recipient_key_id, "seq": self.seq, "created_at": self.created_at,
            "key_wrap": HPKE_SUITE_NAME, "payload_cipher": PAYLOAD_CIPHER_NAME, "signature": SIGNATURE_NAME,
            "nonce": b64e(self.nonce),
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise BundleError(DAMAGED) from None
        if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
            raise BundleError(DAMAGED)
        expected = {"version": FORMAT_VERSION, "key_wrap": HPKE_SUITE_NAME, "payload_cipher": PAYLOAD_CIPHER_NAME,
                    "signature": SIGNATURE_NAME}
        if any(body.get(name) != value for name, value in expected.items()):
            raise BundleError(DAMAGED)
        seq = body.get("seq")
        texts = [body.get(name) for name in ("kind", "sender_id", "recipient_key_id", "created_at")]
        if not all(isinstance(t, str) and 0 < len(t) <= 100 for t in texts) or body["kind"] not in KINDS:
            raise BundleError(DAMAGED)
        if not UUID_PATTERN.fullmatch(body["sender_id"]) or not _KEY_ID.fullmatch(body["recipient_key_id"]) \
                or not body["created_at"].isascii():
            raise BundleError(DAMAGED)
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**62:
            raise BundleError(DAMAGED)
        return cls(
            kind=body["kind"], sender_id=body["sender_id"],
            sender=PublicKeys(b64d(body.get("sender_sign_key"), KEY_BYTES),
                              b64d(body.get("sender_enc_key"), KEY_BYTES)),
            recipient_key_id=body["recipient_key_id"], seq=seq, created_at=body["created_at"],
            nonce=b64d(body.get("nonce"), NONCE_BYTES),
        )


def _hpke_info(header_bytes: bytes) -> bytes:
    return HPKE_INFO_LABEL + hashlib.sha256(header_bytes).digest()


def seal_bundle(kind: str, sender_id: str, sender_keys: KeyPairs, recipient: PublicKeys, seq: int,
                created_at: str, payload: bytes) -> bytes:
    """Encrypt `payload` to the recipient under a fresh random bundle key and sign the whole file."""
    header = Header(kind=kind, sender_id=sender_id, sender=sender_keys.public, recipient_key_id=recipient.enc_key_id,
                    seq=seq, created_at=created_at, nonce=os.urandom(NONCE_BYTES)).to_bytes()
    bundle_key = AESGCM.generate_key(bit_length=256)
    wrapped = _SUITE.encrypt(bundle_key, recipient.encryption_key(), info=_hpke_info(header))
    assert len(wrapped) == WRAPPED_KEY_BYTES
    prefix = _FIXED.pack(MAGIC, FORMAT_VERSION) + struct.pack(">I", len(header)) + header + \
        struct.pack(">I", len(wrapped)) + wrapped
    nonce = Header.from_bytes(header).nonce
    ciphertext = AESGCM(bundle_key).encrypt(nonce, payload, prefix)
    signed = prefix + struct.pack(">Q", len(ciphertext)) + ciphertext
    return signed + sender_keys.signing_key().sign(signed)


@dataclass(frozen=True)
class ParsedBundle:
    """A bundle whose structure is sound; nothing in it is trusted until verify() and open() pass."""

    header: Header
    header_bytes: bytes
    aad: bytes | memoryview  # views into the file's bytes: a large bundle is not copied again
    wrapped_key: bytes
    ciphertext: bytes | memoryview
    signed: bytes | memoryview
    signature: bytes
    sha256: str

    def verify(self) -> None:
        """Check the Ed25519 signature with the key named in the header (whose fingerprint the caller trusts)."""
        try:
            self.header.sender.signing_key().verify(self.signature, self.signed)
        except (InvalidSignature, ValueError):
            raise BundleError(DAMAGED) from None

    def open(self, keys: KeyPairs) -> bytes:
        """Unwrap the bundle key with the recipient's X25519 key and decrypt the payload."""
        try:
            bundle_key = _SUITE.decrypt(self.wrapped_key, keys.decryption_key(), info=_hpke_info(self.header_bytes))
            return AESGCM(bundle_key).decrypt(self.header.nonce, self.ciphertext, self.aad)
        except (InvalidTag, ValueError):
            raise BundleError(DAMAGED) from None


class _Reader:
    def __init__(self, data: bytes | memoryview) -> None:
        self.data, self.pos = data, 0

    def take(self, count: int) -> bytes | memoryview:
        if count < 0 or self.pos + count > len(self.data):
            raise BundleError(TRUNCATED)
        chunk = self.data[self.pos:self.pos + count]
        self.pos += count
        return chunk

    def number(self, fmt: str) -> int:
        size = struct.calcsize(fmt)
        return int(struct.unpack(fmt, self.take(size))[0])


def _read_to_header(reader: _Reader) -> bytes:
    """Magic, version and the plain header's bytes, from the reader's start."""
    data = reader.data
    if len(data) < _FIXED.size:
        raise BundleError(TRUNCATED if MAGIC.startswith(bytes(data[:8])) and data else NOT_A_BUNDLE)
    magic, version = _FIXED.unpack_from(data)
    if magic != MAGIC:
        raise BundleError(NOT_A_BUNDLE)
    if version != FORMAT_VERSION:
        raise BundleError(NEWER if version > FORMAT_VERSION else DAMAGED)
    reader.take(_FIXED.size)
    header_length = reader.number(">I")
    if header_length > MAX_HEADER_BYTES:
        raise BundleError(DAMAGED)
    return bytes(reader.take(header_length))


HEADER_PREFIX_BYTES = _FIXED.size + 4 + MAX_HEADER_BYTES  # everything a reader needs to read the plain header
FIXED_PREFIX_BYTES = _FIXED.size + 4  # magic, version and the header's length


def header_length(fixed: bytes) -> int:
    """The plain header's length from the first FIXED_PREFIX_BYTES (0 if they are not a bundle's: the caller
    reads nothing more and peek_header says what is wrong)."""
    if len(fixed) < FIXED_PREFIX_BYTES or fixed[:8] != MAGIC:
        return 0
    return min(int(struct.unpack_from(">I", fixed, _FIXED.size)[0]), MAX_HEADER_BYTES + 1)


def peek_header(prefix: bytes) -> Header:
    """The plain header from the first HEADER_PREFIX_BYTES of a bundle file, before the rest is read: who sent
    it and to whom. Not authenticated yet (the signature covers it); it only lets a reader refuse early."""
    return Header.from_bytes(_read_to_header(_Reader(prefix)))


def parse_bundle(data: bytes) -> ParsedBundle:
    """Split a bundle into its parts, checking magic, version and every length; raises BundleError.
    The large parts are views into `data`, not copies."""
    view = memoryview(data)
    reader = _Reader(view)
    header_bytes = _read_to_header(reader)
    wrapped_length = reader.number(">I")
    if wrapped_length != WRAPPED_KEY_BYTES:
        raise BundleError(DAMAGED)
    wrapped = bytes(reader.take(wrapped_length))
    aad = view[:reader.pos]
    ciphertext_length = reader.number(">Q")
    if ciphertext_length > MAX_PAYLOAD_BYTES:
        raise BundleError(DAMAGED)
    ciphertext = reader.take(ciphertext_length)
    signed = view[:reader.pos]
    signature = bytes(reader.take(SIGNATURE_BYTES))
    if reader.pos != len(data):
        raise BundleError(DAMAGED)
    header = Header.from_bytes(header_bytes)
    return ParsedBundle(header=header, header_bytes=header_bytes, aad=aad, wrapped_key=wrapped,
                        ciphertext=ciphertext, signed=signed, signature=signature,
                        sha256=hashlib.sha256(data).hexdigest())
