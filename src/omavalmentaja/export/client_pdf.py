"""A readable summary of everything held on one client (their copy under a GDPR access request): the
profile, assessments, meetings with their notes, questionnaire results and plan versions. Rendered in
memory with the shared Unicode font; the caller decides where the bytes go."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from omavalmentaja.domain.client import Assessment, Client
from omavalmentaja.domain.closing import exit_reason_label
from omavalmentaja.domain.dates import format_date, format_datetime
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import (
    PlanVersion,
)
from omavalmentaja.domain.service_model import JobApplication
from omavalmentaja.export.client_record_pdf import record_section
from omavalmentaja.export.fonts import BOLD, REGULAR, TABLE_FONT, register_fonts
from omavalmentaja.export.fonts import paragraph_markup as _text
from omavalmentaja.export.service_model_pdf import applications_section, client_rows
from omavalmentaja.messages import label, render

PRINT_LANGUAGE = "fi"  # the labels of codes, in the language of the printout's headings


def _label(group: str, code: object) -> str:
    return label(group, code, PRINT_LANGUAGE)

TITLE = "Asiakkaasta tallennetut tiedot"
INK = colors.HexColor("#1b1f24")
RULE = colors.HexColor("#b8c0cc")


@dataclass(frozen=True)
class QuestionnaireResult:
    """One questionnaire response as shown: its title, date, state, and each score as text."""

    title: str
    responded_on: dt.date
    state: str
    scores: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ClientSummary:
    client: Client
    exported_at: dt.datetime
    assessments: list[Assessment] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    questionnaires: list[QuestionnaireResult] = field(default_factory=list)
    plans: list[PlanVersion] = field(default_factory=list)
    applications: list[JobApplication] = field(default_factory=list)
    obligation_default: int = 4  # the rules' job-search obligation a month, for a full obligation
    damaged: list[str] = field(default_factory=list)  # markers of stored records that cannot be read


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=13, leading=16, spaceBefore=6 * mm,
                             spaceAfter=2 * mm),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=3 * mm),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD),
    }




def render_client_summary(summary: ClientSummary) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=TITLE, author="", subject="", creator="omavalmentaja",
                            initialFontName=REGULAR)  # not reportlab's unembedded Helvetica
    styles = _styles()
    width = doc.width - 12
    story: list[Any] = [
        Paragraph(TITLE, styles["h1"]),
        Paragraph(f"Koottu {format_datetime(summary.exported_at)}. Samat tiedot ovat koneluettavina "
                  "tiedostossa asiakastiedot.json ja allekirjoitukset PNG-kuvina.", styles["small"]),
    ]
    story += _profile(summary.client, styles, width, summary.obligation_default)
    story += record_section(summary.client.record, styles, width, _pairs)
    if summary.damaged:  # kept in the JSON file as stored; here only named
        story += [Paragraph(escape(render("damaged.section", language="fi")), styles["h2"])]
        story += [Paragraph(_text(marker), styles["body"]) for marker in summary.damaged]
    story += _assessments(summary.assessments, styles, width)
    story += _meetings(summary.meetings, styles, width)
    story += _questionnaires(summary.questionnaires, styles, width)
    story += _plans(summary.plans, styles, width)
    story += applications_section(summary.applications, styles, width, _pairs)
    doc.build(story)
    return buffer.getvalue()


def _pairs(rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], width: float) -> Table:
    data = [[Paragraph(escape(label), styles["label"]), Paragraph(_text(value) or "–", styles["body"])]
            for label, value in rows]
    table = Table(data, colWidths=[0.32 * width, 0.68 * width], splitInRow=1)
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _none(styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph("Ei tallennettuja tietoja.", styles["body"])


def _profile(client: Client, styles: dict[str, ParagraphStyle], width: float, obligation_default: int) -> list[Any]:
    rows = [
        ("Nimi", f"{client.first_name} {client.last_name}"), ("Kutsumanimi", client.preferred_name),
        ("Henkilötunnus", client.henkilotunnus), ("Syntymäaika", format_date(client.date_of_birth)),
        ("Puhelin", client.phone), ("Sähköposti", client.email), ("Osoite", client.address),
        ("Kotikunta", client.municipality), ("Kielet", ", ".join(client.languages)),
        ("Tulkki tarvitaan", "kyllä" if client.interpreter_needed else "ei"),
        ("Kohderyhmä", _label('target_group', client.target_group) if client.target_group else ""),
        ("Asiakkuus alkoi", format_date(client.start_date)),
        ("Tila", label("status", client.status, PRINT_LANGUAGE)),
        ("Päättymispäivä", format_date(client.closed_on)),
        ("Päättymisen syy", exit_reason_label(client.exit_reason, "fi") if client.closed_on else ""),
        ("Päättymisen lisätieto", client.close_reason),
        ("Tausta", client.background),
        ("Monialainen palvelutarve", client.multisectoral_reason if client.multisectoral_need else "ei"),
        *client_rows(client.registered_on, client.obligation, obligation_default),
    ]
    return [Paragraph("Perustiedot", styles["h2"]), _pairs(rows, styles, width)]


def _assessments(items: list[Assessment], styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [Paragraph("Osaaminen ja palvelutarve", styles["h2"])]
    for item in items:
        licences = ", ".join(_label('licence', name) for name in item.licences)
        story += [Paragraph(f"Arvio {format_date(item.assessed_on)}", styles["h3"]), _pairs([
            ("Koulutus", item.education), ("Työhistoria", item.work_history), ("Osaaminen", item.skills),
            ("Kortit ja luvat", licences), ("Kielitaito", item.language_skills),
            ("Elämäntilanne ja terveys", item.circumstances), ("Toiveet", item.wishes),
            ("Palvelutarve", item.service_need)], styles, width)]
    return story if items else [*story, _none(styles)]


def _meetings(items: list[Meeting], styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [Paragraph("Tapaamiset", styles["h2"])]
    for meeting in items:
        title = f"{format_datetime(meeting.starts_at)} – {_label('meeting_kind', meeting.kind)}"
        rows = [("Paikka", meeting.place), ("Kesto", f"{meeting.duration_minutes} min"),
                *([("Palvelumallin keskustelu", label("conversation", meeting.fulfils, "fi"))] if meeting.fulfils
                  else []),
                ("Muistiinpanot", meeting.notes), ("Sovitut jatkotoimet", meeting.next_steps)]
        if meeting.follow_up_on:
            rows.append(("Seuranta", format_date(meeting.follow_up_on) + (" (tehty)" if meeting.follow_up_done
                                                                         else "")))
        story += [Paragraph(escape(title), styles["h3"]), _pairs(rows, styles, width)]
    return story if items else [*story, _none(styles)]


def _questionnaires(items: list[QuestionnaireResult], styles: dict[str, ParagraphStyle],
                    width: float) -> list[Any]:
    story: list[Any] = [Paragraph("Kyselyt ja Kykyviisari", styles["h2"])]
    for item in items:
        story.append(Paragraph(f"{_text(item.title)}, {format_date(item.responded_on)} ({escape(item.state)})",
                               styles["h3"]))
        if item.scores:
            story.append(_pairs(item.scores, styles, width))
    return story if items else [*story, _none(styles)]


def _plans(items: list[PlanVersion], styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [Paragraph("Suunnitelmat", styles["h2"])]
    for version in items:
        content = version.content
        state = _label('version_status', version.status)
        if version.signed_at:
            state += f" {format_datetime(version.signed_at)}"
        steps = "\n".join(
            f"• {_label('service_kind', s.service)}: {s.description} ({_label('responsible', s.responsible)}"
            f"{', ' + s.organisation if s.organisation else ''}; {_label('step_status', s.status)}"
            f"{', ' + format_date(s.due_date) if s.due_date else ''})" for s in content.steps)
        signatures = "\n".join(f"{_label('signer_role', s.role)}: {s.signer_name}, {format_datetime(s.signed_at)}"
                               for s in version.signatures)
        rows = [("Tila", state), ("Tavoite", f"{_label('goal_kind', content.goal_kind)}: {content.goal}"),
                ("Asiakkaan omin sanoin", content.client_words), ("Nykytilanne", content.situation),
                ("Vaiheet", steps), ("Tarkistetaan", format_date(content.review_date)),
                ("Allekirjoitukset", signatures)]
        story += [Paragraph(f"Versio {version.number}", styles["h3"]), _pairs(rows, styles, width)]
    return story if items else [*story, _none(styles), Spacer(1, 1)]
