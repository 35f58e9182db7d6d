"""The service model's rules and settings, and the schedule of one client (the engine is domain.schedule).

The rules are read from resources/service-model/rules.toml (a versioned data file); the settings where no
public source settles a rule live in the vault's meta table, with the defaults documented in
docs/service-model.md."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

from omavalmentaja.assets import resources_dir
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanVersion
from omavalmentaja.domain.schedule import (
    DueItem,
    NonWorkingDue,
    ScheduleInput,
    ScheduleSettings,
    compute_schedule,
    next_conversations,
)
from omavalmentaja.domain.service_model import (
    Conversation,
    Obligation,
    ObligationStatus,
    Rules,
    RulesVersion,
    obligation_problems,
    rules_from_data,
)
from omavalmentaja.domain.workdays import add_months
from omavalmentaja.errors import UserError
from omavalmentaja.messages import has_message, render
from omavalmentaja.services.session import Session
from omavalmentaja.store.service_model import (
    JobApplicationRepository,
    ScheduledClient,
    active_clients,
    plan_review_dates,
)

DEFAULT_LOOKAHEAD_DAYS = 7
NON_WORKING_DUE_KEY = "service_model.non_working_due"
LOOKAHEAD_KEY = "service_model.lookahead_days"


def rules_path() -> Path:
    return resources_dir() / "service-model" / "rules.toml"


@functools.cache
def load_rules(path: Path | None = None) -> Rules:
    with (path or rules_path()).open("rb") as stream:
        return rules_from_data(tomllib.load(stream))


def rules_on(day: dt.date) -> RulesVersion:
    """The version in force on day (the first version for days before the model began)."""
    rules = load_rules()
    return rules.in_force(day) or rules.versions[0]


def schedule_settings(session: Session) -> ScheduleSettings:
    value = session.db.meta(NON_WORKING_DUE_KEY, NonWorkingDue.PREVIOUS.value) or NonWorkingDue.PREVIOUS.value
    return ScheduleSettings(NonWorkingDue(value) if value in set(NonWorkingDue) else NonWorkingDue.PREVIOUS)


def set_non_working_due(session: Session, value: str) -> None:
    if value not in set(NonWorkingDue):
        raise UserError("model.setting_non_working_due", value)
    session.db.set_meta(NON_WORKING_DUE_KEY, value)


def lookahead_days(session: Session) -> int:
    text = session.db.meta(LOOKAHEAD_KEY, str(DEFAULT_LOOKAHEAD_DAYS)) or str(DEFAULT_LOOKAHEAD_DAYS)
    return int(text) if text.isdigit() else DEFAULT_LOOKAHEAD_DAYS


def set_lookahead_days(session: Session, days: int) -> None:
    session.db.set_meta(LOOKAHEAD_KEY, str(max(0, min(days, 60))))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def schedule_input(client: ScheduledClient, conversations: list[tuple[dt.date, Conversation]],
                   applications: list[dt.date], plan_review_on: dt.date | None) -> ScheduleInput:
    obligation = Obligation(ObligationStatus(client.obligation_status) if client.obligation_status else None,
                            client.obligation_per_month, client.obligation_reason, client.obligation_review_months)
    return ScheduleInput(registered_on=_date(client.registered_on), conversations=tuple(conversations),
                         plan_review_on=plan_review_on, obligation=obligation,
                         obligation_from=_date(client.obligation_from), applications=tuple(applications))


def caseload_schedules(session: Session, until: dt.date, client_id: str = "",
                       check: Callable[[], None] = lambda: None) -> Iterator[tuple[ScheduledClient, list[DueItem]]]:
    """Every active client (or one) with its schedule up to until, one client at a time: the caller keeps what
    it needs of each schedule, and the rest is freed as it goes (a region's schedules, hundreds of thousands
    of items, freed in one piece at the end held the interpreter for 70 ms). The rows are read on the first
    step. `check` is called now and then (a background job's cancel check: it raises to stop)."""
    clients = active_clients(session.db, client_id)
    conversations = session.meetings.conversations(client_id)  # one client: only its rows are read
    applications = JobApplicationRepository(session.db).dates_by_client(client_id)
    reviews = plan_review_dates(session.db, client_id)
    rules, settings = load_rules(), schedule_settings(session)
    for number, c in enumerate(clients):
        if number % 500 == 0:
            check()
        yield c, compute_schedule(schedule_input(c, conversations.pop(c.id, []), applications.pop(c.id, []),
                                                 reviews.get(c.id)), rules, until, settings)


def client_schedule(session: Session, client_id: str, on: dt.date, horizon_days: int = 120) -> list[DueItem]:
    """One client's schedule up to on + horizon (empty for a client who is not active)."""
    found = next(caseload_schedules(session, on + dt.timedelta(days=horizon_days), client_id), None)
    return found[1] if found else []


def _problem_text(problem: str, rules: RulesVersion) -> str:
    if problem == "model.obligation_reduced_count":
        return render(problem, rules.obligation_reduced_max)
    if problem == "model.obligation_review_period":
        return render(problem, rules.review_period_min_months, rules.review_period_max_months)
    return render(problem)


def client_model_problems(client: Client, today: dt.date | None = None) -> list[str]:
    """What is wrong with a client's service-model fields, as text in the current language (empty: all right)."""
    today = today or dt.date.today()
    rules = rules_on(today)
    problems = obligation_problems(client.obligation, rules)
    if client.obligation_per_month is not None and client.obligation_status != ObligationStatus.REDUCED:
        problems.append("model.obligation_count_without_reduced")
    if client.registered_on is not None and client.registered_on > today:
        problems.append("model.registered_in_future")
    return [_problem_text(p, rules) for p in problems]


def fill_plan_service_model(session: Session, version: PlanVersion, on: dt.date | None = None) -> PlanVersion:
    """Before a draft is saved: the client's job-search obligation as agreed in the plan, and the next
    conversations as scheduled today (the plan type is the coach's choice on the form)."""
    if version.is_signed:
        return version
    on = on or dt.date.today()
    client = session.clients.get(version.client_id)
    version.content.obligation = client.obligation if client.obligation_status else None
    upcoming = next_conversations(client_schedule(session, client.id, on), on, limit=4)
    version.content.next_conversations = [(item.kind.value, item.due_on) for item in upcoming]
    return version


def mark_demo_service_model(client: Client, meetings: list[Meeting]) -> None:
    """Demo data: registered on the day the client relationship began, a full obligation, the first meeting as
    the initial interview and the meetings of the first three months as supplementary conversations (no
    randomness, so the demo's other records stay as seeded)."""
    if client.start_date is None:
        return
    client.registered_on, client.obligation_status = client.start_date, ObligationStatus.FULL
    intensive_end = add_months(client.start_date, 3)
    for number, meeting in enumerate(sorted(meetings, key=lambda m: m.starts_at)):
        if meeting.starts_at > dt.datetime.now():
            break
        if number == 0:
            meeting.fulfils = Conversation.INITIAL_INTERVIEW
        elif meeting.starts_at.date() < intensive_end:
            meeting.fulfils = Conversation.SUPPLEMENTARY


def rules_version_title(version: RulesVersion) -> str:
    """The version's title in the current language (label.rules_version.<id>), else the rules file's Finnish one."""
    message_id = f"label.rules_version.{version.id}"
    return render(message_id) if has_message(message_id) else version.title
