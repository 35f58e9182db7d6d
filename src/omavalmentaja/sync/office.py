"""The office side: merging coaches' changes per record, conflicts, assignments and receipts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.store.records import erasing
from omavalmentaja.sync import authority, erasure_requests, keystore, office_settings
from omavalmentaja.sync.bundle import BundleError, Header, ParsedBundle, seal_bundle
from omavalmentaja.sync.incoming import (
    WRONG_KIND,
    Progress,
    defer_foreign_keys,
    parse_for_me,
    replay_error,
    report_progress,
    store_refused,
)
from omavalmentaja.sync.keys import KeyPairs, normalise_fingerprint
from omavalmentaja.sync.payload import Ack, Assignment, Payload, parse_payload
from omavalmentaja.sync.plan_seals import check_plan_seal
from omavalmentaja.sync.records import (
    Record,
    RecordWriter,
    Tombstone,
    client_records,
    current_row,
    current_stamp,
    reindex_applied,
    write_record,
    write_tombstone,
)
from omavalmentaja.sync.stored import BundleSnapshot, StoredView

OTHER_OFFICE = "sync.for_another_office"


def decide(office: tuple[int, str] | None, tombstoned: bool, record: Record) -> str:
    """What to do with one incoming record: 'insert', 'replace', 'skip' or 'conflict'."""
    incoming = record.stamp
    if office is None:
        return "conflict" if tombstoned else "insert"
    if office == incoming:
        return "skip"
    if record.base == office:
        return "replace"
    if office[1] == incoming[1]:  # the office's copy came from this device: its own later write wins
        return "replace" if incoming[0] > office[0] else "skip"
    return "conflict"


@dataclass
class OfficeImport:
    already: bool
    device_id: str
    fingerprint: str
    coach: str = ""
    seq: int = 0
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    conflicts: int = 0
    deleted: int = 0
    erasures_held: int = 0  # clients whose erasure waits for the office's approval
    new_device: bool = False
    ack: Ack | None = None


def check_sender(db: Database, header: Header, trust: str | None) -> keystore.Peer | None:
    """The known, trusted device that sent the bundle; None for a new device the office has just confirmed.
    Called on the plain header before the bundle's body is read (an unknown sender costs nothing), and again
    after its signature is checked."""
    fp = header.sender.fingerprint
    peer = keystore.get_peer(db, header.sender_id)
    if peer is not None and peer.role != "device":
        raise BundleError("sync.sender_not_device", fp)
    if peer is not None and peer.status == "revoked":
        raise BundleError("sync.device_revoked", fp)
    if peer is not None and peer.fingerprint != fp:
        raise BundleError("sync.device_key_changed", fp)
    if peer is None and (not trust or normalise_fingerprint(trust) != fp):
        raise BundleError("sync.unknown_device_trust", fp)
    return peer


def check_before_reading(db: Database, header: Header, trust: str | None) -> None:
    """What the plain header tells before the body of a coach's bundle is read: a bundle from an unknown or
    revoked device, or not for this office, or not a coach's bundle, is refused without reading the rest."""
    keys = _office_keys(db)
    if header.recipient_key_id != keys.public.enc_key_id:
        if keystore.get_peer(db, header.sender_id) is None:
            raise BundleError(OTHER_OFFICE)
        return  # a known sender's: the signature decides between damaged and misaddressed
    if header.kind != "changes":
        raise BundleError(WRONG_KIND["changes"])
    check_sender(db, header, trust)


def _office_keys(db: Database) -> KeyPairs:
    keys = keystore.own_keys(db)
    if keys is None or keystore.vault_role(db) != keystore.ROLE_OFFICE:
        raise UserError("sync.not_office_vault")
    return keys


def verified_changes_bundle(db: Database, data: bytes) -> ParsedBundle:
    """A coach's bundle for this office whose signature matches the key in its header (sender not yet checked)."""
    return parse_for_me(data, _office_keys(db), "changes", OTHER_OFFICE)


def import_changes(db: Database, data: bytes, trust: str | None = None, progress: Progress | None = None,
                   within: Callable[[OfficeImport], None] | None = None) -> OfficeImport:
    """Verify a coach's bundle and merge it into the office store in one transaction; `within` runs in that
    transaction once it is merged (the service's audit record: merged only with it)."""
    keys = _office_keys(db)
    parsed = parse_for_me(data, keys, "changes", OTHER_OFFICE)
    header = parsed.header
    peer = check_sender(db, header, trust)
    outcome = OfficeImport(already=False, device_id=header.sender_id, fingerprint=header.sender.fingerprint,
                           seq=header.seq, new_device=peer is None)
    stored_ack = keystore.imported_ack(db, parsed.sha256)
    if stored_ack is not None:
        outcome.already = True
        outcome.ack = Ack(stored_ack["seq"], stored_ack["upto_change_seq"],
                          [tuple(r) for r in stored_ack["records"]])  # type: ignore[misc]
        return outcome
    if peer is not None and header.seq <= peer.last_in_seq:
        raise replay_error(header.seq, peer.last_in_seq)
    payload = parse_payload(db, parsed.open(keys), "changes", header.sender_id)
    authority.require_own_stamps(payload, header.sender_id)
    for record in payload.records:
        check_plan_seal(record.table, record.row, header.sender.sign)
    outcome.coach = payload.coach
    with store_refused(), db.transaction():
        defer_foreign_keys(db)
        if peer is None:
            keystore.add_peer(db, header.sender_id, "device", payload.coach, header.sender)
        elif payload.coach and payload.coach != peer.name:
            keystore.set_peer_name(db, header.sender_id, payload.coach)
        peer = keystore.get_peer(db, header.sender_id)
        assert peer is not None
        outcome.ack = Ack(header.seq, payload.upto_change_seq)
        _merge_records(db, payload, header.sender_id, outcome, progress)
        applied = _apply_tombstones(db, payload.tombstones, header.sender_id, outcome)
        reindex_applied(db, payload.records, applied)
        keystore.raise_peer_counter(db, peer.peer_id, "peer_seen_seq", payload.peer_seen_seq)
        db.execute("UPDATE sync_outbox SET delivered_at = ? WHERE peer_id = ? AND delivered_at IS NULL "
                   "AND first_out_seq IS NOT NULL AND first_out_seq <= ?",
                   (now_iso(), peer.peer_id, payload.peer_seen_seq))
        keystore.note_import(db, peer, header.seq, parsed.sha256, outcome.inserted + outcome.replaced,
                             outcome.conflicts, outcome.ack.to_json())
        if within is not None:
            within(outcome)
    return outcome


def _merge_records(db: Database, payload: Payload, device_id: str, outcome: OfficeImport,
                   progress: Progress | None) -> None:
    assert outcome.ack is not None
    total = len(payload.records)
    incoming = authority.incoming_rows(payload)
    stored = BundleSnapshot(db, payload.records)
    writer = RecordWriter(db, stored.written, stored.tombstoned)
    for done, record in enumerate(payload.records, start=1):
        writer.flush_if_holds(record)  # the same record twice in a bundle: the second sees the first
        office = stored.stamp(record.table, record.id)
        action = decide(office, stored.tombstoned(record.table, record.id), record)
        if action != "skip" and not authority.record_allowed(stored, device_id, record, incoming):
            action = "conflict"  # another coach's client: the office decides, nothing is applied
        if action == "conflict":
            if _note_conflict(db, record.table, record.id, record.stamp, record.row, office, device_id):
                outcome.conflicts += 1
            else:
                outcome.unchanged += 1
        elif action == "skip":
            outcome.unchanged += 1
        else:
            writer.write(record)
            if record.table == "clients" and action == "insert":
                authority.claim_client(stored, record.id, device_id)
            setattr(outcome, "inserted" if action == "insert" else "replaced",
                    getattr(outcome, "inserted" if action == "insert" else "replaced") + 1)
        if action != "conflict" and (action != "skip" or office == record.stamp):
            outcome.ack.records.append((record.table, record.id, *record.stamp))
        report_progress(progress, done, total)
    writer.flush()


def _note_conflict(db: Database, table: str, record_id: str, stamp: tuple[int, str], row: dict[str, Any],
                   office: tuple[int, str] | None, device_id: str) -> bool:
    """Keep the incoming version beside the office's; False if this very version is already listed."""
    version, device = stamp
    text = json.dumps(row, ensure_ascii=False)
    if db.query_one("SELECT 1 FROM sync_conflicts WHERE record_table = ? AND record_id = ? AND incoming_version = ? "
                    "AND incoming_device = ? AND incoming_row = ? AND resolved_at IS NULL",
                    (table, record_id, version, device, text)):
        return False
    db.execute("INSERT INTO sync_conflicts(record_table, record_id, detected_at, from_peer, office_version, "
               "office_device, incoming_version, incoming_device, incoming_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (table, record_id, now_iso(), device_id, office[0] if office else None,
                office[1] if office else None, version, device, text))
    return True


TOMBSTONE_KEY = "$tombstone"  # a held removal in sync_conflicts.incoming_row: {"$tombstone": {…}}


def _apply_tombstones(db: Database, tombstones: list[Tombstone], device_id: str,
                      outcome: OfficeImport) -> list[Tombstone]:
    """Hold the sender's erasures for the office to approve (sync.erasure_requests); remove what else the sender
    may remove; hold the rest as conflicts. Returns the tombstones applied."""
    tombstones, held = erasure_requests.hold(db, device_id, tombstones)
    outcome.erasures_held += len(held)
    stored = StoredView(db)  # the store as each removal leaves it
    erased = authority.erased_clients(stored, device_id, tombstones)
    applied = []
    with erasing(db, erased):
        for tomb in tombstones:
            if authority.tombstone_allowed(stored, device_id, tomb, erased):
                write_tombstone(db, tomb, db.next_change_seq())
                forget_conflicts_of(db, tomb.record_table, tomb.record_id)
                applied.append(tomb)
                outcome.deleted += 1
            else:
                office = current_stamp(db, tomb.record_table, tomb.record_id)
                stamp = (office[0] if office else 0, tomb.device_id)
                if _note_conflict(db, tomb.record_table, tomb.record_id, stamp, {TOMBSTONE_KEY: tomb.to_json()},
                                  office, device_id):
                    outcome.conflicts += 1
    return applied


def forget_conflicts_of(db: Database, table: str, record_id: str, owned_ids: Iterable[str] = ()) -> None:
    """A removed record (an erased client, with everything of theirs) leaves no copy behind in the conflicts.
    For a client, every held copy that belongs to them goes: rows with their client_id, and rows whose
    references lead to them (questionnaire answers, plan signatures… through their parents), whether the
    parent is stored or itself only held as a conflict. `owned_ids`: the client's record ids known already."""
    if table != "clients":
        db.execute("DELETE FROM sync_conflicts WHERE record_table = ? AND record_id = ?", (table, record_id))
        return
    for conflict_id in _conflicts_of_client(db, record_id, owned_ids):
        db.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
    db.execute("DELETE FROM sync_assignments WHERE client_id = ?", (record_id,))
    db.execute("DELETE FROM sync_outbox WHERE client_id = ? AND delivered_at IS NULL", (record_id,))


def _conflicts_of_client(db: Database, client_id: str, owned_ids: Iterable[str]) -> set[int]:
    """Ids of every conflict row (open or resolved) holding a record of the client, by following references
    to a fixed point: a held signature points at a held plan version that points at the client."""
    ids = {client_id, *owned_ids}
    references: dict[str, list[str]] = {}
    pending = [(int(r["id"]), str(r["record_table"]), str(r["record_id"]), _held_row(r["incoming_row"]))
               for r in db.query("SELECT id, record_table, record_id, incoming_row FROM sync_conflicts")]
    chosen: set[int] = set()
    changed = True
    while changed:
        changed = False
        for conflict_id, table, held_id, row in pending:
            if conflict_id in chosen:
                continue
            if table not in references:
                references[table] = ["client_id", *(str(fk[3]) for fk in
                                                    db.query(f'PRAGMA foreign_key_list("{table}")'))]
            if held_id in ids or any(row.get(column) in ids for column in references[table]):
                chosen.add(conflict_id)
                ids.add(held_id)
                changed = True
    return chosen


def _held_row(text: str) -> dict[str, Any]:
    try:
        row = json.loads(text)
    except ValueError:
        return {}
    return row if isinstance(row, dict) else {}


def make_office_bundle(db: Database, peer_id: str, ack: Ack | None) -> bytes:
    """A receipt (if ack) plus every assignment not yet confirmed by the device. Call inside a transaction."""
    keys = keystore.ensure_own_keys(db)
    peer = keystore.get_peer(db, peer_id)
    if peer is None:
        raise UserError("sync.unknown_device", peer_id)
    seq = keystore.next_out_seq(db, peer_id)
    pending = db.query("SELECT id, client_id, action FROM sync_outbox WHERE peer_id = ? AND delivered_at IS NULL "
                       "ORDER BY id", (peer_id,))
    records: list[Record] = []
    for row in pending:
        records += client_records(db, row["client_id"])
        db.execute("UPDATE sync_outbox SET first_out_seq = coalesce(first_out_seq, ?) WHERE id = ?", (seq, row["id"]))
    payload = Payload(kind="receipt", sender_id=db.device_id, schema_version=db.schema_version, created_at=now_iso(),
                      records=records, ack=ack,
                      assignments=[Assignment(r["client_id"], r["action"]) for r in pending],
                      office_settings=office_settings.outgoing(db))
    return seal_bundle("receipt", db.device_id, keys, peer.keys, seq, payload.created_at, payload.to_bytes())


def find_device(db: Database, name: str) -> keystore.Peer:
    """A trusted device by its coach's name, its device id (or a unique prefix) or its fingerprint."""
    wanted, fp = name.strip(), normalise_fingerprint(name)
    devices = [p for p in keystore.peers(db, "device") if p.status == "trusted"]
    exact = [p for p in devices if wanted in (p.name, p.peer_id) or (len(fp) >= 9 and p.fingerprint == fp)]
    matches = exact or [p for p in devices if len(wanted) >= 4 and p.peer_id.startswith(wanted)]
    if len(matches) != 1:
        raise UserError("sync.device_not_found" if not matches else "sync.device_ambiguous", name)
    return matches[0]


def assign_client(db: Database, client_id: str, to: str) -> tuple[keystore.Peer, str | None]:
    """Queue the client's records for a coach's device; returns (device, previous device id). In a transaction."""
    if current_stamp(db, "clients", client_id) is None:
        raise UserError("sync.no_office_client", client_id)
    target = find_device(db, to)
    row = db.query_one("SELECT peer_id FROM sync_assignments WHERE client_id = ?", (client_id,))
    previous = None if row is None else str(row[0])
    if previous == target.peer_id:
        raise UserError("sync.already_this_coach")
    action = "transfer" if previous else "assign"
    db.execute("INSERT INTO sync_outbox(peer_id, client_id, action, created_at) VALUES (?, ?, ?, ?)",
               (target.peer_id, client_id, action, now_iso()))
    db.execute("INSERT INTO sync_assignments(client_id, peer_id, assigned_at) VALUES (?, ?, ?) ON CONFLICT(client_id) "
               "DO UPDATE SET peer_id = excluded.peer_id, assigned_at = excluded.assigned_at",
               (client_id, target.peer_id, now_iso()))
    return target, previous


@dataclass
class Conflict:
    id: int
    record_table: str
    record_id: str
    detected_at: str
    from_peer: str
    office_version: int | None
    office_device: str | None
    incoming_version: int
    incoming_device: str
    incoming_row: dict[str, Any] = field(repr=False)
    office_row: dict[str, Any] | None = field(repr=False)

    @property
    def is_deletion(self) -> bool:
        """A held tombstone: the device asked to remove the record."""
        return TOMBSTONE_KEY in self.incoming_row


def open_conflicts(db: Database) -> list[Conflict]:
    rows = db.query("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id")
    return [Conflict(id=r["id"], record_table=r["record_table"], record_id=r["record_id"],
                     detected_at=r["detected_at"], from_peer=r["from_peer"], office_version=r["office_version"],
                     office_device=r["office_device"], incoming_version=r["incoming_version"],
                     incoming_device=r["incoming_device"], incoming_row=json.loads(r["incoming_row"]),
                     office_row=current_row(db, r["record_table"], r["record_id"])) for r in rows]


def resolve_conflict(db: Database, conflict_id: int, keep: str) -> None:
    """keep='office': the office's version stays; keep='incoming': the device's version becomes the office's,
    as a new version written by the office. In a transaction."""
    found = [c for c in open_conflicts(db) if c.id == conflict_id]
    if not found:
        raise UserError("sync.no_open_conflict", conflict_id)
    conflict = found[0]
    if keep == "incoming" and TOMBSTONE_KEY in conflict.incoming_row:
        tomb = Tombstone(**conflict.incoming_row[TOMBSTONE_KEY])
        with erasing(db, [tomb.record_id] if tomb.record_table == "clients" else []):
            write_tombstone(db, tomb, db.next_change_seq())
        reindex_applied(db, [], [tomb])
        forget_conflicts_of(db, tomb.record_table, tomb.record_id)
    elif keep == "incoming":
        row = dict(conflict.incoming_row)
        row["version"] = max(conflict.office_version or 0, conflict.incoming_version) + 1
        row["device_id"], row["updated_at"] = db.device_id, now_iso()
        defer_foreign_keys(db)
        write_record(db, Record(conflict.record_table, row), db.next_change_seq())
        reindex_applied(db, [Record(conflict.record_table, row)], [])
    db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
               (now_iso(), keep, conflict_id))
