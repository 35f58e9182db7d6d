"""The backup file: one file, encrypted and authenticated, holding a copy of the whole vault.

Layout: MAGIC, a 4-byte big-endian length, a UTF-8 JSON header, then the AES-256-GCM ciphertext of the
payload. The header holds the format version, the Argon2id parameters (KdfParams, as in the vault header)
and the file key wrapped under the passphrase-derived key (Wrap, kind "backup"), and the payload nonce.
The associated data of the payload is every byte before it, so no header byte can change unnoticed.
The header is read against a strict schema (vault.schema), like the vault header.
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
from omavalmentaja.vault import schema
from omavalmentaja.vault.header import DATA_KEY_BYTES, KdfParams, Wrap, WrapKind, b64d, b64e
from omavalmentaja.vault.schema import Malformed

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
        "kdf": dataclasses.asdict(params), "wrap": Wrap.seal(WRAP_KIND, params.derive(passphrase), file_key).to_json(),
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


BACKUP_WRAP_KINDS = {WRAP_KIND: WrapKind(WRAP_KIND)}
_HEADER_FIELDS = {
    "format": schema.text(64, ("omavalmentaja-backup",)), "version": schema.integer(1, FORMAT_VERSION),
    "created_at": schema.text(64), "kdf": KdfParams.from_json,
    "wrap": lambda value: Wrap.from_json(value, BACKUP_WRAP_KINDS), "nonce": schema.base64_bytes(12),
}


def _parse_header(raw: bytes) -> tuple[KdfParams, Wrap, bytes, str]:
    """The backup header, checked against its schema (vault.schema); one UserError for anything else."""
    try:
        header = schema.load_json(raw, MAX_HEADER_BYTES)
        version = header.get("version") if isinstance(header, dict) else None
        if type(version) is int and version > FORMAT_VERSION:
            raise UserError("vault.backup_newer")
        checked = schema.obj(header, _HEADER_FIELDS)
    except Malformed:
        raise UserError(DAMAGED) from None
    return checked["kdf"], checked["wrap"], b64d(checked["nonce"]), checked["created_at"]


def _parse_payload(payload: bytes, created_at: str) -> BackupContents:
    try:
        (meta_length,) = _LENGTH.unpack_from(payload, 0)
        meta = schema.obj(schema.load_json(payload[_LENGTH.size:_LENGTH.size + meta_length], MAX_HEADER_BYTES),
                          {"database_key": schema.base64_bytes(DATA_KEY_BYTES),
                           "schema_version": schema.integer(0, 1_000_000)})
    except (struct.error, Malformed):
        raise UserError(DAMAGED) from None
    database = payload[_LENGTH.size + meta_length:]
    if not database:
        raise UserError(DAMAGED)
    return BackupContents(database=database, database_key=b64d(meta["database_key"]),
                          schema_version=meta["schema_version"], created_at=created_at)
