"""Meetings (tapaamiset) with a client."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from omavalmentaja.domain import limits
from omavalmentaja.domain.limits import Problem
from omavalmentaja.domain.problems import Problems
from omavalmentaja.domain.service_model import Conversation
from omavalmentaja.messages import Message


class MeetingKind(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    OUTREACH = "outreach"




class InvalidMeeting(Problems):
    """A meeting breaks the rules; every problem is listed."""


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
    problems: list[object] = list(limits.check_fields([
        ("place", meeting.place, limits.LINE, False), ("notes", meeting.notes, limits.LONG_TEXT, True),
        ("next_steps", meeting.next_steps, limits.LONG_TEXT, True)]))
    problems += [p for p in (limits.check_date("starts_at", meeting.starts_at),
                             limits.check_date("follow_up_on", meeting.follow_up_on)) if p is not None]
    if not isinstance(meeting.starts_at, dt.datetime):
        problems.append(Problem("starts_at", Message.of("input.bad_date", limits.label("starts_at"))))
    if not isinstance(meeting.kind, MeetingKind):
        problems.append(Problem("kind", Message.of("input.unknown_code", limits.label("kind"))))
    if meeting.fulfils is not None and not isinstance(meeting.fulfils, Conversation):
        problems.append(Problem("fulfils", Message.of("input.unknown_code", limits.label("fulfils"))))
    if problems:
        raise InvalidMeeting(problems)
    if not meeting.client_id:
        problems.append(Message.of("domain.meeting_client_missing"))
    if not 0 < meeting.duration_minutes <= 24 * 60:
        problems.append(Problem("duration_minutes", Message.of(
            "domain.meeting_duration")))
    if meeting.follow_up_on and meeting.follow_up_on < meeting.starts_at.date():
        problems.append(Problem("follow_up_on", Message.of(
            "domain.follow_up_before_meeting")))
    if problems:
        raise InvalidMeeting(problems)
    return meeting
