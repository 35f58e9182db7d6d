"""Records of a client that are stored but cannot be read as valid records (left by an older program, a
tampered file, or a bundle from before the sync import checked every record): listed so that exports and
screens can show them as damaged while they leave them out, never failing as a whole."""

from __future__ import annotations

from omavalmentaja.messages import Message
from omavalmentaja.services.session import Session
from omavalmentaja.store.damaged import DamagedRecord
from omavalmentaja.sync.records import client_records, decode_value
from omavalmentaja.sync.validate import unreadable_field


def damaged_records(session: Session, client_id: str) -> list[DamagedRecord]:
    """Every record of the client that the store cannot read (and so leaves out), with the field that fails."""
    found = []
    for record in client_records(session.db, client_id):
        field = unreadable_field(record.table, {name: decode_value(value) for name, value in record.row.items()})
        if field is not None:
            found.append(DamagedRecord(record.table, record.id, field))
    return found


def damaged_marker(damage: DamagedRecord) -> Message:
    """The text shown in place of a damaged record: its kind and field, never its value."""
    return Message.of("damaged.record", damage.table, damage.field)
