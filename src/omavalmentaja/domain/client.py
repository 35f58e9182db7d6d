"""The client (asiakas) and the rules on a client's fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from omavalmentaja.domain import limits
from omavalmentaja.domain.client_record import ClientRecord, record_problems
from omavalmentaja.domain.closing import ExitReason, closing_problems
from omavalmentaja.domain.hetu import InvalidHetu, parse_hetu
from omavalmentaja.domain.limits import Problem
from omavalmentaja.domain.problems import Problems
from omavalmentaja.domain.service_model import Obligation, ObligationStatus
from omavalmentaja.messages import Message


class TargetGroup(StrEnum):
    """The basis for belonging to the personal-coach target group."""

    UNDER30 = "under30"
    IMMIGRANT = "immigrant"
    NO_EARNINGS_RELATED = "no_earnings_related"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"



_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,20}$")


class InvalidClient(Problems):
    """A client's fields break the rules; every problem is listed."""


@dataclass
class Client:
    first_name: str
    last_name: str
    id: str = ""
    preferred_name: str = ""
    henkilotunnus: str = ""
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    municipality: str = ""
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    target_group: TargetGroup | None = None
    start_date: dt.date | None = None
    status: ClientStatus = ClientStatus.ACTIVE
    close_reason: str = ""
    background: str = ""
    multisectoral_need: bool = False
    multisectoral_reason: str = ""
    # the service model (domain.service_model): registration as a jobseeker and the job-search obligation
    registered_on: dt.date | None = None
    obligation_status: ObligationStatus | None = None
    obligation_per_month: int | None = None
    obligation_reason: str = ""
    obligation_review_months: int = 1
    obligation_from: dt.date | None = None
    closed_on: dt.date | None = None  # the end of the client relationship (domain/closing.py)
    exit_reason: ExitReason | None = None
    record: ClientRecord = field(default_factory=ClientRecord)  # the offline record (domain/client_record.py)
    version: int = 0
    updated_at: str = ""

    @property
    def obligation(self) -> Obligation:
        return Obligation(self.obligation_status, self.obligation_per_month, self.obligation_reason,
                          self.obligation_review_months)

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}".strip()


def normalise_and_validate(client: Client) -> Client:
    """Trim fields, fill the birth date from the henkilötunnus, and raise InvalidClient listing problems."""
    client.first_name = client.first_name.strip()
    client.last_name = client.last_name.strip()
    client.henkilotunnus = client.henkilotunnus.strip().upper()
    client.email = client.email.strip()
    client.phone = client.phone.strip()
    client.municipality = client.municipality.strip()
    problems: list[object] = list(client_text_problems(client))
    broken = {p.field for p in problems if isinstance(p, Problem)}  # not checked further, nor repeated
    if not client.first_name:
        problems.append(Problem("first_name", Message.of("domain.first_name_missing")))
    if not client.last_name:
        problems.append(Problem("last_name", Message.of("domain.last_name_missing")))
    if client.henkilotunnus and "henkilotunnus" not in broken:
        try:
            hetu = parse_hetu(client.henkilotunnus)
        except InvalidHetu as exc:
            problems.append(Problem("henkilotunnus", exc.message))
        else:
            if client.date_of_birth is None:
                client.date_of_birth = hetu.birth_date
            elif client.date_of_birth != hetu.birth_date:
                problems.append(Problem("date_of_birth", Message.of(
                    "domain.birth_date_mismatch")))
    if client.email and "email" not in broken and not _EMAIL.match(client.email):
        problems.append(Problem("email", Message.of("domain.email_invalid", client.email)))
    if client.phone and "phone" not in broken and not _PHONE.match(client.phone):
        problems.append(Problem("phone", Message.of("domain.phone_invalid", client.phone)))
    if not isinstance(client.status, ClientStatus):
        problems.append(Problem("status", Message.of("input.unknown_code", limits.label("status"))))
    else:
        problems += closing_problems(client.status == ClientStatus.CLOSED, client.closed_on, client.exit_reason,
                                     client.start_date, dt.date.today())
    if client.target_group is not None and not isinstance(client.target_group, TargetGroup):
        problems.append(Problem("target_group", Message.of("input.unknown_code", limits.label("target_group"))))
    problems += record_problems(client.record, dt.date.today())
    if client.multisectoral_need and not client.multisectoral_reason.strip():
        problems.append(Problem("multisectoral_reason", Message.of(
            "domain.multisectoral_reason_missing")))
    if problems:
        raise InvalidClient(problems)
    return client


def client_text_problems(client: Client) -> list[Problem]:
    """Lengths and characters of the client's text fields (domain.limits)."""
    found = limits.check_fields([
        ("first_name", client.first_name, limits.NAME, False), ("last_name", client.last_name, limits.NAME, False),
        ("preferred_name", client.preferred_name, limits.NAME, False),
        ("henkilotunnus", client.henkilotunnus, limits.NAME, False), ("phone", client.phone, limits.LINE, False),
        ("email", client.email, limits.EMAIL, False), ("address", client.address, limits.ADDRESS, False),
        ("municipality", client.municipality, limits.LINE, False),
        ("close_reason", client.close_reason, limits.REASON, True),
        ("background", client.background, limits.LONG_TEXT, True),
        ("multisectoral_reason", client.multisectoral_reason, limits.REASON, True),
        ("obligation_reason", client.obligation_reason, limits.REASON, True),
    ])
    languages = limits.check_list("languages", client.languages)
    dates = [limits.check_date("date_of_birth", client.date_of_birth),
             limits.check_date("start_date", client.start_date),
             limits.check_date("registered_on", client.registered_on),
             limits.check_date("obligation_from", client.obligation_from)]
    return found + [p for p in (languages, *dates) if p is not None]


@dataclass
class Assessment:
    """A dated service-need assessment and competence map (palvelutarvearvio ja osaamiskartoitus)."""

    client_id: str
    assessed_on: dt.date
    id: str = ""
    education: str = ""
    work_history: str = ""
    skills: str = ""
    licences: list[str] = field(default_factory=list)
    language_skills: str = ""
    circumstances: str = ""  # health or life circumstances: sensitive
    wishes: str = ""
    service_need: str = ""


class InvalidAssessment(Problems):
    """An assessment's fields break the rules; every problem is listed."""


def validate_assessment(item: Assessment) -> Assessment:
    """Lengths and characters of the text fields, the licence codes and the date."""
    problems = limits.check_fields([(name, getattr(item, name), limits.LONG_TEXT, True)
                                    for name in ASSESSMENT_TEXTS])
    problems += [p for p in (limits.check_list("licences", item.licences),
                             limits.check_date("assessed_on", item.assessed_on)) if p is not None]
    if item.assessed_on is None:
        problems.append(Problem("assessed_on", Message.of("input.bad_date", limits.label("assessed_on"))))
    if problems:
        raise InvalidAssessment(problems)
    return item


ASSESSMENT_TEXTS = ("education", "work_history", "skills", "language_skills", "circumstances", "wishes",
                    "service_need")
# Their names are the catalogue's label.licence.<code>.
LICENCES = ("driving_b", "driving_c", "hygiene_passport", "occupational_safety_card", "first_aid", "forklift",
            "alcohol_passport")
