"""The quick unlock wrap: the data key under Argon2id(password = the PIN, secret K = a device secret).

The device secret is 32 random bytes kept in the OS keyring (vault/keyring_store.py) under the entry named
by `keyring_id`; the header holds only the wrap, its own Argon2id parameters and salt, and the count of wrong
PINs. Neither the keyring entry nor the PIN alone gives the key-encryption key. After MAX_FAILURES wrong PINs
in a row the section is removed from the header (and the keyring entry deleted): then only the passphrase
opens the vault.

Header section "quick_unlock":
  {"keyring_id": 32 hex digits, "kdf": {Argon2id parameters as the passphrase's}, "failures": 0..4,
   "wrap": {"kind": "quick_unlock", "nonce": base64 12 bytes, "ciphertext": base64 48 bytes}}
The wrap is AES-256-GCM of the data key with the associated data b"quick_unlock", as every wrap of the header.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from omavalmentaja.errors import UserError
from omavalmentaja.vault.header import HEADER_NAME, KdfParams, VaultHeader, Wrap, WrapKind

SECTION = "quick_unlock"
WRAP_KIND = "quick_unlock"
MAX_FAILURES = 5
SECRET_BYTES = 32
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")  # passphrases are at least 12 characters, so the two never overlap
_KEYRING_ID = re.compile(r"^[0-9a-f]{32}$")


def looks_like_pin(text: str) -> bool:
    return bool(PIN_PATTERN.match(text))


def check_pin(pin: str) -> None:
    if not looks_like_pin(pin):
        raise UserError("keys.pin_format")


@dataclass(frozen=True)
class QuickUnlock:
    keyring_id: str
    kdf: KdfParams
    wrap: Wrap
    failures: int = 0

    @classmethod
    def seal(cls, data_key: bytes, pin: str, secret: bytes) -> QuickUnlock:
        check_pin(pin)
        kdf = KdfParams.fresh()
        return cls(keyring_id=os.urandom(16).hex(), kdf=kdf,
                   wrap=Wrap.seal(WRAP_KIND, kdf.derive(pin, secret=secret), data_key))

    def open(self, pin: str, secret: bytes) -> bytes:
        """The data key; cryptography's InvalidTag for a wrong PIN or a wrong device secret."""
        return self.wrap.open(self.kdf.derive(pin, secret=secret))

    def to_section(self) -> dict[str, Any]:
        return {"keyring_id": self.keyring_id, "kdf": asdict(self.kdf), "wrap": self.wrap.to_json(),
                "failures": self.failures}

    @classmethod
    def from_section(cls, section: Any) -> QuickUnlock:
        """Strict: exactly these fields, each of its type and within its bounds (else ValueError)."""
        if not isinstance(section, dict) or set(section) != {"keyring_id", "kdf", "wrap", "failures"}:
            raise ValueError("quick_unlock section")
        keyring_id, failures = section["keyring_id"], section["failures"]
        if not isinstance(keyring_id, str) or not _KEYRING_ID.match(keyring_id):
            raise ValueError("quick_unlock keyring_id")
        if type(failures) is not int or not 0 <= failures < MAX_FAILURES:
            raise ValueError("quick_unlock failures")
        kdf = KdfParams.from_json(section["kdf"])  # the header's strict readers (Malformed is a ValueError)
        wrap = Wrap.from_json(section["wrap"], {WRAP_KIND: WrapKind(WRAP_KIND)})
        return cls(keyring_id=keyring_id, kdf=kdf, wrap=wrap, failures=failures)


def enabled_in(folder: Path) -> bool:
    """Whether the vault in folder has quick unlock on, read from its header alone (the unlock screen)."""
    try:
        return read(VaultHeader.read(folder / HEADER_NAME)) is not None
    except (UserError, ValueError):
        return False


def read(header: VaultHeader) -> QuickUnlock | None:
    section = header.sections.get(SECTION)
    return None if section is None else QuickUnlock.from_section(section)


def put(header: VaultHeader, quick: QuickUnlock | None) -> None:
    if quick is None:
        header.sections.pop(SECTION, None)
    else:
        header.sections[SECTION] = quick.to_section()
