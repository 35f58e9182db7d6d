"""The client (asiakas) and the rules on a client's fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from omavalmentaja.domain.hetu import InvalidHetu, parse_hetu
from omavalmentaja.domain.problems import Problems
from omavalmentaja.domain.service_model import Obligation, ObligationStatus


class TargetGroup(StrEnum):
    """The basis for belonging to the personal-coach target group."""

    UNDER30 = "under30"
    IMMIGRANT = "immigrant"
    NO_EARNINGS_RELATED = "no_earnings_related"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


TARGET_GROUP_LABELS = {
    TargetGroup.UNDER30: "Alle 30-vuotias",
    TargetGroup.IMMIGRANT: "Maahanmuuttaja tai vieraskielinen",
    TargetGroup.NO_EARNINGS_RELATED: "Ei oikeutta ansiosidonnaiseen",
}
STATUS_LABELS = {
    ClientStatus.ACTIVE: "Aktiivinen",
    ClientStatus.PAUSED: "Tauolla",
    ClientStatus.CLOSED: "Päättynyt",
}

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
    problems: list[str] = []
    client.first_name = client.first_name.strip()
    client.last_name = client.last_name.strip()
    client.henkilotunnus = client.henkilotunnus.strip().upper()
    client.email = client.email.strip()
    client.phone = client.phone.strip()
    client.municipality = client.municipality.strip()
    if not client.first_name:
        problems.append("etunimi puuttuu / first name is missing")
    if not client.last_name:
        problems.append("sukunimi puuttuu / last name is missing")
    if client.henkilotunnus:
        try:
            hetu = parse_hetu(client.henkilotunnus)
        except InvalidHetu as exc:
            problems.append(str(exc))
        else:
            if client.date_of_birth is None:
                client.date_of_birth = hetu.birth_date
            elif client.date_of_birth != hetu.birth_date:
                problems.append("syntymäaika ei vastaa henkilötunnusta / date of birth does not match henkilötunnus")
    if client.email and not _EMAIL.match(client.email):
        problems.append(f"sähköpostiosoite '{client.email}' on virheellinen / invalid e-mail")
    if client.phone and not _PHONE.match(client.phone):
        problems.append(f"puhelinnumero '{client.phone}' on virheellinen / invalid phone number")
    if client.status == ClientStatus.CLOSED and not client.close_reason.strip():
        problems.append("päättymisen syy puuttuu / closing reason is missing")
    if client.multisectoral_need and not client.multisectoral_reason.strip():
        problems.append("monialaisen palvelutarpeen peruste puuttuu / reason for multi-sectoral need is missing")
    if problems:
        raise InvalidClient(problems)
    return client


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


LICENCE_CHOICES = {
    "driving_b": "Ajokortti B",
    "driving_c": "Ajokortti C",
    "hygiene_passport": "Hygieniapassi",
    "occupational_safety_card": "Työturvallisuuskortti",
    "first_aid": "Ensiapukortti",
    "forklift": "Trukkikortti",
    "alcohol_passport": "Anniskelupassi",
}
