"""The offline record's CSV columns (client import), with Finnish headers. A code column takes the code or its
label in any of the three languages (e.g. `työmarkkinatuki` or `labour_market_subsidy`); lists are separated by
`|` so that they never clash with the file's `;` or `,`."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, TypeVar

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.client_record import (
    Benefit,
    Consent,
    ConsentKind,
    EducationLevel,
    LabourMarketStatus,
    LanguageSkill,
    WorkAbilityLimit,
)
from omavalmentaja.domain.dates import parse_date
from omavalmentaja.messages import LANGUAGES, render

COLUMNS = {
    "labour_market_status": "labour_market_status", "työmarkkinatilanne": "labour_market_status",
    "unemployed_since": "unemployed_since", "työtön_alkaen": "unemployed_since", "tyoton_alkaen": "unemployed_since",
    "benefit": "benefit", "työttömyysetuus": "benefit", "tyottomyysetuus": "benefit",
    "mother_tongue": "mother_tongue", "äidinkieli": "mother_tongue", "aidinkieli": "mother_tongue",
    "other_languages": "other_languages", "muut_kielet": "other_languages",
    "citizenship": "citizenship", "kansalaisuus": "citizenship",
    "education_level": "education_level", "koulutusaste": "education_level",
    "qualifications": "qualifications", "tutkinnot": "qualifications",
    "occupations_sought": "occupations_sought", "haetut_ammatit": "occupations_sought",
    "work_ability_limits": "work_ability_limits", "työkyvyn_rajoitteet": "work_ability_limits",
    "tyokyvyn_rajoitteet": "work_ability_limits",
    "work_ability_note": "work_ability_note", "rajoitteen_lisätieto": "work_ability_note",
    "rajoitteen_lisatieto": "work_ability_note",
    "integration_plan_until": "integration_plan_until", "kotoutumissuunnitelma_asti": "integration_plan_until",
    "integration_plan": "integration_plan", "kotoutumissuunnitelma": "integration_plan",
    "consents": "consents", "suostumukset": "consents",
}
YES = {"1", "yes", "kyllä", "kylla", "ja", "k", "x", "true"}
NO = {"0", "no", "ei", "nej", "e", "false"}
CodeT = TypeVar("CodeT", bound=StrEnum)


def parse_code(codes: type[CodeT], group: str, column: str, text: str) -> CodeT:
    """A code from its value or its label in fi, sv or en (case-insensitive); ValueError with a message."""
    wanted = text.strip().casefold()
    for code in codes:
        names = {code.value} | {render(f"label.{group}.{code.value}", language=lang).casefold() for lang in LANGUAGES}
        if wanted in names:
            return code
    raise ValueError(render("record.bad_code", text, column, ", ".join(c.value for c in codes)))


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def _language_skill(text: str) -> LanguageSkill:
    language, _, level = text.partition(":")
    return LanguageSkill(language.strip(), level.strip())


def _consent(text: str) -> Consent:
    parts = text.split(":", 2)
    if len(parts) != 3:
        raise ValueError(render("record.bad_consent", text))
    kind = parse_code(ConsentKind, "consent_kind", "consents", parts[0])
    return Consent(kind, parse_date(parts[1]), parts[2].strip())


def _date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


_PARSERS: dict[str, Any] = {
    "labour_market_status": lambda t: parse_code(LabourMarketStatus, "labour_market_status",
                                                 "labour_market_status", t),
    "unemployed_since": _date,
    "benefit": lambda t: parse_code(Benefit, "benefit", "benefit", t),
    "mother_tongue": str.strip,
    "other_languages": lambda t: [_language_skill(i) for i in _items(t)],
    "citizenship": str.strip,
    "education_level": lambda t: parse_code(EducationLevel, "education_level", "education_level", t),
    "qualifications": str.strip,
    "occupations_sought": _items,
    "work_ability_limits": lambda t: [parse_code(WorkAbilityLimit, "work_ability_limit", "work_ability_limits", i)
                                      for i in _items(t)],
    "work_ability_note": str.strip,
    "integration_plan_until": _date,
    "consents": lambda t: [_consent(i) for i in _items(t)],
}


def apply_columns(row: dict[str, str], client: Client, problems: list[str]) -> None:
    """Fill client.record from a CSV row; append a readable problem for each bad value (validation of the whole
    record is domain.client's, with the rest of the client)."""
    record = client.record
    for column, parse in _PARSERS.items():
        text = row.get(column, "")
        if not text.strip():
            continue
        try:
            setattr(record, column, parse(text))
        except ValueError as exc:
            problems.append(str(exc))
    flag = row.get("integration_plan", "").strip().casefold()
    if flag in YES or (not flag and record.integration_plan_until is not None):
        record.integration_plan = True
    elif flag and flag not in NO:
        problems.append(render("record.bad_code", flag, "integration_plan", "kyllä, ei"))
