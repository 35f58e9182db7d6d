"""The vault header file: wrapped keys, salts, KDF parameters and a format version — never a name.

File layout: the magic line b"OMAVALMENTAJA-VAULT\n" then a UTF-8 JSON object. Each wrap is
AES-256-GCM of the 32-byte data key under a key-encryption key, with the wrap's kind as associated data.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from omavalmentaja.atomic import write_atomic
from omavalmentaja.errors import UserError, WrongPassphrase

MAGIC = b"OMAVALMENTAJA-VAULT\n"
# Bounds on what a header may ask the KDF for (the defaults below are well inside them).
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 20
MAX_KDF_LANES = 16
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106). memory_cost is in KiB."""

    salt: str
    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 128 * 1024
    name: str = "argon2id"

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=b64e(os.urandom(16)))

    def within_bounds(self) -> bool:
        """What a file may ask of the KDF: a forged header must not make unlocking take gigabytes or hours."""
        return (self.name == "argon2id" and 0 < self.iterations <= MAX_KDF_ITERATIONS
                and 0 < self.lanes <= MAX_KDF_LANES and 8 * self.lanes <= self.memory_cost <= MAX_KDF_MEMORY_KIB
                and len(b64d(self.salt)) >= 16)

    def derive(self, passphrase: str) -> bytes:
        """The key-encryption key. The passphrase is NFC-normalised: the same text typed on another keyboard
        or system (composed or decomposed ä) gives the same key."""
        if not self.within_bounds():
            raise UserError("vault.kdf_invalid")
        passphrase = unicodedata.normalize("NFC", passphrase)
        kdf = Argon2id(
            salt=b64d(self.salt), length=32, iterations=self.iterations,
            lanes=self.lanes, memory_cost=self.memory_cost,
        )
        return kdf.derive(passphrase.encode("utf-8"))


@dataclass
class Wrap:
    kind: str
    nonce: str
    ciphertext: str

    @classmethod
    def seal(cls, kind: str, kek: bytes, data_key: bytes) -> Wrap:
        nonce = os.urandom(12)
        sealed = AESGCM(kek).encrypt(nonce, data_key, kind.encode())
        return cls(kind=kind, nonce=b64e(nonce), ciphertext=b64e(sealed))

    def open(self, kek: bytes) -> bytes:
        return AESGCM(kek).decrypt(b64d(self.nonce), b64d(self.ciphertext), self.kind.encode())


@dataclass
class VaultHeader:
    kdf: KdfParams
    wraps: dict[str, Wrap] = field(default_factory=dict)
    version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        body = {
            "format": "omavalmentaja-vault",
            "version": self.version,
            "kdf": asdict(self.kdf),
            "wraps": {kind: asdict(w) for kind, w in self.wraps.items()},
        }
        return MAGIC + json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        if not data.startswith(MAGIC):
            raise UserError("vault.header_damaged")
        try:
            body = json.loads(data[len(MAGIC):].decode("utf-8"))
            version = int(body["version"])
            if version > FORMAT_VERSION:
                raise UserError(
                    "vault.vault_newer"
                )
            header = cls(
                kdf=KdfParams(**body["kdf"]),
                wraps={kind: Wrap(**w) for kind, w in body["wraps"].items()},
                version=version,
            )
            if not header.kdf.within_bounds():
                raise ValueError("KDF parameters out of bounds")
            return header
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError("vault.header_damaged") from exc

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> VaultHeader:
        try:
            return cls.from_bytes(path.read_bytes())
        except FileNotFoundError:
            raise UserError("vault.no_vault", path.parent) from None

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        wrap = self.wraps.get("passphrase")
        if wrap is None:
            raise UserError("vault.header_damaged")
        try:
            return wrap.open(self.kdf.derive(passphrase))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unwrap_with_secret(self, kind: str, secret: bytes) -> bytes:
        wrap = self.wraps.get(kind)
        if wrap is None:
            raise UserError("vault.no_such_wrap", kind)
        try:
            return wrap.open(secret)
        except InvalidTag:
            raise UserError("vault.wrap_does_not_open", kind) from None
