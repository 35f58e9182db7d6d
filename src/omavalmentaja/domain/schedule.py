"""The service model's schedule for one client: what is due when, and what was done (pure: no I/O).

Given the client's registration date, the conversations held (meetings marked as the conversation they
fulfil), the plan's review date, the job-search obligation and the applications reported, and the rules
(domain.service_model.Rules), compute_schedule lists every item up to a date. Each deadline is computed by
the rules version in force on the date it starts to run. Due dates that the rules count in calendar days
or months and that fall on a non-working day move to a working day as the setting says (see
docs/service-model.md: no public source was found for this; the default is the previous working day)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from omavalmentaja.domain.service_model import Conversation, Obligation, ObligationStatus, Rules, RulesVersion
from omavalmentaja.domain.workdays import add_months, add_working_days, next_working_day, previous_working_day

MAX_ITEMS_PER_CHAIN = 500  # a guard: 20 years of two-weekly conversations


class DueKind(StrEnum):
    INITIAL_INTERVIEW = "initial_interview"  # alkuhaastattelu
    SUPPLEMENTARY = "supplementary"  # täydentävä työnhakukeskustelu (intensive period)
    JOB_SEARCH = "job_search"  # työnhakukeskustelu (every three months)
    PLAN_REVIEW = "plan_review"  # suunnitelman tarkistus
    OBLIGATION_REVIEW = "obligation_review"  # työnhakuvelvollisuuden tarkastelujakso päättyy
    OBLIGATION_SHORT = "obligation_short"  # velvollisuus jäi vajaaksi: muistutus


class NonWorkingDue(StrEnum):
    PREVIOUS = "previous"
    NEXT = "next"


@dataclass(frozen=True)
class ScheduleSettings:
    non_working_due: NonWorkingDue = NonWorkingDue.PREVIOUS


@dataclass(frozen=True)
class ScheduleInput:
    registered_on: dt.date | None
    conversations: tuple[tuple[dt.date, Conversation], ...] = ()
    plan_review_on: dt.date | None = None
    obligation: Obligation = field(default_factory=Obligation)
    obligation_from: dt.date | None = None
    applications: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    due_on: dt.date
    rules_id: str = ""
    done_on: dt.date | None = None
    period_start: dt.date | None = None  # the intensive period or review period the item belongs to
    period_end: dt.date | None = None  # its first day after the period
    visible_until: dt.date | None = None  # an open item stops being shown after this day (None: until done)
    count: int | None = None  # applications reported in the review period
    required: int | None = None  # applications the obligation asks for in the review period
    first_neglect: str = ""

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    def overdue_days(self, on: dt.date) -> int:
        return max(0, (on - self.due_on).days) if self.is_open else 0

    def shown_on(self, on: dt.date, lookahead_days: int) -> bool:
        """Open, due on or before on + lookahead, and still worth showing on that day. A period that ended short
        is a fact only once it has ended: it is not announced ahead."""
        if self.kind == DueKind.OBLIGATION_SHORT and self.due_on > on:
            return False
        return (self.is_open and self.due_on <= on + dt.timedelta(days=lookahead_days)
                and (self.visible_until is None or on <= self.visible_until))


def compute_schedule(data: ScheduleInput, rules: Rules, until: dt.date,
                     settings: ScheduleSettings | None = None) -> list[DueItem]:
    """Every item due on or before until, done or not, in order of due date."""
    settings = settings or ScheduleSettings()
    items: list[DueItem] = []
    if data.registered_on is not None and rules.in_force(data.registered_on) is not None:
        interview = _initial_interview(data, rules)
        items.append(interview)
        items += _intensive(data, rules, settings, until, interview)
        items += _job_search(data, rules, settings, until, interview)
    if data.plan_review_on is not None:
        items.append(DueItem(DueKind.PLAN_REVIEW, data.plan_review_on))
    items += _obligation(data, rules, until)
    return sorted((i for i in items if i.due_on <= until), key=lambda i: (i.due_on, i.kind.value))


def _adjust(day: dt.date, settings: ScheduleSettings) -> dt.date:
    return previous_working_day(day) if settings.non_working_due == NonWorkingDue.PREVIOUS else next_working_day(day)


def _held(data: ScheduleInput, kinds: Iterable[Conversation]) -> list[dt.date]:
    wanted = set(kinds)
    return sorted(day for day, kind in data.conversations if kind in wanted)


def _initial_interview(data: ScheduleInput, rules: Rules) -> DueItem:
    assert data.registered_on is not None
    version = rules.in_force(data.registered_on)
    assert version is not None
    due = add_working_days(data.registered_on, version.initial_interview_working_days)
    held = [d for d in _held(data, [Conversation.INITIAL_INTERVIEW]) if d >= data.registered_on]
    return DueItem(DueKind.INITIAL_INTERVIEW, due, version.id, held[0] if held else None)


def _periods(data: ScheduleInput, rules: Rules, until: dt.date) -> list[tuple[dt.date, dt.date, RulesVersion]]:
    """The intensive periods that start on or before until: (first day, first day after, rules in force)."""
    assert data.registered_on is not None
    registered = data.registered_on
    first = rules.in_force(registered)
    assert first is not None
    periods = []
    if first.intensive_interval_days:
        periods.append((registered, add_months(registered, first.first_intensive_months), first))
    every = first.repeat_intensive_every_months
    for k in range(1, MAX_ITEMS_PER_CHAIN):
        if not every:
            break
        start = add_months(registered, k * every)
        if start > until:
            break
        version = rules.in_force(start)
        if version and version.intensive_interval_days and version.repeat_intensive_every_months:
            periods.append((start, add_months(start, version.repeat_intensive_months), version))
    return periods


def _intensive(data: ScheduleInput, rules: Rules, settings: ScheduleSettings, until: dt.date,
               interview: DueItem) -> list[DueItem]:
    """Supplementary conversations every interval days in each intensive period: the next one is due an
    interval after the previous one held (or, when none was held, after the previous due date)."""
    held = _held(data, [Conversation.SUPPLEMENTARY, Conversation.JOB_SEARCH])
    used: set[int] = set()
    items = []
    for number, (start, end, version) in enumerate(_periods(data, rules, until)):
        anchor = (interview.done_on or interview.due_on) if number == 0 else start
        for _ in range(MAX_ITEMS_PER_CHAIN):
            raw = anchor + dt.timedelta(days=version.intensive_interval_days)
            if raw >= end or raw > until:
                break
            match = next((i for i, d in enumerate(held) if i not in used and anchor < d < end), None)
            done = held[match] if match is not None else None
            if match is not None:
                used.add(match)
            items.append(DueItem(DueKind.SUPPLEMENTARY, _adjust(raw, settings), version.id, done, start, end,
                                 visible_until=end - dt.timedelta(days=1)))
            anchor = done or raw
    return items


def _job_search(data: ScheduleInput, rules: Rules, settings: ScheduleSettings, until: dt.date,
                interview: DueItem) -> list[DueItem]:
    """A job-search conversation every N months after the initial interview or the previous one."""
    if interview.done_on is None:
        return []
    held = [d for d in _held(data, [Conversation.JOB_SEARCH]) if d > interview.done_on]
    anchor, items = interview.done_on, []
    for _ in range(MAX_ITEMS_PER_CHAIN):
        version = rules.in_force(anchor) or rules.latest
        due = _adjust(add_months(anchor, version.conversation_interval_months), settings)
        done = next((d for d in held if d > anchor), None)
        items.append(DueItem(DueKind.JOB_SEARCH, due, version.id, done))
        if done is None or due > until:
            break
        anchor = done
    return items


def _obligation(data: ScheduleInput, rules: Rules, until: dt.date) -> list[DueItem]:
    """Each review period of the obligation: the count of applications against what it asks, and when a period
    ended short, the reminder (muistutus) — shown until the end of the following period."""
    obligation = data.obligation
    start0 = data.obligation_from or data.registered_on
    if obligation.status not in (ObligationStatus.FULL, ObligationStatus.REDUCED) or start0 is None:
        return []
    months = max(1, obligation.review_months)
    applications = sorted(data.applications)  # once: each period takes its slice of them
    items = []
    for k in range(MAX_ITEMS_PER_CHAIN):
        start, end = add_months(start0, k * months), add_months(start0, (k + 1) * months)
        if start > until:
            break
        version = rules.in_force(start) or rules.latest
        required = obligation.required_per_month(version) * months
        dates = applications[bisect_left(applications, start):bisect_left(applications, end)]
        done = dates[required - 1] if required and len(dates) >= required else (start if not required else None)
        last_day = end - dt.timedelta(days=1)
        items.append(DueItem(DueKind.OBLIGATION_REVIEW, last_day, version.id, done, start, end, visible_until=last_day,
                             count=len(dates), required=required))
        if done is None and end <= until:
            items.append(DueItem(DueKind.OBLIGATION_SHORT, end, version.id, None, start, end,
                                 visible_until=add_months(end, months) - dt.timedelta(days=1), count=len(dates),
                                 required=required, first_neglect=version.first_neglect))
    return items


def next_conversations(items: list[DueItem], on: dt.date, limit: int = 6) -> list[DueItem]:
    """The open conversations due from on onwards (for the plan), soonest first."""
    kinds = {DueKind.INITIAL_INTERVIEW, DueKind.SUPPLEMENTARY, DueKind.JOB_SEARCH}
    found = [i for i in items if i.kind in kinds and i.is_open and i.due_on >= on]
    return found[:limit]
