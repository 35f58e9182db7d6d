"""This vault's sync keys, its peers and the bookkeeping of imported bundles (the SQL of sync)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from omavalmentaja.errors import UserError
from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.sync.keys import KeyPairs, PublicKeys

ROLE_OFFICE = "office"
ROLE_COACH = "coach"


def vault_role(db: Database) -> str:
    return db.meta("role", ROLE_COACH) or ROLE_COACH


def own_keys(db: Database) -> KeyPairs | None:
    rows = {r["name"]: bytes(r["private_key"]) for r in db.query("SELECT name, private_key FROM sync_keys")}
    if "sign" not in rows or "enc" not in rows:
        return None
    return KeyPairs(sign_private=rows["sign"], enc_private=rows["enc"])


def ensure_own_keys(db: Database) -> KeyPairs:
    """This vault's key pairs, made on first use. Call inside a transaction."""
    keys = own_keys(db)
    if keys is not None:
        return keys
    keys = KeyPairs.generate()
    public = keys.public
    stamp = now_iso()
    db.execute("INSERT INTO sync_keys(name, private_key, public_key, created_at) VALUES ('sign', ?, ?, ?), "
               "('enc', ?, ?, ?)", (keys.sign_private, public.sign, stamp, keys.enc_private, public.enc, stamp))
    return keys


@dataclass(frozen=True)
class Peer:
    peer_id: str
    role: str
    name: str
    keys: PublicKeys
    fingerprint: str
    status: str
    added_at: str
    last_in_seq: int
    last_in_at: str | None
    last_out_seq: int
    acked_change_seq: int
    peer_seen_seq: int


def _peer(row: Any) -> Peer:
    return Peer(peer_id=row["peer_id"], role=row["role"], name=row["name"],
                keys=PublicKeys(bytes(row["sign_key"]), bytes(row["enc_key"])), fingerprint=row["fingerprint"],
                status=row["status"], added_at=row["added_at"], last_in_seq=row["last_in_seq"],
                last_in_at=row["last_in_at"], last_out_seq=row["last_out_seq"],
                acked_change_seq=row["acked_change_seq"], peer_seen_seq=row["peer_seen_seq"])


def get_peer(db: Database, peer_id: str) -> Peer | None:
    row = db.query_one("SELECT * FROM sync_peers WHERE peer_id = ?", (peer_id,))
    return None if row is None else _peer(row)


def peers(db: Database, role: str) -> list[Peer]:
    return [_peer(r) for r in db.query("SELECT * FROM sync_peers WHERE role = ? ORDER BY name, peer_id", (role,))]


def the_office(db: Database) -> Peer:
    found = peers(db, ROLE_OFFICE)
    if not found:
        raise UserError("sync.not_enrolled")
    return found[0]


def add_peer(db: Database, peer_id: str, role: str, name: str, keys: PublicKeys) -> None:
    db.execute("INSERT INTO sync_peers(peer_id, role, name, sign_key, enc_key, fingerprint, added_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", (peer_id, role, name, keys.sign, keys.enc, keys.fingerprint, now_iso()))


def replace_office(db: Database, old: Peer, office_id: str, name: str, keys: PublicKeys) -> None:
    """A laptop's office key replaced (re-enrolment). The same office with new keys keeps its counters; another
    office starts afresh (nothing it has is known yet: no sequence numbers, no agreed versions)."""
    if office_id == old.peer_id:
        db.execute("UPDATE sync_peers SET name = ?, sign_key = ?, enc_key = ?, fingerprint = ?, status = 'trusted' "
                   "WHERE peer_id = ?", (name, keys.sign, keys.enc, keys.fingerprint, office_id))
        return
    db.execute("DELETE FROM sync_peers WHERE peer_id = ?", (old.peer_id,))
    db.execute("DELETE FROM sync_agreed")
    add_peer(db, office_id, ROLE_OFFICE, name, keys)


def set_peer_name(db: Database, peer_id: str, name: str) -> None:
    db.execute("UPDATE sync_peers SET name = ? WHERE peer_id = ?", (name, peer_id))


def set_peer_status(db: Database, peer_id: str, status: str) -> None:
    db.execute("UPDATE sync_peers SET status = ? WHERE peer_id = ?", (status, peer_id))


def next_out_seq(db: Database, peer_id: str) -> int:
    row = db.query_one("UPDATE sync_peers SET last_out_seq = last_out_seq + 1 WHERE peer_id = ? "
                       "RETURNING last_out_seq", (peer_id,))
    return int(row[0])


def note_import(db: Database, peer: Peer, seq: int, sha256: str, records: int, conflicts: int,
                ack: dict[str, Any]) -> None:
    stamp = now_iso()
    db.execute("UPDATE sync_peers SET last_in_seq = ?, last_in_at = ? WHERE peer_id = ?", (seq, stamp, peer.peer_id))
    db.execute("INSERT INTO sync_imports(bundle_sha256, peer_id, seq, imported_at, records, conflicts, ack) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", (sha256, peer.peer_id, seq, stamp, records, conflicts,
                                                json.dumps(ack, separators=(",", ":"))))


def imported_ack(db: Database, sha256: str) -> dict[str, Any] | None:
    """The acknowledgement stored when this exact bundle was imported, or None if it never was."""
    row = db.query_one("SELECT ack FROM sync_imports WHERE bundle_sha256 = ?", (sha256,))
    return None if row is None else dict(json.loads(row[0]))


def raise_peer_counter(db: Database, peer_id: str, column: str, value: int) -> None:
    assert column in ("acked_change_seq", "peer_seen_seq")
    db.execute(f"UPDATE sync_peers SET {column} = max({column}, ?) WHERE peer_id = ?", (value, peer_id))


def agreed_versions(db: Database) -> dict[tuple[str, str], tuple[int, str]]:
    return {(r[0], r[1]): (int(r[2]), r[3]) for r in
            db.query("SELECT record_table, record_id, version, device_id FROM sync_agreed")}


def set_agreed(db: Database, table: str, record_id: str, version: int, device_id: str) -> None:
    db.execute("INSERT INTO sync_agreed(record_table, record_id, version, device_id) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(record_table, record_id) DO UPDATE SET version = excluded.version, "
               "device_id = excluded.device_id", (table, record_id, version, device_id))


def forget_agreed(db: Database, table: str, record_id: str) -> None:
    db.execute("DELETE FROM sync_agreed WHERE record_table = ? AND record_id = ?", (table, record_id))
