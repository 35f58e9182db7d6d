"""The backup file: one file, encrypted and authenticated, holding a copy of the whole vault.

Layout: MAGIC, a 4-byte big-endian length, a UTF-8 JSON header, then the AES-256-GCM ciphertext of the
payload. The header holds the format version, the Argon2id parameters (KdfParams, as in the vault header)
and the file key wrapped under the passphrase-derived key (Wrap, kind "backup"), and the payload nonce.
The associated data of the payload is every byte before it, so no header byte can change unnoticed.
The payload: a 4-byte length, a JSON object (the database key, the schema version), then the database file,
itself SQLCipher-encrypted under that database key (a fresh random key, not the vault's).
"""

from __future__ import annotations

import dataclasses
import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from omavalmentaja.errors import UserError
from omavalmentaja.vault.header import DATA_KEY_BYTES, KdfParams, Wrap, b64d, b64e

MAGIC = b"OMAVALMENTAJA-BACKUP\n"
FORMAT_VERSION = 1
WRAP_KIND = "backup"
MAX_HEADER_BYTES = 64 * 1024

DAMAGED = "vault.backup_damaged"
WRONG_PASSPHRASE = ("vault.backup_wrong_passphrase")
_LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class BackupContents:
    database: bytes  # the SQLCipher file
    database_key: bytes
    schema_version: int
    created_at: str


def seal_backup(contents: BackupContents, passphrase: str, kdf: KdfParams) -> bytes:
    """The backup file's bytes. `kdf` gives the cost; the salt is always fresh."""
    params = dataclasses.replace(kdf, salt=KdfParams.fresh().salt)
    file_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    header = json.dumps({
        "format": "omavalmentaja-backup", "version": FORMAT_VERSION, "created_at": contents.created_at,
        "kdf": dataclasses.asdict(params), "wrap": dataclasses.asdict(Wrap.seal(WRAP_KIND, params.derive(passphrase),
                                                                                file_key)),
        "nonce": b64e(nonce),
    }, sort_keys=True).encode("utf-8")
    prefix = MAGIC + _LENGTH.pack(len(header)) + header
    meta = json.dumps({"database_key": b64e(contents.database_key),
                       "schema_version": contents.schema_version}).encode("utf-8")
    payload = _LENGTH.pack(len(meta)) + meta + contents.database
    return prefix + AESGCM(file_key).encrypt(nonce, payload, prefix)


def open_backup(data: bytes, passphrase: str) -> BackupContents:
    """Check and decrypt a backup file; one clear UserError for anything wrong, before anything is written."""
    if not data.startswith(MAGIC):
        raise UserError("vault.not_a_backup")
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise UserError(DAMAGED)
    (header_length,) = _LENGTH.unpack_from(data, len(MAGIC))
    if header_length > MAX_HEADER_BYTES or len(data) < start + header_length:
        raise UserError(DAMAGED)
    prefix = data[:start + header_length]
    kdf, wrap, nonce, created_at = _parse_header(prefix[start:])
    try:
        file_key = wrap.open(kdf.derive(passphrase))
    except InvalidTag:
        raise UserError(WRONG_PASSPHRASE) from None
    try:
        payload = AESGCM(file_key).decrypt(nonce, data[len(prefix):], prefix)
    except (InvalidTag, ValueError):
        raise UserError(DAMAGED) from None
    return _parse_payload(payload, created_at)


def _parse_header(raw: bytes) -> tuple[KdfParams, Wrap, bytes, str]:
    try:
        header = json.loads(raw.decode("utf-8"))
        if header["format"] != "omavalmentaja-backup":
            raise ValueError
        if int(header["version"]) > FORMAT_VERSION:
            raise UserError("vault.backup_newer")
        kdf = KdfParams(**header["kdf"])
        wrap = Wrap(**header["wrap"])
        nonce = b64d(header["nonce"])
        created_at = str(header["created_at"])
        b64d(kdf.salt), b64d(wrap.nonce), b64d(wrap.ciphertext)
        if wrap.kind != WRAP_KIND or len(nonce) != 12 or not kdf.within_bounds():
            raise ValueError
    except (KeyError, TypeError, ValueError, AttributeError):
        raise UserError(DAMAGED) from None
    return kdf, wrap, nonce, created_at


def _parse_payload(payload: bytes, created_at: str) -> BackupContents:
    try:
        (meta_length,) = _LENGTH.unpack_from(payload, 0)
        meta = json.loads(payload[_LENGTH.size:_LENGTH.size + meta_length].decode("utf-8"))
        key = b64d(meta["database_key"])
        schema_version = int(meta["schema_version"])
    except (struct.error, KeyError, TypeError, ValueError):
        raise UserError(DAMAGED) from None
    database = payload[_LENGTH.size + meta_length:]
    if len(key) != DATA_KEY_BYTES or not database:
        raise UserError(DAMAGED)
    return BackupContents(database=database, database_key=key, schema_version=schema_version,
                          created_at=created_at)
