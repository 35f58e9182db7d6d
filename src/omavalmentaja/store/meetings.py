"""Meeting repository and the queries behind the Today view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.domain.service_model import Conversation
from omavalmentaja.errors import NotFound
from omavalmentaja.store.damaged import DamagedRecord, read_record, readable
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import delete_record, insert_new_records, save_record
from omavalmentaja.store.search import reindex_client, reindex_clients


def meeting_from_row(row: Any) -> Meeting:
    return Meeting(
        id=row["id"], client_id=row["client_id"], starts_at=dt.datetime.fromisoformat(row["starts_at"]),
        duration_minutes=row["duration_minutes"], kind=MeetingKind(row["kind"]), place=row["place"],
        notes=row["notes"], next_steps=row["next_steps"],
        follow_up_on=dt.date.fromisoformat(row["follow_up_on"]) if row["follow_up_on"] else None,
        follow_up_done=bool(row["follow_up_done"]), version=row["version"],
        fulfils=Conversation(row["fulfils"]) if row["fulfils"] else None,
    )


def meeting_to_fields(meeting: Meeting) -> dict[str, Any]:
    return {
        "client_id": meeting.client_id, "starts_at": meeting.starts_at.isoformat(timespec="minutes"),
        "duration_minutes": meeting.duration_minutes, "kind": meeting.kind.value, "place": meeting.place,
        "notes": meeting.notes, "next_steps": meeting.next_steps,
        "follow_up_on": meeting.follow_up_on.isoformat() if meeting.follow_up_on else None,
        "follow_up_done": int(meeting.follow_up_done),
        "fulfils": meeting.fulfils.value if meeting.fulfils else "",
    }


# A client's name as lists show it ("?" for a meeting whose client row is missing).
_CLIENT_NAME = "coalesce(coalesce(nullif(c.preferred_name, ''), c.first_name) || ' ' || c.last_name, '?')"
# What the Today view reads of a meeting: every column the record's conversion checks, but not the notes (the
# view shows none, and they are most of a row's bytes).
_NAMED = ("SELECT m.id, m.client_id, m.starts_at, m.duration_minutes, m.kind, m.place, '' AS notes, m.next_steps, "
          f"m.follow_up_on, m.follow_up_done, m.version, m.fulfils, {_CLIENT_NAME} AS client_name "
          "FROM meetings m LEFT JOIN clients c ON c.id = m.client_id ")


@dataclass(frozen=True)
class NamedMeeting:
    """A meeting of the Today view read with its client's name. `record` is the meeting without its notes, or a
    DamagedRecord for a row that cannot be read as a meeting; `client_id` and `stored_start` are as stored."""

    record: Meeting | DamagedRecord
    client_id: str
    stored_start: str
    client_name: str


def _named(row: Any) -> NamedMeeting:
    try:
        record: Meeting | DamagedRecord = meeting_from_row(row)  # the usual case, without tracing each column
    except Exception:  # noqa: BLE001 (read again, traced, to name the field that failed)
        try:
            record = read_record("meetings", row, meeting_from_row)
        except DamagedRecord as exc:
            record = exc
    return NamedMeeting(record, str(row["client_id"]), str(row["starts_at"]), str(row["client_name"]))


class MeetingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, meeting: Meeting) -> Meeting:
        with self.db.transaction():
            meeting.id, meeting.version = save_record(self.db, "meetings", meeting_to_fields(meeting), meeting.id)
            reindex_client(self.db, meeting.client_id)
        return meeting

    def add_many(self, meetings: list[Meeting]) -> None:
        """Insert new meetings in bulk (ids and versions are set); each client's search document is rebuilt once."""
        with self.db.transaction():
            ids = insert_new_records(self.db, "meetings", [meeting_to_fields(m) for m in meetings])
            for meeting, meeting_id in zip(meetings, ids, strict=True):
                meeting.id, meeting.version = meeting_id, 1
            reindex_clients(self.db, sorted({m.client_id for m in meetings}))

    def get(self, meeting_id: str) -> Meeting:
        row = self.db.query_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if row is None:
            raise NotFound("store.no_such_meeting", meeting_id)
        return read_record("meetings", row, meeting_from_row)

    def delete(self, meeting: Meeting) -> None:
        with self.db.transaction():
            delete_record(self.db, "meetings", meeting.id)
            reindex_client(self.db, meeting.client_id)

    def for_client(self, client_id: str) -> list[Meeting]:
        rows = self.db.query("SELECT * FROM meetings WHERE client_id = ? ORDER BY starts_at DESC", (client_id,))
        return readable("meetings", rows, meeting_from_row)

    def next_for_client(self, client_id: str, now: dt.datetime) -> Meeting | None:
        """The first upcoming meeting that can be read (a damaged one is passed over, not shown as next)."""
        rows = self.db.query("SELECT * FROM meetings WHERE client_id = ? AND starts_at >= ? ORDER BY starts_at "
                             "LIMIT 20", (client_id, now.isoformat(timespec="minutes")))
        return next(iter(readable("meetings", rows, meeting_from_row)), None)

    def conversations(self, client_id: str = "") -> dict[str, list[tuple[dt.date, Conversation]]]:
        """The meetings marked as a service-model conversation, by client: (date, conversation); every client's,
        or one client's (on the index of such meetings by client)."""
        sql = "SELECT client_id, substr(starts_at, 1, 10), fulfils FROM meetings WHERE fulfils != ''"
        rows = (self.db.query(sql + " AND client_id = ? ORDER BY starts_at", (client_id,)) if client_id
                else self.db.query(sql + " ORDER BY starts_at"))
        found: dict[str, list[tuple[dt.date, Conversation]]] = {}
        for cid, day, fulfils in rows:
            found.setdefault(cid, []).append((dt.date.fromisoformat(day), Conversation(fulfils)))
        return found

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Meeting]:
        rows = self.db.query("SELECT * FROM meetings WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at",
                             (start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")))
        return readable("meetings", rows, meeting_from_row)

    def between_or_damaged(self, start: dt.datetime, end: dt.datetime) -> list[NamedMeeting]:
        """The meetings in [start, end) with their clients' names, in one query on the start index; a row that
        cannot be read as a meeting is given as DamagedRecord (with its client and start time as stored)."""
        rows = self.db.query(_NAMED + "WHERE m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at",
                             (start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")))
        return [_named(r) for r in rows]

    def follow_ups_due_or_damaged(self, on_or_before: dt.date) -> list[NamedMeeting]:
        """Open follow-ups due on or before the day, with their clients' names (the open follow-ups' index)."""
        rows = self.db.query(_NAMED + "WHERE m.follow_up_done = 0 AND m.follow_up_on IS NOT NULL AND "
                             "m.follow_up_on <= ? ORDER BY m.follow_up_on", (on_or_before.isoformat(),))
        return [_named(r) for r in rows]

    def follow_ups_due(self, on_or_before: dt.date) -> list[Meeting]:
        rows = self.db.query(
            "SELECT * FROM meetings WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL AND follow_up_on <= ? "
            "ORDER BY follow_up_on", (on_or_before.isoformat(),))
        return readable("meetings", rows, meeting_from_row)

    def active_clients_not_met_since(self, since: dt.datetime,
                                     until: dt.datetime) -> list[tuple[str, str, str | None]]:
        """(client id, name, last meeting start or None) for active clients with no meeting in [since, until),
        the longest unmet first.

        `until` is the end of the day asked about: a meeting later today counts as met today. Two look-ups per
        active client on the index of meetings by client and start (clients by status give the active ones)."""
        rows = self.db.query(
            "SELECT c.id, " + _CLIENT_NAME + ", (SELECT max(m.starts_at) FROM meetings m WHERE m.client_id = c.id "
            "AND m.starts_at < :until) AS last_met FROM clients c WHERE c.status = 'active' AND NOT EXISTS (SELECT 1 "
            "FROM meetings m WHERE m.client_id = c.id AND m.starts_at >= :since AND m.starts_at < :until) "
            "ORDER BY last_met, 2, 1",
            {"until": until.isoformat(timespec="minutes"), "since": since.isoformat(timespec="minutes")},
        )
        return [(r[0], r[1], r[2]) for r in rows]


class DraftRepository:
    """Autosaved editor contents, kept in the encrypted database until the record is saved."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, key: str, payload: str, client_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO drafts(key, client_id, payload, updated_at) VALUES (?, ?, ?, datetime('now')) "
            "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            (key, client_id, payload))

    def get(self, key: str) -> str | None:
        row = self.db.query_one("SELECT payload FROM drafts WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def keys_for_client(self, client_id: str) -> list[str]:
        return [r[0] for r in self.db.query("SELECT key FROM drafts WHERE client_id = ? ORDER BY updated_at DESC",
                                            (client_id,))]

    def discard(self, key: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE key = ?", (key,))
