"""Plan versions and their signatures in the encrypted store."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from omavalmentaja.domain.plan import (
    PlanContent,
    PlanVersion,
    Signature,
    SignatureMethod,
    SignerRole,
    VersionStatus,
    canonical_json,
)
from omavalmentaja.errors import NotFound, UserError
from omavalmentaja.store.damaged import read_record, readable
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import delete_record, save_record


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def signature_from_row(row: Any) -> Signature:
    return Signature(
        id=row["id"], role=SignerRole(row["role"]), signer_name=row["signer_name"],
        signed_at=dt.datetime.fromisoformat(row["signed_at"]), method=SignatureMethod(row["method"]),
        image_png=bytes(row["image"]) if row["image"] is not None else None, image_sha256=row["image_sha256"],
    )


def version_from_row(row: Any, signatures: list[Signature]) -> PlanVersion:
    return PlanVersion(
        id=row["id"], client_id=row["client_id"], number=row["number"], status=VersionStatus(row["status"]),
        content=PlanContent.from_dict(json.loads(row["content"])), created_at=row["created_at"],
        updated_at=row["updated_at"], signed_at=_datetime(row["signed_at"]), client_name=row["client_name"],
        client_date_of_birth=_date(row["client_date_of_birth"]), content_hash=row["content_hash"],
        seal_hash=row["seal_hash"], signatures=signatures, record_version=row["version"],
        device_id=row["device_id"], seal_sign_key=row["seal_sign_key"], seal_signature=row["seal_signature"],
    )


class PlanRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_draft(self, version: PlanVersion) -> PlanVersion:
        """Insert or update a draft. A signed version is never written again (the store's trigger agrees)."""
        if version.id and self._status(version.id) == VersionStatus.SIGNED:
            raise UserError("store.signed_plan_immutable")
        fields = {"client_id": version.client_id, "number": version.number, "status": VersionStatus.DRAFT.value,
                  "content": canonical_json(version.content.to_dict()).decode("utf-8")}
        with self.db.transaction():
            version.id, version.record_version = save_record(self.db, "plan_versions", fields, version.id)
        return version

    def save_signed(self, version: PlanVersion) -> PlanVersion:
        """Turn a stored draft into its signed version and store the signatures, in one transaction."""
        if self._status(version.id) != VersionStatus.DRAFT:
            raise UserError("store.only_draft_signed")
        assert version.signed_at is not None
        fields = {
            "status": VersionStatus.SIGNED.value,
            "content": canonical_json(version.content.to_dict()).decode("utf-8"),
            "client_name": version.client_name,
            "client_date_of_birth": version.client_date_of_birth.isoformat() if version.client_date_of_birth else None,
            "signed_at": version.signed_at.isoformat(timespec="seconds"),
            "content_hash": version.content_hash, "seal_hash": version.seal_hash,
            "seal_sign_key": version.seal_sign_key, "seal_signature": version.seal_signature,
        }
        with self.db.transaction():
            _, version.record_version = save_record(self.db, "plan_versions", fields, version.id)
            for signature in version.signatures:
                signature.id, _ = save_record(self.db, "plan_signatures", {
                    "plan_version_id": version.id, "role": signature.role.value,
                    "signer_name": signature.signer_name,
                    "signed_at": signature.signed_at.isoformat(timespec="seconds"),
                    "method": signature.method.value, "image": signature.image_png,
                    "image_sha256": signature.image_sha256,
                })
        return version

    def delete_draft(self, version_id: str) -> None:
        if self._status(version_id) != VersionStatus.DRAFT:
            raise UserError("store.only_draft_deleted")
        with self.db.transaction():
            delete_record(self.db, "plan_versions", version_id)

    def get(self, version_id: str) -> PlanVersion:
        row = self.db.query_one("SELECT * FROM plan_versions WHERE id = ?", (version_id,))
        if row is None:
            raise NotFound("store.no_such_plan_version", version_id)
        signatures = self._signatures(version_id)
        return read_record("plan_versions", row, lambda r: version_from_row(r, signatures))

    def for_client(self, client_id: str) -> list[PlanVersion]:
        """Every version of the client's plan, newest first."""
        rows = self.db.query("SELECT * FROM plan_versions WHERE client_id = ? ORDER BY number DESC", (client_id,))
        found = []
        for row in rows:
            signatures = self._signatures(row["id"])
            found += readable("plan_versions", [row], lambda r: version_from_row(r, signatures))  # noqa: B023 (called here)
        return found

    def latest_number(self, client_id: str) -> int:
        row = self.db.query_one("SELECT max(number) FROM plan_versions WHERE client_id = ?", (client_id,))
        return int(row[0] or 0)

    def clients_with_plans(self) -> set[str]:
        return {r[0] for r in self.db.query("SELECT DISTINCT client_id FROM plan_versions")}

    def _signatures(self, version_id: str) -> list[Signature]:
        rows = self.db.query("SELECT * FROM plan_signatures WHERE plan_version_id = ? ORDER BY role", (version_id,))
        return readable("plan_signatures", rows, signature_from_row)

    def _status(self, version_id: str) -> VersionStatus | None:
        row = self.db.query_one("SELECT status FROM plan_versions WHERE id = ?", (version_id,))
        return None if row is None else VersionStatus(row[0])
