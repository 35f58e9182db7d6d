"""The service model's part of the printouts, in the client's language (fi, sv or en): on the plan, its type,
the job-search obligation with its reason and the next conversations; on a client's own-data summary, the
registration date, the obligation and the job applications reported. Labels come from the message catalogue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.plan import PlanContent
from omavalmentaja.domain.service_model import JobApplication, Obligation, ObligationStatus
from omavalmentaja.messages import LANGUAGES, label, render

Pairs = Callable[[list[tuple[str, str]], dict[str, ParagraphStyle], float], Any]


def printout_language(languages: list[str]) -> str:
    """The first of the client's languages the printouts speak, else Finnish."""
    return next((code for code in languages if code in LANGUAGES), "fi")


def obligation_text(obligation: Obligation | None, default_per_month: int, language: str) -> str:
    if obligation is None or obligation.status is None:
        return ""
    if obligation.status == ObligationStatus.FULL:
        text = render("label.obligation.full", default_per_month, language=language)
    elif obligation.status == ObligationStatus.REDUCED:
        text = render("label.obligation.reduced", obligation.per_month, language=language)
    else:
        text = render("label.obligation.none", language=language)
    if obligation.reason:
        text += f" – {render('model.pdf_reason', language=language)}: {obligation.reason}"
    if obligation.status != ObligationStatus.NONE:
        text += f" ({render('model.pdf_review_period', obligation.review_months, language=language)})"
    return text


def plan_section(content: PlanContent, language: str, default_per_month: int, styles: dict[str, ParagraphStyle],
                 text: Callable[[str], str]) -> list[Any]:
    """Flowables for the plan's service-model part; empty when the plan records none of it."""
    story: list[Any] = []
    obligation = obligation_text(content.obligation, default_per_month, language)
    if obligation:
        story += [Paragraph(escape(render("model.pdf_obligation", language=language)), styles["h2"]),
                  Paragraph(text(obligation), styles["body"])]
    if content.next_conversations:
        lines = "<br/>".join(f"{format_date(day)} – {escape(label('due', what, language))}"
                             for what, day in content.next_conversations)
        story += [Paragraph(escape(render("model.pdf_next_conversations", language=language)), styles["h2"]),
                  Paragraph(lines, styles["body"])]
    return story


def plan_title(content: PlanContent, language: str, default: str) -> str:
    return label("plan_type", content.plan_type.value, language) if content.plan_type else default


def client_rows(registered_on: Any, obligation: Obligation, default_per_month: int,
                language: str = "fi") -> list[tuple[str, str]]:
    """Rows for the own-data summary, in its language."""
    return [(render("model.pdf_registered_on", language=language), format_date(registered_on)),
            (render("model.pdf_obligation", language=language),
             obligation_text(obligation, default_per_month, language))]


def applications_section(items: list[JobApplication], styles: dict[str, ParagraphStyle], width: float,
                         pairs: Pairs, language: str = "fi") -> list[Any]:
    story: list[Any] = [Paragraph(escape(render("model.pdf_applications", language=language)), styles["h2"])]
    if not items:
        return story
    rows = [(format_date(item.applied_on),
             f"{item.employer_or_job} – {label('application_method', item.method, language)}"
             + (f" ({item.notes})" if item.notes else "")) for item in sorted(items, key=lambda a: a.applied_on)]
    return [*story, pairs(rows, styles, width)]
