"""Forged bundles for the security tests: a trusted device's real keys, a payload written by hand."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from omavalmentaja.domain.plan import PlanContent, PlanStep, Responsible, ServiceKind
from omavalmentaja.services import office, plans, sync
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso
from omavalmentaja.sync import keystore
from omavalmentaja.sync.bundle import seal_bundle
from omavalmentaja.sync.payload import Payload
from omavalmentaja.sync.records import Record, Tombstone, current_row


def forge(device: Session, out: Path, records: list[Record] = (), tombstones: list[Tombstone] = (),  # type: ignore[assignment]
          raw_records: list[dict[str, Any]] | None = None) -> Path:
    """A 'changes' bundle signed with the device's own key, encrypted to its office, with a fresh sequence number."""
    db = device.db
    keys = keystore.own_keys(db)
    assert keys is not None
    the_office = keystore.the_office(db)
    with db.transaction():
        seq = keystore.next_out_seq(db, the_office.peer_id)
    payload = Payload(kind="changes", sender_id=db.device_id, schema_version=db.schema_version, created_at=now_iso(),
                      records=list(records), tombstones=list(tombstones), coach="Bertta",
                      upto_change_seq=0, peer_seen_seq=the_office.last_in_seq)
    body = payload.to_bytes()
    if raw_records is not None:
        import json

        parsed = json.loads(body)
        parsed["records"] = raw_records
        body = json.dumps(parsed).encode("utf-8")
    out.write_bytes(seal_bundle("changes", db.device_id, keys, the_office.keys, seq, payload.created_at, body))
    return out


def office_copy(office_session: Session, table: str, record_id: str, device: Session,
                **changes: Any) -> Record:
    """The office's row, changed and stamped as the next version by `device`, based on the office's version."""
    row = current_row(office_session.db, table, record_id)
    assert row is not None
    base = (int(row["version"]), str(row["device_id"]))
    row.update(changes)
    row["version"], row["updated_at"] = base[0] + 1, now_iso()
    row["device_id"] = changes.get("device_id", device.device_id)
    return Record(table, row, base)


def tombstone(table: str, record_id: str, device: Session, reason: str = "erasure") -> Tombstone:
    return Tombstone(table, record_id, now_iso(), device.device_id, reason)


def signed_plan(session: Session, client_id: str) -> plans.PlanVersion:
    today = dt.date.today()
    draft = plans.edit_plan(session, client_id, PlanContent(
        goal="Työpaikka logistiikka-alalta", review_date=today + dt.timedelta(days=60),
        steps=[PlanStep(ServiceKind.JOB_SEARCH, "Haetaan kahta paikkaa viikossa", Responsible.CLIENT,
                        due_date=today + dt.timedelta(days=30))]))
    rng = random.Random(5)
    return plans.sign_plan(session, draft.id, plans.SignatureInput("Asiakas", plans.demo_signature_png(rng)),
                           plans.SignatureInput("Valmentaja", plans.demo_signature_png(rng)))


def round_trip(coach: Session, office_session: Session, folder: Path, name: str, trust: bool = False) -> Any:
    bundle, receipt = folder / f"{name}.omvb", folder / f"{name}-receipt.omvb"
    sync.export_bundle(coach, bundle)
    fp = sync.device_info(coach).fingerprint if trust else None
    outcome = office.import_bundle(office_session, bundle, fp, receipt).outcome
    sync.import_bundle(coach, receipt)
    return outcome
