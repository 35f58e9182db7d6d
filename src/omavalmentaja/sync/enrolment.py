"""The office's public enrolment file (.omvkey): the office id, name and public keys, and their fingerprint.

Layout: the magic line b"OMAVALMENTAJA-OFFICE-KEY\\n" then a UTF-8 JSON object:
{"format": "omavalmentaja-office-key", "version": 1, "office_id": ..., "name": ...,
 "sign_key": base64 Ed25519, "enc_key": base64 X25519, "fingerprint": "XXXX-...",
 "self_signature": base64 Ed25519 signature by sign_key over the canonical JSON of the other fields}
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature

from omavalmentaja.errors import UserError
from omavalmentaja.sync.bundle import UUID_PATTERN, BundleError, b64d, b64e
from omavalmentaja.sync.keys import KEY_BYTES, KeyPairs, PublicKeys

MAGIC = b"OMAVALMENTAJA-OFFICE-KEY\n"
FORMAT_NAME = "omavalmentaja-office-key"
FORMAT_VERSION = 1
NOT_AN_ENROLMENT_FILE = "sync.not_office_key_file"


@dataclass(frozen=True)
class OfficeEnrolment:
    office_id: str
    name: str
    keys: PublicKeys

    def _signed_body(self) -> dict[str, object]:
        return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "office_id": self.office_id, "name": self.name,
                "sign_key": b64e(self.keys.sign), "enc_key": b64e(self.keys.enc), "fingerprint": self.keys.fingerprint}

    @staticmethod
    def _canonical(body: dict[str, object]) -> bytes:
        return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def to_bytes(self, keys: KeyPairs) -> bytes:
        body = self._signed_body()
        body["self_signature"] = b64e(keys.signing_key().sign(self._canonical(body)))
        return MAGIC + json.dumps(body, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> OfficeEnrolment:
        if not data.startswith(MAGIC):
            raise UserError(NOT_AN_ENROLMENT_FILE)
        try:
            body = json.loads(data[len(MAGIC):].decode("utf-8"))
            if not isinstance(body, dict) or body.get("format") != FORMAT_NAME or body.get("version") != FORMAT_VERSION:
                raise ValueError
            keys = PublicKeys(b64d(body["sign_key"], KEY_BYTES), b64d(body["enc_key"], KEY_BYTES))
            enrolment = cls(office_id=str(body["office_id"]), name=str(body["name"]), keys=keys)
            signature = b64d(body["self_signature"], 64)
            if body["fingerprint"] != keys.fingerprint or not UUID_PATTERN.fullmatch(enrolment.office_id) \
                    or len(enrolment.name) > 200:
                raise ValueError
            keys.signing_key().verify(signature, cls._canonical(enrolment._signed_body()))
        except (KeyError, TypeError, ValueError, UnicodeDecodeError, RecursionError, BundleError, InvalidSignature):
            raise UserError("sync.office_key_file_damaged") from None
        return enrolment
