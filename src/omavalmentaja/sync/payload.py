"""The decrypted payload: one UTF-8 JSON object (docs/bundle-format.md, "Payload")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from omavalmentaja.store.db import Database
from omavalmentaja.sync import office_settings
from omavalmentaja.sync.bundle import DAMAGED, NEWER, BundleError
from omavalmentaja.sync.record_parse import parse_records, parse_tombstones
from omavalmentaja.sync.records import Record, Tombstone, is_uuid
from omavalmentaja.sync.validate import validate_records

PAYLOAD_FORMAT = 1
# At most this many records, tombstones, acknowledged records and assignments in one bundle (a caseload's
# first sync is some tens of thousands); docs/bundle-format.md. A larger bundle is refused before it is
# decoded into objects: the JSON text's commas bound its number of values, and decoding stops at the limit.
MAX_RECORDS_PER_BUNDLE = 100_000
MAX_JSON_VALUES = 64 * MAX_RECORDS_PER_BUNDLE  # a record is a few dozen values
MAX_JSON_OBJECTS = 4 * MAX_RECORDS_PER_BUNDLE + 16  # a record is two or three objects (record, row, a blob)


@dataclass
class Ack:
    """The office's answer to one coach bundle: its sequence number, the coach's change counter it covered,
    and the records now agreed on, as (table, id, version, device id)."""

    seq: int
    upto_change_seq: int
    records: list[tuple[str, str, int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "upto_change_seq": self.upto_change_seq, "records": [list(r) for r in self.records]}


@dataclass
class Assignment:
    client_id: str
    action: str  # 'assign' or 'transfer'

    def to_json(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "action": self.action}


@dataclass
class Payload:
    kind: str
    sender_id: str
    schema_version: int
    created_at: str
    records: list[Record] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    coach: str = ""  # changes: the coach's name as set on the laptop
    upto_change_seq: int = 0  # changes: the laptop's change counter when the bundle was made
    peer_seen_seq: int = 0  # changes: the newest office bundle the laptop has applied
    ack: Ack | None = None  # receipt
    assignments: list[Assignment] = field(default_factory=list)  # receipt
    office_settings: dict[str, Any] = field(default_factory=dict)  # receipt: sync.office_settings

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": PAYLOAD_FORMAT, "kind": self.kind, "sender_id": self.sender_id,
            "schema_version": self.schema_version, "created_at": self.created_at,
            "records": [r.to_json() for r in self.records], "tombstones": [t.to_json() for t in self.tombstones],
        }
        if self.kind == "changes":
            body.update(coach=self.coach, upto_change_seq=self.upto_change_seq, peer_seen_seq=self.peer_seen_seq)
        else:
            body.update(ack=self.ack.to_json() if self.ack else None,
                        assignments=[a.to_json() for a in self.assignments])
            if self.office_settings:
                body["office_settings"] = self.office_settings
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _require(condition: bool) -> None:
    if not condition:
        raise BundleError(DAMAGED)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a payload may hold")


SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # an escaped \ud800 to \udfff


class _TooMany(Exception):
    pass


def _load_bounded(text: str) -> Any:
    """The payload's JSON, refusing (BundleError) one with more objects than a bundle may hold. Each object opens
    with a brace, so a text with no more braces than that is decoded without counting (in C)."""
    if text.count("{") <= MAX_JSON_OBJECTS:
        return json.loads(text, parse_constant=_no_constant)
    objects = 0

    def counted(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal objects
        objects += 1
        if objects > MAX_JSON_OBJECTS:
            raise _TooMany
        return dict(pairs)

    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=counted)
    except _TooMany:
        raise BundleError("sync.too_many_records", MAX_RECORDS_PER_BUNDLE) from None


def parse_payload(db: Database, data: bytes, kind: str, sender_id: str) -> Payload:
    """Check every field of a decrypted payload against what this vault's schema can hold."""
    if data.count(b",") > MAX_JSON_VALUES:  # before any copy or object is made
        raise BundleError("sync.too_many_records", MAX_RECORDS_PER_BUNDLE)
    try:
        body = _load_bounded(data.decode("utf-8"))
        if SURROGATE_ESCAPE.search(data):  # strict UTF-8 holds none; only a JSON escape can make one
            json.dumps(body, ensure_ascii=False).encode("utf-8")  # no lone surrogate that the store cannot hold
    except (UnicodeError, ValueError, RecursionError):
        raise BundleError(DAMAGED) from None
    _require(isinstance(body, dict) and body.get("format") == PAYLOAD_FORMAT and body.get("kind") == kind)
    _require(body.get("sender_id") == sender_id and _is_int(body.get("schema_version")))
    _require(isinstance(body.get("created_at"), str))
    if body["schema_version"] > db.schema_version:
        raise BundleError(NEWER)
    counted = [body.get(name) for name in ("records", "tombstones", "assignments")]
    ack = body.get("ack")
    counted.append(ack.get("records") if isinstance(ack, dict) else None)
    if sum(len(item) for item in counted if isinstance(item, list)) > MAX_RECORDS_PER_BUNDLE:
        raise BundleError("sync.too_many_records", MAX_RECORDS_PER_BUNDLE)
    payload = Payload(kind=kind, sender_id=sender_id, schema_version=body["schema_version"],
                      created_at=body["created_at"], records=parse_records(db, body.get("records")),
                      tombstones=parse_tombstones(db, body.get("tombstones")))
    validate_records(db, payload.records)
    if kind == "changes":
        _require(isinstance(body.get("coach"), str) and _is_int(body.get("upto_change_seq"))
                 and _is_int(body.get("peer_seen_seq")))
        payload.coach, payload.upto_change_seq = body["coach"][:100], body["upto_change_seq"]
        payload.peer_seen_seq = body["peer_seen_seq"]
        return payload
    payload.ack = _parse_ack(body.get("ack"))
    assignments = body.get("assignments")
    _require(isinstance(assignments, list))
    for item in assignments:
        _require(isinstance(item, dict) and is_uuid(item.get("client_id"))
                 and item.get("action") in ("assign", "transfer"))
        payload.assignments.append(Assignment(item["client_id"], item["action"]))
    payload.office_settings = office_settings.parse(body.get("office_settings"))
    return payload


def _parse_ack(value: Any) -> Ack | None:
    if value is None:
        return None
    _require(isinstance(value, dict) and _is_int(value.get("seq")) and _is_int(value.get("upto_change_seq")))
    records = value.get("records")
    _require(isinstance(records, list))
    ack = Ack(value["seq"], value["upto_change_seq"])
    for item in records:
        _require(isinstance(item, list) and len(item) == 4 and isinstance(item[0], str)
                 and is_uuid(item[1]) and _is_int(item[2]) and is_uuid(item[3]))
        ack.records.append((item[0], item[1], item[2], item[3]))
    return ack
