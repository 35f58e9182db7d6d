"""What a coach needs of a client offline beside the basics: labour-market status, unemployment and benefit,
languages, citizenship, education, occupations sought, work-ability limits (no diagnoses), an integration plan,
and consents. Every field is optional. Codes are labelled in the catalogue as label.<group>.<code>.

The pilot's target-group basis (Client.target_group) stays as an optional historical field: it was the basis of
the 2021–2024 municipal employment pilots."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from omavalmentaja import messages
from omavalmentaja.domain import limits
from omavalmentaja.domain.limits import Problem
from omavalmentaja.messages import Message


class LabourMarketStatus(StrEnum):
    UNEMPLOYED = "unemployed"  # työtön
    LAID_OFF = "laid_off"  # lomautettu
    PART_TIME = "part_time"  # osa-aikatyössä
    SUBSIDISED_WORK = "subsidised_work"  # tuetussa työssä
    IN_SERVICES = "in_services"  # palveluissa


class Benefit(StrEnum):
    EARNINGS_RELATED = "earnings_related"  # ansiopäiväraha
    BASIC_ALLOWANCE = "basic_allowance"  # peruspäiväraha
    LABOUR_MARKET_SUBSIDY = "labour_market_subsidy"  # työmarkkinatuki
    NONE = "none"  # ei työttömyysetuutta


class EducationLevel(StrEnum):
    """Levels of education as Statistics Finland's classification names them (koulutusaste)."""

    BASIC = "basic"  # perusaste
    UPPER_SECONDARY = "upper_secondary"  # toinen aste
    SPECIALIST_VOCATIONAL = "specialist_vocational"  # erikoisammattikoulutusaste
    SHORT_TERTIARY = "short_tertiary"  # alin korkea-aste
    BACHELOR = "bachelor"  # alempi korkeakouluaste
    MASTER = "master"  # ylempi korkeakouluaste
    DOCTORATE = "doctorate"  # tutkijakoulutusaste


class WorkAbilityLimit(StrEnum):
    """What work the client cannot do, as the client and coach agree it: never a diagnosis."""

    HEAVY_LIFTING = "heavy_lifting"
    LONG_STANDING = "long_standing"
    LONG_SITTING = "long_sitting"
    SHIFT_WORK = "shift_work"
    REDUCED_HOURS = "reduced_hours"
    COLD_OR_DAMP = "cold_or_damp"
    DUST_OR_ALLERGENS = "dust_or_allergens"
    NO_DRIVING = "no_driving"
    OTHER = "other"


class ConsentKind(StrEnum):
    EMPLOYER = "employer"  # tietojen luovutus työnantajalle
    MULTISECTORAL = "multisectoral"  # monialaiset yhteistyökumppanit (TYP)
    OTHER = "other"


LANGUAGE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # ISO 639 code
_COUNTRY = re.compile(r"^[A-Z]{2}$")  # ISO 3166-1 alpha-2 code
TEXT_LIMIT = 500
NOTE_LIMIT = 200
MAX_ITEMS = 10


@dataclass
class LanguageSkill:
    language: str
    level: str

    def to_json(self) -> dict[str, str]:
        return {"language": self.language, "level": self.level}


@dataclass
class Consent:
    kind: ConsentKind
    given_on: dt.date
    scope: str
    withdrawn_on: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "given_on": self.given_on.isoformat(), "scope": self.scope,
                "withdrawn_on": self.withdrawn_on.isoformat() if self.withdrawn_on else None}


@dataclass
class ClientRecord:
    labour_market_status: LabourMarketStatus | None = None
    unemployed_since: dt.date | None = None  # the start of continuous unemployment
    benefit: Benefit | None = None
    mother_tongue: str = ""
    other_languages: list[LanguageSkill] = field(default_factory=list)
    citizenship: str = ""
    education_level: EducationLevel | None = None
    qualifications: str = ""
    occupations_sought: list[str] = field(default_factory=list)
    work_ability_limits: list[WorkAbilityLimit] = field(default_factory=list)
    work_ability_note: str = ""  # short, practical, never a diagnosis
    integration_plan: bool = False  # an integration plan is in force (for immigrants)
    integration_plan_until: dt.date | None = None
    consents: list[Consent] = field(default_factory=list)


def code_label(group: str, code: StrEnum | str | None, language: str | None = None) -> str:
    return messages.render(f"label.{group}.{code}", language=language) if code else ""


def normalise(record: ClientRecord) -> ClientRecord:
    record.mother_tongue = record.mother_tongue.strip().lower()
    record.citizenship = record.citizenship.strip().upper()
    record.qualifications = record.qualifications.strip()
    record.work_ability_note = record.work_ability_note.strip()
    record.occupations_sought = [o.strip() for o in record.occupations_sought if o.strip()]
    for skill in record.other_languages:
        skill.language, skill.level = skill.language.strip().lower(), skill.level.strip().upper()
    for consent in record.consents:
        consent.scope = consent.scope.strip()
    if not record.integration_plan:
        record.integration_plan_until = None
    return record


def record_problems(record: ClientRecord, today: dt.date) -> list[Problem]:
    """What is wrong with the record (empty when it makes sense); normalises it first."""
    normalise(record)
    problems: list[Problem | None] = [
        limits.check_date("unemployed_since", record.unemployed_since),
        limits.check_date("integration_plan_until", record.integration_plan_until),
        limits.check_text("qualifications", record.qualifications, TEXT_LIMIT),
        limits.check_line("work_ability_note", record.work_ability_note, NOTE_LIMIT),
        limits.check_list("occupations_sought", record.occupations_sought, 100),
    ]
    if record.unemployed_since and record.unemployed_since > today:
        problems.append(Problem("unemployed_since", Message.of("record.unemployed_since_future")))
    languages = [record.mother_tongue] if record.mother_tongue else []
    languages += [skill.language for skill in record.other_languages]
    if any(not isinstance(code, str) or not _LANGUAGE.match(code) for code in languages):
        problems.append(Problem("other_languages", Message.of("record.bad_language_code")))
    if any(skill.level not in LANGUAGE_LEVELS for skill in record.other_languages):
        problems.append(Problem("other_languages", Message.of("record.bad_level", ", ".join(LANGUAGE_LEVELS))))
    if record.citizenship and not _COUNTRY.match(record.citizenship):
        problems.append(Problem("citizenship", Message.of("record.bad_country")))
    if len(record.occupations_sought) > MAX_ITEMS:
        problems.append(Problem("occupations_sought", Message.of("record.too_many_occupations", MAX_ITEMS)))
    for consent in record.consents:
        problems.append(limits.check_line("consents", consent.scope, limits.LINE))
        if not consent.scope:
            problems.append(Problem("consents", Message.of("record.consent_scope_missing")))
        if consent.given_on > today or (consent.withdrawn_on and consent.withdrawn_on < consent.given_on):
            problems.append(Problem("consents", Message.of("record.consent_dates")))
    return [p for p in problems if p is not None]


_JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(value, ensure_ascii=False) does


def json_list(values: list[Any], ascii_only: bool = False) -> str:
    """A list column's JSON, as json.dumps writes it (an empty list, the usual case, without the encoder)."""
    if not values:
        return "[]"
    return json.dumps(values) if ascii_only else _JSON_TEXT(values)


def record_to_columns(record: ClientRecord) -> dict[str, Any]:
    """The record as the clients table's columns (lists as JSON)."""
    return {
        "labour_market_status": record.labour_market_status.value if record.labour_market_status else "",
        "unemployed_since": record.unemployed_since.isoformat() if record.unemployed_since else None,
        "benefit": record.benefit.value if record.benefit else "",
        "mother_tongue": record.mother_tongue,
        "other_languages": json_list([s.to_json() for s in record.other_languages]),
        "citizenship": record.citizenship,
        "education_level": record.education_level.value if record.education_level else "",
        "qualifications": record.qualifications,
        "occupations_sought": json_list(record.occupations_sought),
        "work_ability_limits": json_list([w.value for w in record.work_ability_limits], ascii_only=True),
        "work_ability_note": record.work_ability_note,
        "integration_plan": int(record.integration_plan),
        "integration_plan_until": record.integration_plan_until.isoformat() if record.integration_plan_until
        else None,
        "consents": json_list([c.to_json() for c in record.consents]),
    }


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def record_from_columns(row: Any) -> ClientRecord:
    """The record from the clients table's columns; ValueError (or KeyError, TypeError) on values it cannot be."""
    return ClientRecord(
        labour_market_status=LabourMarketStatus(row["labour_market_status"]) if row["labour_market_status"]
        else None,
        unemployed_since=_date(row["unemployed_since"]),
        benefit=Benefit(row["benefit"]) if row["benefit"] else None,
        mother_tongue=row["mother_tongue"],
        other_languages=[LanguageSkill(str(s["language"]), str(s["level"]))
                         for s in json.loads(row["other_languages"])],
        citizenship=row["citizenship"],
        education_level=EducationLevel(row["education_level"]) if row["education_level"] else None,
        qualifications=row["qualifications"],
        occupations_sought=[str(o) for o in json.loads(row["occupations_sought"])],
        work_ability_limits=[WorkAbilityLimit(w) for w in json.loads(row["work_ability_limits"])],
        work_ability_note=row["work_ability_note"],
        integration_plan=bool(row["integration_plan"]),
        integration_plan_until=_date(row["integration_plan_until"]),
        consents=[Consent(ConsentKind(c["kind"]), dt.date.fromisoformat(c["given_on"]), str(c["scope"]),
                          _date(c.get("withdrawn_on"))) for c in json.loads(row["consents"])],
    )
