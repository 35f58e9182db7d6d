"""The Nordic labour market service model's codes and rules, as the domain sees them (no I/O).

The rules themselves are data (resources/service-model/rules.toml, read by services.service_model); this
module turns that data into RulesVersion values and checks it, and holds the codes the app stores: the
job-search obligation's status, the plan types, the conversations a meeting can fulfil, and how a reported
job application was made. Labels of every code are catalogue entries `label.<group>.<code>`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from omavalmentaja.domain.problems import Problems
from omavalmentaja.messages import Message

RULES_FORMAT = "omavalmentaja-service-model-rules/1"


class ObligationStatus(StrEnum):
    """Työnhakuvelvollisuus: full (as a rule 4 a month), reduced (0–3, with a reason), none (with a reason)."""

    FULL = "full"
    REDUCED = "reduced"
    NONE = "none"


class PlanType(StrEnum):
    EMPLOYMENT = "employment"  # työllistymissuunnitelma
    ACTIVATION = "activation"  # aktivointisuunnitelma
    INTEGRATION = "integration"  # kotoutumissuunnitelma
    MULTISECTORAL = "multisectoral"  # monialainen työllistymissuunnitelma (TYP)


class Conversation(StrEnum):
    """What a meeting can be marked as: the conversation of the service model it fulfils."""

    INITIAL_INTERVIEW = "initial_interview"  # alkuhaastattelu
    JOB_SEARCH = "job_search"  # työnhakukeskustelu (every three months)
    SUPPLEMENTARY = "supplementary"  # täydentävä työnhakukeskustelu (intensive periods)


class ApplicationMethod(StrEnum):
    """How a reported job opportunity was applied for (the kinds the obligation counts)."""

    VACANCY = "vacancy"  # hakemus avoimeen työpaikkaan
    OPEN_APPLICATION = "open_application"  # avoin hakemus
    EMPLOYER_CONTACT = "employer_contact"  # yhteydenotto työnantajaan
    OFFERED_JOB = "offered_job"  # työvoimaviranomaisen tarjoama työpaikka
    OTHER = "other"


class InvalidRules(Problems):
    """The rules file breaks its format; every problem is listed."""


class InvalidServiceModel(Problems):
    """A client's service-model fields or a reported application break the rules; each problem a message id."""


_INT_FIELDS = (
    "initial_interview_working_days", "first_intensive_months", "intensive_interval_days",
    "repeat_intensive_every_months", "repeat_intensive_months", "conversation_interval_months",
    "obligation_default_per_month", "obligation_reduced_max", "review_period_min_months", "review_period_max_months",
)


@dataclass(frozen=True)
class RulesVersion:
    id: str
    applies_from: dt.date
    title: str
    initial_interview_working_days: int
    first_intensive_months: int
    intensive_interval_days: int
    repeat_intensive_every_months: int
    repeat_intensive_months: int
    conversation_interval_months: int
    obligation_default_per_month: int
    obligation_reduced_max: int
    review_period_min_months: int
    review_period_max_months: int
    first_neglect: str
    sources: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rules:
    """Every rules version, oldest first."""

    versions: tuple[RulesVersion, ...]

    def in_force(self, day: dt.date) -> RulesVersion | None:
        """The version in force on day; None before the model began."""
        found = None
        for version in self.versions:
            if version.applies_from <= day:
                found = version
        return found

    @property
    def latest(self) -> RulesVersion:
        return self.versions[-1]


def rules_from_data(data: dict[str, Any]) -> Rules:
    """Check the parsed rules file and build Rules; raises InvalidRules naming every problem."""
    problems: list[str] = []
    if data.get("format") != RULES_FORMAT:
        problems.append(f"format must be {RULES_FORMAT}")
    versions = []
    for n, raw in enumerate(data.get("version") or [], start=1):
        try:
            versions.append(_version(raw))
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"version {n}: {exc}")
    if not versions:
        problems.append("no [[version]]")
    starts = [v.applies_from for v in versions]
    if starts != sorted(set(starts)):
        problems.append("versions must be in order of applies_from, each date once")
    if problems:
        raise InvalidRules([Message.of("common.text", problem) for problem in problems])  # a packaging error
    return Rules(tuple(versions))


def _version(raw: dict[str, Any]) -> RulesVersion:
    if not isinstance(raw.get("applies_from"), dt.date) or isinstance(raw["applies_from"], dt.datetime):
        raise ValueError("applies_from must be a date")
    numbers = {}
    for name in _INT_FIELDS:
        value = raw[name]
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 366:
            raise ValueError(f"{name} must be a whole number 0–366")
        numbers[name] = value
    if numbers["review_period_min_months"] > numbers["review_period_max_months"]:
        raise ValueError("review_period_min_months is above review_period_max_months")
    if raw.get("first_neglect") not in ("reminder", "waiting_period"):
        raise ValueError("first_neglect must be reminder or waiting_period")
    sources = raw.get("sources") or {}
    if not isinstance(sources, dict) or not sources.get("law"):
        raise ValueError("sources.law is missing")
    return RulesVersion(id=str(raw["id"]), applies_from=raw["applies_from"], title=str(raw.get("title", "")),
                        first_neglect=raw["first_neglect"], sources={k: list(v) for k, v in sources.items()},
                        **numbers)


@dataclass(frozen=True)
class Obligation:
    """The job-search obligation as recorded: status, count a month (None for full: the rules' default),
    reason (for reduced and none), review period in months."""

    status: ObligationStatus | None = None
    per_month: int | None = None
    reason: str = ""
    review_months: int = 1

    def required_per_month(self, rules: RulesVersion) -> int:
        if self.status == ObligationStatus.NONE:
            return 0
        if self.status == ObligationStatus.REDUCED and self.per_month is not None:
            return self.per_month
        return rules.obligation_default_per_month


def obligation_problems(obligation: Obligation, rules: RulesVersion) -> list[str]:
    """Message ids of what is wrong with a recorded obligation (empty when it is right)."""
    problems = []
    if obligation.status is None:
        return []
    if obligation.status == ObligationStatus.REDUCED and (
            obligation.per_month is None or not 0 <= obligation.per_month <= rules.obligation_reduced_max):
        problems.append("model.obligation_reduced_count")
    if obligation.status in (ObligationStatus.REDUCED, ObligationStatus.NONE) and not obligation.reason.strip():
        problems.append("model.obligation_reason_missing")
    if not rules.review_period_min_months <= obligation.review_months <= rules.review_period_max_months:
        problems.append("model.obligation_review_period")
    return problems


@dataclass
class JobApplication:
    """One job opportunity the client reports having applied for."""

    client_id: str
    applied_on: dt.date
    employer_or_job: str
    method: ApplicationMethod = ApplicationMethod.VACANCY
    notes: str = ""
    id: str = ""
    version: int = 0


MAX_TEXT = 500


def validate_application(application: JobApplication, today: dt.date) -> JobApplication:
    """Trim and check a reported application; raises InvalidServiceModel with message ids."""
    application.employer_or_job = application.employer_or_job.strip()
    application.notes = application.notes.strip()
    problems = []
    if not application.employer_or_job:
        problems.append("model.application_employer_missing")
    if len(application.employer_or_job) > MAX_TEXT or len(application.notes) > 4 * MAX_TEXT:
        problems.append("model.application_text_too_long")
    if application.applied_on > today:
        problems.append("model.application_in_future")
    if problems:
        raise InvalidServiceModel([Message.of(problem) for problem in problems])
    return application
