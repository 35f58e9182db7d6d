"""Key pairs (Ed25519 for signatures, X25519 for HPKE), fingerprints and key ids.

Private keys are raw 32-byte values held only inside the encrypted vault (table sync_keys).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

KEY_BYTES = 32
FINGERPRINT_LABEL = b"omavalmentaja fingerprint v1\x00"


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class PublicKeys:
    """What a peer publishes: its Ed25519 signing key and its X25519 encryption key (raw 32 bytes each)."""

    sign: bytes
    enc: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.enc)

    @property
    def enc_key_id(self) -> str:
        return key_id(self.enc)

    def signing_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.enc)


@dataclass(frozen=True)
class KeyPairs:
    """This vault's own private keys (raw 32 bytes each)."""

    sign_private: bytes
    enc_private: bytes

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(_raw_private(Ed25519PrivateKey.generate()), _raw_private(X25519PrivateKey.generate()))

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def decryption_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.enc_private)

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(_raw_public(self.signing_key().public_key()), _raw_public(self.decryption_key().public_key()))


def signature_valid(sign_public: bytes, signature: bytes, message: bytes) -> bool:
    """An Ed25519 signature checked against a raw public key; any malformed input is simply not valid."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(sign_public: bytes, enc_public: bytes) -> str:
    """SHA-256 over a label and both public keys; the first 16 bytes as eight groups of four hex digits."""
    digest = hashlib.sha256(FINGERPRINT_LABEL + sign_public + enc_public).hexdigest()[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with or without dashes or spaces, in either case."""
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def key_id(enc_public: bytes) -> str:
    """The recipient key id in a bundle header: the first 16 bytes of SHA-256 of the raw X25519 key, hex."""
    return hashlib.sha256(enc_public).hexdigest()[:32]
