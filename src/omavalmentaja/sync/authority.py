"""Who may change what at the office.

A device writes only in its own name (every record and tombstone it sends carries its own device id) and only
the clients it holds: the device a client is assigned to in sync_assignments owns the client and every record
of theirs. A device that sends a client the office has never seen becomes its owner. Anything else a trusted
device sends - a change to or a removal of another coach's client, a record moved between clients - is held
as a conflict for the office to look at, never applied. A signed plan version (and its signatures) is removed
only together with its client (an erasure).
"""

from __future__ import annotations

from typing import Any

from omavalmentaja.sync.bundle import BundleError
from omavalmentaja.sync.payload import Payload
from omavalmentaja.sync.records import Record, Tombstone
from omavalmentaja.sync.stored import StoredView

NOT_OWN_STAMP = "sync.foreign_stamp"
SIGNED_PLAN_TABLES = ("plan_versions", "plan_signatures")
_MAX_DEPTH = 8

Rows = dict[tuple[str, str], dict[str, Any]]


def require_own_stamps(payload: Payload, sender_id: str) -> None:
    """Every record and tombstone must be stamped with the id of the device that signed the bundle."""
    if any(r.row["device_id"] != sender_id for r in payload.records) or \
            any(t.device_id != sender_id for t in payload.tombstones):
        raise BundleError(NOT_OWN_STAMP)


def owner_of(stored: StoredView, client_id: str) -> str | None:
    return stored.owner(client_id)


def may_write_client(stored: StoredView, sender_id: str, client_id: str) -> bool:
    """The sender holds the client, or the client is new to the office (the sender will hold it)."""
    owner = stored.owner(client_id)
    if owner is not None:
        return owner == sender_id
    return stored.row("clients", client_id) is None and not stored.tombstoned("clients", client_id)


def claim_client(stored: StoredView, client_id: str, sender_id: str) -> None:
    stored.claim(client_id, sender_id)


def clients_of(stored: StoredView, table: str, row: dict[str, Any], incoming: Rows, depth: int = 0) -> set[str]:
    """The clients a row belongs to: itself, its client_id, or (through its foreign keys) its parents' clients,
    as the office holds them and as the bundle carries them."""
    if table == "clients":
        return {str(row["id"])}
    if isinstance(row.get("client_id"), str):
        return {row["client_id"]}
    found: set[str] = set()
    if depth >= _MAX_DEPTH:
        return found
    for parent_table, column in stored.parents(table):
        parent_id = row.get(column)
        if not isinstance(parent_id, str):
            continue
        for parent in (incoming.get((parent_table, parent_id)), stored.row(parent_table, parent_id)):
            if parent is not None:
                found |= clients_of(stored, parent_table, parent, incoming, depth + 1)
    return found


def incoming_rows(payload: Payload) -> Rows:
    return {(r.table, r.id): r.row for r in payload.records}


def record_allowed(stored: StoredView, sender_id: str, record: Record, incoming: Rows) -> bool:
    """May the sender write this record: every client it belongs to, before and after, is the sender's."""
    office_row = stored.row(record.table, record.id)
    merged = {**(office_row or {}), **record.row}
    clients = clients_of(stored, record.table, merged, incoming)
    if office_row is not None:
        clients |= clients_of(stored, record.table, office_row, {})
    if not clients:  # a record of no client (e.g. a questionnaire definition): only its last writer changes it
        return office_row is None or office_row["device_id"] == sender_id
    return all(may_write_client(stored, sender_id, c) for c in clients)


def erased_clients(stored: StoredView, sender_id: str, tombstones: list[Tombstone]) -> set[str]:
    """The sender's own clients that this bundle erases."""
    return {t.record_id for t in tombstones if t.record_table == "clients"
            and stored.owner(t.record_id) == sender_id}


def tombstone_allowed(stored: StoredView, sender_id: str, tomb: Tombstone, erased: set[str]) -> bool:
    """May the sender remove this record: it is the sender's, and a signed plan goes only with its client."""
    office_row = stored.row(tomb.record_table, tomb.record_id)
    if office_row is None:
        return True  # nothing held here to remove; the tombstone is only noted
    clients = clients_of(stored, tomb.record_table, office_row, {})
    if not clients:
        return office_row["device_id"] == sender_id
    if not all(stored.owner(c) == sender_id for c in clients):
        return False
    if _is_signed_plan(stored, tomb.record_table, office_row):
        return clients <= erased
    return True


def _is_signed_plan(stored: StoredView, table: str, row: dict[str, Any]) -> bool:
    if table == "plan_versions":
        return row.get("status") == "signed"
    if table == "plan_signatures":
        version = stored.row("plan_versions", str(row.get("plan_version_id")))
        return version is not None and version.get("status") == "signed"
    return False
