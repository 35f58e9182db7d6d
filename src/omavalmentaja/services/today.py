"""The Today view: the day's meetings, follow-ups due or overdue, and clients not met for a while."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.services.session import Session

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

    def item(m: Meeting, when: str, text: str) -> TodayItem:
        return TodayItem(m.client_id, names.get(m.client_id, "?"), when, text, m.id)

    meetings = [item(m, m.starts_at.isoformat(timespec="minutes"), m.place)
                for m in session.meetings.between(day_start, day_start + dt.timedelta(days=1))]
    follow_ups = [item(m, m.follow_up_on.isoformat() if m.follow_up_on else "", m.next_steps)
                  for m in session.meetings.follow_ups_due(now.date())]
    since = now - dt.timedelta(days=not_met_days(session))
    not_met = [TodayItem(cid, names.get(cid, "?"), last or "", "")
               for cid, last in session.meetings.active_clients_not_met_since(since, now)]
    return TodayOverview(meetings, follow_ups, not_met)


def _names(session: Session) -> dict[str, str]:
    rows = session.db.query("SELECT id, coalesce(nullif(preferred_name, ''), first_name) || ' ' || last_name "
                            "FROM clients")
    return {r[0]: r[1] for r in rows}
