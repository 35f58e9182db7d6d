"""The Today view: the day's meetings, follow-ups due or overdue, and clients not met for a while."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.messages import render
from omavalmentaja.services.session import Session
from omavalmentaja.store.damaged import DamagedRecord

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
    now = now or dt.datetime.now()
    day_start = dt.datetime.combine(now.date(), dt.time())
    names = _names(session)

    def item(m: Meeting | DamagedRecord, when: str, text: str, fallback: str) -> TodayItem:
        if isinstance(m, DamagedRecord):  # shown as damaged at a time that can be shown, never taking the view down
            client_id, starts = session.meetings.stored_of(m.record_id)
            moment = _readable_moment(starts) if fallback.startswith(starts[:10]) and "T" in fallback else ""
            return TodayItem(client_id, names.get(client_id, "?"), moment or fallback,
                             render("damaged.record", m.table, m.field), m.record_id)
        return TodayItem(m.client_id, names.get(m.client_id, "?"), when, text, m.id)

    meetings = [item(m, "" if isinstance(m, DamagedRecord) else m.starts_at.isoformat(timespec="minutes"),
                     "" if isinstance(m, DamagedRecord) else m.place, day_start.isoformat(timespec="minutes"))
                for m in session.meetings.between_or_damaged(day_start, day_start + dt.timedelta(days=1))]
    follow_ups = [item(m, _follow_up_day(m), "" if isinstance(m, DamagedRecord) else m.next_steps,
                       now.date().isoformat())
                  for m in session.meetings.follow_ups_due_or_damaged(now.date())]
    since = now - dt.timedelta(days=not_met_days(session))
    not_met = [TodayItem(cid, names.get(cid, "?"), _readable_moment(last), "")
               for cid, last in session.meetings.active_clients_not_met_since(
                   since, day_start + dt.timedelta(days=1))]  # met or meeting today: not "not met"
    return TodayOverview(meetings, follow_ups, not_met)


def _follow_up_day(m: Meeting | DamagedRecord) -> str:
    return "" if isinstance(m, DamagedRecord) or m.follow_up_on is None else m.follow_up_on.isoformat()


def _readable_moment(text: str | None) -> str:
    """A stored meeting time as the view reads it, or "" when a damaged row holds no time."""
    try:
        return dt.datetime.fromisoformat(text).isoformat(timespec="minutes") if text else ""
    except (TypeError, ValueError):
        return ""


def _names(session: Session) -> dict[str, str]:
    rows = session.db.query("SELECT id, coalesce(nullif(preferred_name, ''), first_name) || ' ' || last_name "
                            "FROM clients")
    return {r[0]: r[1] for r in rows}
