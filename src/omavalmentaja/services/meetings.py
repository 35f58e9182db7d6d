"""Meeting use cases, including the autosaved draft of a note being written."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from omavalmentaja.domain.meeting import InvalidMeeting, Meeting, MeetingKind, validate_meeting
from omavalmentaja.domain.service_model import Conversation
from omavalmentaja.errors import UserError
from omavalmentaja.services.session import Session


def save_meeting(session: Session, meeting: Meeting) -> Meeting:
    try:
        validate_meeting(meeting)
    except InvalidMeeting as exc:
        raise UserError(exc.message) from None
    session.clients.get(meeting.client_id)  # raises NotFound for an unknown client
    is_new = not meeting.id
    with session.db.transaction():
        session.meetings.save(meeting)
        session.audit.record("meeting.create" if is_new else "meeting.update", meeting.client_id)
    return meeting


def complete_follow_up(session: Session, meeting_id: str) -> Meeting:
    meeting = session.meetings.get(meeting_id)
    meeting.follow_up_done = True
    return save_meeting(session, meeting)


@dataclass
class MeetingDraft:
    """What the meeting editor holds, as autosaved. Dates as ISO text so it round-trips through JSON."""

    client_id: str
    meeting_id: str = ""
    starts_at: str = ""
    duration_minutes: int = 60
    kind: str = MeetingKind.FACE_TO_FACE.value
    place: str = ""
    notes: str = ""
    next_steps: str = ""
    follow_up_on: str = ""
    fulfils: str = ""  # the service model's conversation (domain.service_model.Conversation), or ""

    @property
    def key(self) -> str:
        return f"meeting:{self.meeting_id or 'new'}:{self.client_id}"

    def to_meeting(self) -> Meeting:
        return Meeting(
            id=self.meeting_id, client_id=self.client_id, starts_at=dt.datetime.fromisoformat(self.starts_at),
            duration_minutes=self.duration_minutes, kind=MeetingKind(self.kind), place=self.place,
            notes=self.notes, next_steps=self.next_steps,
            follow_up_on=dt.date.fromisoformat(self.follow_up_on) if self.follow_up_on else None,
            fulfils=Conversation(self.fulfils) if self.fulfils else None,
        )

    @classmethod
    def from_meeting(cls, meeting: Meeting) -> MeetingDraft:
        return cls(
            client_id=meeting.client_id, meeting_id=meeting.id,
            starts_at=meeting.starts_at.isoformat(timespec="minutes"), duration_minutes=meeting.duration_minutes,
            kind=meeting.kind.value, place=meeting.place, notes=meeting.notes, next_steps=meeting.next_steps,
            follow_up_on=meeting.follow_up_on.isoformat() if meeting.follow_up_on else "",
            fulfils=meeting.fulfils.value if meeting.fulfils else "",
        )


def autosave_draft(session: Session, draft: MeetingDraft) -> None:
    session.drafts.put(draft.key, json.dumps(asdict(draft), ensure_ascii=False), draft.client_id)


def load_draft(session: Session, client_id: str, meeting_id: str = "") -> MeetingDraft | None:
    payload = session.drafts.get(MeetingDraft(client_id=client_id, meeting_id=meeting_id).key)
    return None if payload is None else MeetingDraft(**json.loads(payload))


def save_draft_as_meeting(session: Session, draft: MeetingDraft) -> Meeting:
    """Store the meeting and drop its draft in one transaction, so neither is lost nor duplicated."""
    try:
        meeting = draft.to_meeting()
    except ValueError:
        raise UserError("svc.invalid_meeting") from None
    with session.db.transaction():
        save_meeting(session, meeting)
        session.drafts.discard(draft.key)
    return meeting


def discard_draft(session: Session, draft: MeetingDraft) -> None:
    session.drafts.discard(draft.key)
