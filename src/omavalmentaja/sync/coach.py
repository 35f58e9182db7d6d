"""The laptop side: a bundle of every change since the office's last receipt, and applying office bundles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.store.records import erasing
from omavalmentaja.sync import keystore, office_settings
from omavalmentaja.sync.bundle import BundleError, Header, seal_bundle
from omavalmentaja.sync.incoming import (
    Progress,
    defer_foreign_keys,
    parse_for_me,
    replay_error,
    report_progress,
    store_refused,
)
from omavalmentaja.sync.payload import MAX_RECORDS_PER_BUNDLE, Payload, parse_payload
from omavalmentaja.sync.plan_seals import check_plan_seal
from omavalmentaja.sync.records import (
    changed_records,
    changed_tombstones,
    current_stamp,
    is_tombstoned,
    reindex_applied,
    write_record,
    write_tombstone,
)

# Records written from an office bundle get change_seq 0: they are not the laptop's own changes to send back.
APPLIED_CHANGE_SEQ = 0


@dataclass
class Export:
    bundle: bytes
    seq: int
    records: int
    tombstones: int


def export_changes(db: Database, coach_name: str) -> Export:
    """Every record and tombstone changed since the last receipt, encrypted to the office. In a transaction."""
    keys = keystore.ensure_own_keys(db)
    office = keystore.the_office(db)
    payload = changes_payload(db, coach_name)
    if len(payload.records) + len(payload.tombstones) > MAX_RECORDS_PER_BUNDLE:  # the office would refuse it
        raise BundleError("sync.too_many_records", MAX_RECORDS_PER_BUNDLE)
    seq = keystore.next_out_seq(db, office.peer_id)
    bundle = seal_bundle("changes", db.device_id, keys, office.keys, seq, payload.created_at, payload.to_bytes())
    return Export(bundle=bundle, seq=seq, records=len(payload.records), tombstones=len(payload.tombstones))


def changes_payload(db: Database, coach_name: str) -> Payload:
    """Every record and tombstone changed since the office's last receipt, with the versions both agreed on."""
    office = keystore.the_office(db)
    agreed = keystore.agreed_versions(db)
    records = changed_records(db, office.acked_change_seq)
    for record in records:
        record.base = agreed.get((record.table, record.id))
    tombstones = changed_tombstones(db, office.acked_change_seq)
    return Payload(kind="changes", sender_id=db.device_id, schema_version=db.schema_version, created_at=now_iso(),
                   records=records, tombstones=tombstones, coach=coach_name,
                   upto_change_seq=int(db.meta("change_seq", "0") or 0), peer_seen_seq=office.last_in_seq)


@dataclass
class CoachImport:
    already: bool = False
    seq: int = 0
    applied: int = 0
    kept_local: int = 0
    deleted: int = 0
    acknowledged: int = 0
    assigned_clients: list[str] = field(default_factory=list)


NOT_FROM_OFFICE = "sync.not_from_office"
OTHER_DEVICE = "sync.for_another_device"


def check_office_sender(db: Database, header: Header, *, before_reading: bool = False) -> None:
    """Only the enrolled office sends this laptop bundles. Checked on the plain header before the body is read
    (before_reading: a bundle for another device from anyone else is refused then too), and again after the
    signature is checked."""
    keys = keystore.own_keys(db)
    if keys is None:
        raise BundleError(OTHER_DEVICE)
    office = keystore.the_office(db)
    from_office = header.sender_id == office.peer_id and header.sender.fingerprint == office.fingerprint
    if before_reading and header.recipient_key_id != keys.public.enc_key_id:
        if not from_office:
            raise BundleError(OTHER_DEVICE)
        return  # the office's: the signature decides between damaged and misaddressed
    if not from_office:
        raise BundleError(NOT_FROM_OFFICE, header.sender.fingerprint)


def import_office_bundle(db: Database, data: bytes, progress: Progress | None = None,
                         within: Callable[[CoachImport], None] | None = None) -> CoachImport:
    """Verify and apply a receipt or assignment bundle from the office, all or nothing; `within` runs in the
    same transaction once it is applied (the service's audit record: applied only with it)."""
    keys = keystore.own_keys(db)
    office = keystore.the_office(db)
    if keys is None:
        raise BundleError(OTHER_DEVICE)
    parsed = parse_for_me(data, keys, "receipt", OTHER_DEVICE)
    header = parsed.header
    check_office_sender(db, header)
    if keystore.imported_ack(db, parsed.sha256) is not None:
        return CoachImport(already=True, seq=header.seq)
    if header.seq <= office.last_in_seq:
        raise replay_error(header.seq, office.last_in_seq)
    payload = parse_payload(db, parsed.open(keys), "receipt", office.peer_id)
    for record in payload.records:  # another coach's plan: its device key is not known here, only checked
        check_plan_seal(record.table, record.row, None)
    outcome = CoachImport(seq=header.seq)
    with store_refused(), db.transaction():
        defer_foreign_keys(db)
        if payload.ack is not None:
            keystore.raise_peer_counter(db, office.peer_id, "acked_change_seq", payload.ack.upto_change_seq)
            for table, record_id, version, device in payload.ack.records:
                keystore.set_agreed(db, table, record_id, version, device)
            outcome.acknowledged = len(payload.ack.records)
        _apply_records(db, payload, outcome, progress)
        with erasing(db, [t.record_id for t in payload.tombstones if t.record_table == "clients"]):
            for tomb in payload.tombstones:  # only the office erases a client's signed plans
                write_tombstone(db, tomb, APPLIED_CHANGE_SEQ)
                keystore.forget_agreed(db, tomb.record_table, tomb.record_id)
                outcome.deleted += 1
        reindex_applied(db, payload.records, payload.tombstones)
        outcome.assigned_clients = [a.client_id for a in payload.assignments]
        office_settings.store_received(db, payload.office_settings)
        keystore.note_import(db, office, header.seq, parsed.sha256, outcome.applied, outcome.kept_local, {})
        if within is not None:
            within(outcome)
    return outcome


def _apply_records(db: Database, payload: Payload, outcome: CoachImport, progress: Progress | None) -> None:
    agreed = keystore.agreed_versions(db)
    total = len(payload.records)
    for done, record in enumerate(payload.records, start=1):
        local = current_stamp(db, record.table, record.id)
        if local is None and is_tombstoned(db, record.table, record.id):
            outcome.kept_local += 1  # deleted here; the tombstone goes to the office with the next bundle
        elif local is None or local == agreed.get((record.table, record.id)) or local == record.stamp:
            if local != record.stamp:
                write_record(db, record, APPLIED_CHANGE_SEQ)
                outcome.applied += 1
            keystore.set_agreed(db, record.table, record.id, *record.stamp)
        else:
            outcome.kept_local += 1  # changed here too: the office sees both and lists the conflict
        report_progress(progress, done, total)
