"""The Today view: the day's meetings, follow-ups due or overdue, and clients not met for a while."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.messages import render
from omavalmentaja.services.session import Session
from omavalmentaja.store.damaged import DamagedRecord
from omavalmentaja.store.meetings import NamedMeeting

DEFAULT_NOT_MET_DAYS = 28


@dataclass(frozen=True)
class TodayItem:
    client_id: str
    client_name: str
    when: str  # ISO date or datetime, or "" when never met
    text: str
    meeting_id: str = ""


@dataclass(frozen=True)
class TodayOverview:
    meetings: list[TodayItem]
    follow_ups: list[TodayItem]
    not_met: list[TodayItem]


def not_met_days(session: Session) -> int:
    return int(session.db.meta("not_met_days", str(DEFAULT_NOT_MET_DAYS)) or DEFAULT_NOT_MET_DAYS)


def set_not_met_days(session: Session, days: int) -> None:
    session.db.set_meta("not_met_days", str(max(1, days)))


def today_overview(session: Session, now: dt.datetime | None = None) -> TodayOverview:
    """The day's items in three indexed queries that read each shown client's name with its row."""
    now = now or dt.datetime.now()
    day_start = dt.datetime.combine(now.date(), dt.time())
    day_end = day_start + dt.timedelta(days=1)
    meetings = [_item(m, "" if isinstance(m.record, DamagedRecord) else m.record.starts_at.isoformat(
                          timespec="minutes"), "" if isinstance(m.record, DamagedRecord) else m.record.place,
                      day_start.isoformat(timespec="minutes"))
                for m in session.meetings.between_or_damaged(day_start, day_end)]
    follow_ups = [_item(m, _follow_up_day(m.record), "" if isinstance(m.record, DamagedRecord) else
                        m.record.next_steps, now.date().isoformat())
                  for m in session.meetings.follow_ups_due_or_damaged(now.date())]
    since = now - dt.timedelta(days=not_met_days(session))
    not_met = [TodayItem(cid, name, _readable_moment(last), "")
               for cid, name, last in session.meetings.active_clients_not_met_since(since, day_end)]
    return TodayOverview(meetings, follow_ups, not_met)


def _item(m: NamedMeeting, when: str, text: str, fallback: str) -> TodayItem:
    if isinstance(m.record, DamagedRecord):  # shown as damaged at a time that can be shown, never taking the view down
        damaged, starts = m.record, m.stored_start
        moment = _readable_moment(starts) if fallback.startswith(starts[:10]) and "T" in fallback else ""
        return TodayItem(m.client_id, m.client_name, moment or fallback,
                         render("damaged.record", damaged.table, damaged.field), damaged.record_id)
    return TodayItem(m.record.client_id, m.client_name, when, text, m.record.id)


def _follow_up_day(m: Meeting | DamagedRecord) -> str:
    return "" if isinstance(m, DamagedRecord) or m.follow_up_on is None else m.follow_up_on.isoformat()


def _readable_moment(text: str | None) -> str:
    """A stored meeting time as the view reads it, or "" when a damaged row holds no time."""
    try:
        return dt.datetime.fromisoformat(text).isoformat(timespec="minutes") if text else ""
    except (TypeError, ValueError):
        return ""
