"""The offline record's part of a client's own-data summary (right of access): labour-market situation,
languages, education, work-ability limits, integration plan and consents, labelled from the catalogue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from omavalmentaja.domain.client_record import ClientRecord, code_label
from omavalmentaja.domain.dates import format_date
from omavalmentaja.messages import render

Pairs = Callable[[list[tuple[str, str]], dict[str, ParagraphStyle], float], Any]


def record_rows(record: ClientRecord, language: str = "fi") -> list[tuple[str, str]]:
    def field(name: str) -> str:
        return render(f"record.field.{name}", language=language)

    consents = []
    for consent in record.consents:
        line = render("record.consent_line", code_label("consent_kind", consent.kind, language),
                      format_date(consent.given_on), consent.scope, language=language)
        if consent.withdrawn_on:
            line += ", " + render("record.consent_withdrawn", format_date(consent.withdrawn_on), language=language)
        consents.append(line)
    return [
        (field("labour_market_status"), code_label("labour_market_status", record.labour_market_status, language)),
        (field("unemployed_since"), format_date(record.unemployed_since)),
        (field("benefit"), code_label("benefit", record.benefit, language)),
        (field("mother_tongue"), record.mother_tongue),
        (field("other_languages"), ", ".join(f"{s.language} {s.level}" for s in record.other_languages)),
        (field("citizenship"), record.citizenship),
        (field("education_level"), code_label("education_level", record.education_level, language)),
        (field("qualifications"), record.qualifications),
        (field("occupations_sought"), ", ".join(record.occupations_sought)),
        (field("work_ability_limits"), ", ".join(code_label("work_ability_limit", w, language)
                                                  for w in record.work_ability_limits)),
        (field("work_ability_note"), record.work_ability_note),
        (field("integration_plan_until"), format_date(record.integration_plan_until) if record.integration_plan
         else ""),
        (field("consents"), "; ".join(consents)),
    ]


def record_section(record: ClientRecord, styles: dict[str, ParagraphStyle], width: float, pairs: Pairs,
                   language: str = "fi") -> list[Any]:
    return [Paragraph(render("record.pdf_heading", language=language), styles["h2"]),
            pairs(record_rows(record, language), styles, width)]
