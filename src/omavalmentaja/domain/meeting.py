"""Meetings (tapaamiset) with a client."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omavalmentaja.domain.service_model import Conversation


class MeetingKind(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    OUTREACH = "outreach"


MEETING_KIND_LABELS = {
    MeetingKind.FACE_TO_FACE: "Tapaaminen kasvokkain",
    MeetingKind.PHONE: "Puhelu",
    MeetingKind.VIDEO: "Etätapaaminen (video)",
    MeetingKind.OUTREACH: "Jalkautuva käynti",
}


class InvalidMeeting(ValueError):
    pass


@dataclass
class Meeting:
    client_id: str
    starts_at: dt.datetime
    id: str = ""
    duration_minutes: int = 60
    kind: MeetingKind = MeetingKind.FACE_TO_FACE
    place: str = ""
    notes: str = ""
    next_steps: str = ""
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False
    fulfils: Conversation | None = None  # the service model's conversation this meeting was
    version: int = 0


def validate_meeting(meeting: Meeting) -> Meeting:
    problems = []
    if not meeting.client_id:
        problems.append("asiakas puuttuu / client is missing")
    if not 0 < meeting.duration_minutes <= 24 * 60:
        problems.append("kesto on virheellinen / duration must be 1–1440 minutes")
    if meeting.follow_up_on and meeting.follow_up_on < meeting.starts_at.date():
        problems.append("seurantapäivä on ennen tapaamista / follow-up date is before the meeting")
    if problems:
        raise InvalidMeeting("; ".join(problems))
    return meeting
