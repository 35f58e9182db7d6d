"""An imported bundle and its audit record are written in one transaction: a bundle is never merged, nor a
receipt applied, without the audit log saying so (the record failing, e.g. on a full disk, undoes the import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from omavalmentaja.services import office, sync
from omavalmentaja.store.audit import AuditLog
from sync_support import add_client, make_coach, make_office, store_digest


def _audit_fails_on(monkeypatch: pytest.MonkeyPatch, failing_action: str) -> None:
    record = AuditLog.record

    def failing(self: AuditLog, action: str, client_id: str | None = None, detail: str = "") -> None:
        if action == failing_action:
            raise OSError(28, "No space left on device")
        record(self, action, client_id, detail)

    monkeypatch.setattr(AuditLog, "record", failing)


def _audited(session, action: str) -> int:  # type: ignore[no-untyped-def]
    return int(session.db.query_one("SELECT count(*) FROM audit_log WHERE action = ?", (action,))[0])


def test_an_office_import_and_a_coachs_receipt_are_applied_only_with_their_audit_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "aino")
    client = add_client(coach, "Aino", "Mäkinen")
    bundle, receipt = tmp_path / "aino.omvbundle", tmp_path / "receipt.omvbundle"
    sync.export_bundle(coach, bundle)
    fingerprint = sync.device_info(coach).fingerprint

    before = store_digest(office_session)
    _audit_fails_on(monkeypatch, "office.import")
    with pytest.raises(OSError):
        office.import_bundle(office_session, bundle, fingerprint)
    assert store_digest(office_session) == before and _audited(office_session, "office.import") == 0
    monkeypatch.undo()
    result = office.import_bundle(office_session, bundle, fingerprint, receipt_out=receipt)
    assert not result.outcome.already and result.outcome.inserted >= 1
    assert office_session.db.query_one("SELECT count(*) FROM clients WHERE id = ?", (client.id,))[0] == 1
    assert _audited(office_session, "office.import") == 1

    before = store_digest(coach)
    _audit_fails_on(monkeypatch, "sync.import")
    with pytest.raises(OSError):
        sync.import_bundle(coach, receipt)
    assert store_digest(coach) == before and _audited(coach, "sync.import") == 0
    monkeypatch.undo()
    outcome = sync.import_bundle(coach, receipt)
    assert not outcome.already and outcome.acknowledged >= 1 and _audited(coach, "sync.import") == 1
    coach.close_quietly()
    office_session.close_quietly()
