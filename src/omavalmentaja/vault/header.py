"""The vault header file: wrapped keys, salts, KDF parameters and a format version — never a name.

File layout: the magic line b"OMAVALMENTAJA-VAULT\n" then a UTF-8 JSON object. Each wrap is
AES-256-GCM of the 32-byte data key under a key-encryption key, with the wrap's kind as associated data.
Reading checks the JSON strictly (vault.schema): exactly the keys below, each of its JSON type and within
bounds, base64 of the right length, and only wrap kinds registered in WRAP_KINDS (a new kind, with any extra
fields it holds, is one register_wrap_kind call).

    {"format": "omavalmentaja-vault", "version": 1,
     "kdf": {"name": "argon2id", "salt": b64 (16-64 bytes), "iterations": int, "lanes": int, "memory_cost": int},
     "wraps": {"passphrase": {"kind": "passphrase", "nonce": b64 (12 bytes), "ciphertext": b64 (48 bytes)}, …}}

Two optional top-level sections follow the same strict rules, each checked by its own reader: "quick_unlock"
(the PIN wrap, vault/quick_unlock.py) and "recovery" (the data key sealed to the office with HPKE, which is
not an AES-GCM wrap, vault/recovery.py); docs/recovery.md and docs/security.md describe them.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# cryptography is imported in the methods that derive a key or open a wrap: the unlock screen reads the header
# (is a PIN set?) before it is first painted, and importing cryptography took 15–20 ms of that start-up.
from omavalmentaja.atomic import write_atomic
from omavalmentaja.errors import UserError, WrongPassphrase
from omavalmentaja.vault import schema
from omavalmentaja.vault.schema import Check, Malformed

MAGIC = b"OMAVALMENTAJA-VAULT\n"
HEADER_NAME = "vault.header"  # the header's file name in the vault's folder
# Bounds on what a header may ask the KDF for (the defaults below are well inside them).
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 20
MAX_KDF_LANES = 16
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024  # a header holds a few wraps of a few hundred bytes
SECTIONS = ("quick_unlock", "recovery")


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

    @classmethod
    def from_json(cls, value: Any) -> KdfParams:
        """Parameters checked field by field and against the bounds; raises Malformed."""
        checked = schema.obj(value, {
            "name": schema.text(16, ("argon2id",)), "salt": schema.base64_bytes(16, 64),
            "iterations": schema.integer(1, MAX_KDF_ITERATIONS), "lanes": schema.integer(1, MAX_KDF_LANES),
            "memory_cost": schema.integer(8, MAX_KDF_MEMORY_KIB)})
        params = cls(**checked)
        if not params.within_bounds():
            raise Malformed("KDF parameters out of bounds")
        return params

    def derive(self, passphrase: str, secret: bytes | None = None) -> bytes:
        """The key-encryption key. The passphrase is NFC-normalised: the same text typed on another keyboard
        or system (composed or decomposed ä) gives the same key. `secret` is Argon2's secret input K
        (RFC 9106 §3.1): the quick unlock's device secret from the OS keyring, with the PIN as the password."""
        if not self.within_bounds():
            raise UserError("vault.kdf_invalid")
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        passphrase = unicodedata.normalize("NFC", passphrase)
        kdf = Argon2id(
            salt=b64d(self.salt), length=32, iterations=self.iterations,
            lanes=self.lanes, memory_cost=self.memory_cost, secret=secret,
        )
        return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class WrapKind:
    """What a wrap of one kind holds besides kind, nonce and ciphertext: its extra fields and their checks
    (for example the parameters of a PIN's KDF, or an office recovery wrap's public key)."""

    name: str
    extra: Mapping[str, Check] = field(default_factory=dict)


# The wrap kinds a header may hold. A new kind is registered here with its extra fields (register_wrap_kind);
# a header naming any other kind is refused as damaged.
WRAP_KINDS: dict[str, WrapKind] = {}


def register_wrap_kind(name: str, extra: Mapping[str, Check] | None = None) -> WrapKind:
    kind = WrapKind(name, dict(extra or {}))
    WRAP_KINDS[name] = kind
    return kind


register_wrap_kind("passphrase")
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM: the data key and its tag
MAX_WRAPS = 16


@dataclass
class Wrap:
    kind: str
    nonce: str
    ciphertext: str
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def seal(cls, kind: str, kek: bytes, data_key: bytes, extra: dict[str, Any] | None = None) -> Wrap:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        sealed = AESGCM(kek).encrypt(nonce, data_key, kind.encode())
        return cls(kind=kind, nonce=b64e(nonce), ciphertext=b64e(sealed), extra=dict(extra or {}))

    def open(self, kek: bytes) -> bytes:
        """The sealed data key; cryptography's InvalidTag for a wrong key."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(kek).decrypt(b64d(self.nonce), b64d(self.ciphertext), self.kind.encode())

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "nonce": self.nonce, "ciphertext": self.ciphertext, **self.extra}

    @classmethod
    def from_json(cls, value: Any, kinds: Mapping[str, WrapKind] | None = None) -> Wrap:
        """A wrap checked against the schema of its kind (WRAP_KINDS unless `kinds`); raises Malformed."""
        kinds = WRAP_KINDS if kinds is None else kinds
        name = value.get("kind") if isinstance(value, dict) else None
        if not isinstance(name, str) or name not in kinds:
            raise Malformed("unknown wrap kind")
        fields = {"kind": schema.text(64), "nonce": schema.base64_bytes(12),
                  "ciphertext": schema.base64_bytes(WRAPPED_KEY_BYTES), **kinds[name].extra}
        checked = schema.obj(value, fields)
        extra = {key: checked[key] for key in kinds[name].extra}
        return cls(kind=name, nonce=checked["nonce"], ciphertext=checked["ciphertext"], extra=extra)


def _wraps(value: Any) -> dict[str, Wrap]:
    """The wraps by kind: an object of 1…MAX_WRAPS known kinds, always with the passphrase's."""
    if not isinstance(value, dict) or not 0 < len(value) <= MAX_WRAPS or "passphrase" not in value:
        raise Malformed("wraps")
    wraps = {name: Wrap.from_json(item) for name, item in value.items()}
    if any(wrap.kind != name for name, wrap in wraps.items()):
        raise Malformed("wrap kind differs from its name")
    return wraps


@dataclass
class VaultHeader:
    kdf: KdfParams
    wraps: dict[str, Wrap] = field(default_factory=dict)
    version: int = FORMAT_VERSION
    # The optional sections as their JSON objects, read by vault/quick_unlock.py and vault/recovery.py.
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": "omavalmentaja-vault",
            "version": self.version,
            "kdf": asdict(self.kdf),
            "wraps": {kind: w.to_json() for kind, w in self.wraps.items()},
        }
        body.update({name: value for name, value in self.sections.items() if name in SECTIONS})
        return MAGIC + json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        """The header, checked against its schema; one UserError for anything else (never a crash)."""
        if not data.startswith(MAGIC):
            raise UserError("vault.header_damaged")
        try:
            body = schema.load_json(data[len(MAGIC):], MAX_HEADER_BYTES)
            version = body.get("version") if isinstance(body, dict) else None
            if type(version) is int and version > FORMAT_VERSION:
                raise UserError("vault.vault_newer")
            fields: dict[str, Check] = {"format": schema.text(64, ("omavalmentaja-vault",)),
                                        "version": schema.integer(1, FORMAT_VERSION), "kdf": KdfParams.from_json,
                                        "wraps": _wraps}
            fields.update({name: _section_check(name) for name in SECTIONS if isinstance(body, dict) and name in body})
            checked = schema.obj(body, fields)
        except Malformed:
            raise UserError("vault.header_damaged") from None
        return cls(kdf=checked["kdf"], wraps=checked["wraps"], version=checked["version"],
                   sections={name: checked[name] for name in SECTIONS if name in checked})

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> VaultHeader:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_HEADER_BYTES + len(MAGIC) + 1)
        except FileNotFoundError:
            raise UserError("vault.no_vault", path.parent) from None
        except OSError as exc:
            raise UserError("files.cannot_read", path, exc.strerror or type(exc).__name__) from None
        return cls.from_bytes(data)

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        wrap = self.wraps.get("passphrase")
        if wrap is None:
            raise UserError("vault.header_damaged")
        try:
            return wrap.open(self.kdf.derive(passphrase))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unwrap_with_secret(self, kind: str, secret: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        wrap = self.wraps.get(kind)
        if wrap is None:
            raise UserError("vault.no_such_wrap", kind)
        try:
            return wrap.open(secret)
        except InvalidTag:
            raise UserError("vault.wrap_does_not_open", kind) from None


def _section_check(name: str) -> Check:
    """The strict reader of an optional section (its own module's), raising Malformed for anything off."""
    if name == "quick_unlock":  # each section's module builds on this one
        from omavalmentaja.vault.quick_unlock import QuickUnlock
        reader: Any = QuickUnlock.from_section
    else:
        from omavalmentaja.vault.recovery import RecoveryWrap
        reader = RecoveryWrap.from_section

    def check(value: Any) -> Any:
        try:
            reader(value)
        except (ValueError, TypeError, KeyError) as exc:
            raise Malformed(f"{name} section") from exc
        return value
    return check
