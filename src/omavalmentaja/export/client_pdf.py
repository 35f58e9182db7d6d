"""A readable summary of everything held on one client (their copy under a GDPR access request): the
profile, assessments, meetings with their notes, questionnaire results and plan versions, in the client's
language (ClientSummary.language: fi, sv or en; the words are the catalogue's client_pdf.* entries). Rendered in
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
from omavalmentaja.domain.dates import format_date, format_datetime, format_period
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.plan import PlanStep, PlanVersion
from omavalmentaja.domain.service_model import JobApplication
from omavalmentaja.export.client_record_pdf import record_section
from omavalmentaja.export.fonts import BOLD, REGULAR, TABLE_FONT, register_fonts
from omavalmentaja.export.fonts import paragraph_markup as _text
from omavalmentaja.export.service_model_pdf import applications_section, client_rows
from omavalmentaja.messages import label, render

INK = colors.HexColor("#1b1f24")
RULE = colors.HexColor("#b8c0cc")


@dataclass(frozen=True)
class QuestionnaireResult:
    """One questionnaire response as shown: its title, date, each score as text, and whether it is complete."""

    title: str
    responded_on: dt.date
    scores: list[tuple[str, str]] = field(default_factory=list)
    completed: bool = True


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
    language: str = "fi"  # the client's: the whole summary is in it


class _Words:
    """The summary's own words (client_pdf.*) and the labels of codes, in its language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, message_id: str, *args: object) -> str:
        return render(f"client_pdf.{message_id}", *args, language=self.language)

    def label(self, group: str, code: object) -> str:
        return label(group, code, self.language)


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
                            bottomMargin=18 * mm, title=_Words(summary.language)("title"), author="", subject="",
                            creator="omavalmentaja", initialFontName=REGULAR)  # not reportlab's unembedded Helvetica
    styles = _styles()
    width = doc.width - 12
    say = _Words(summary.language)
    story: list[Any] = [
        Paragraph(escape(say("title")), styles["h1"]),
        Paragraph(escape(say("compiled", format_datetime(summary.exported_at))), styles["small"]),
    ]
    story += _profile(summary.client, styles, width, summary.obligation_default, say)
    story += record_section(summary.client.record, styles, width, _pairs, say.language)
    if summary.damaged:  # kept in the JSON file as stored; here only named
        story += [Paragraph(escape(render("damaged.section", language=say.language)), styles["h2"])]
        story += [Paragraph(_text(marker), styles["body"]) for marker in summary.damaged]
    story += _assessments(summary.assessments, styles, width, say)
    story += _meetings(summary.meetings, styles, width, say)
    story += _questionnaires(summary.questionnaires, styles, width, say)
    story += _plans(summary.plans, styles, width, say)
    story += applications_section(summary.applications, styles, width, _pairs, say.language)
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


def _none(styles: dict[str, ParagraphStyle], say: _Words) -> Paragraph:
    return Paragraph(escape(say("nothing_stored")), styles["body"])


def _profile(client: Client, styles: dict[str, ParagraphStyle], width: float, obligation_default: int,
             say: _Words) -> list[Any]:
    yes, no = say("yes"), say("no")
    rows = [
        (say("name"), f"{client.first_name} {client.last_name}"), (say("preferred_name"), client.preferred_name),
        (say("henkilotunnus"), client.henkilotunnus), (say("date_of_birth"), format_date(client.date_of_birth)),
        (say("phone"), client.phone), (say("email"), client.email), (say("address"), client.address),
        (say("municipality"), client.municipality), (say("languages"), ", ".join(client.languages)),
        (say("interpreter"), yes if client.interpreter_needed else no),
        (say("target_group"), say.label('target_group', client.target_group) if client.target_group else ""),
        (say("start_date"), format_date(client.start_date)),
        (say("status"), say.label("status", client.status)),
        (say("closed_on"), format_date(client.closed_on)),
        (say("exit_reason"), exit_reason_label(client.exit_reason, say.language) if client.closed_on else ""),
        (say("close_note"), client.close_reason),
        (say("background"), client.background),
        (say("multisectoral"), client.multisectoral_reason if client.multisectoral_need else no),
        *client_rows(client.registered_on, client.obligation, obligation_default, say.language),
    ]
    return [Paragraph(escape(say("profile")), styles["h2"]), _pairs(rows, styles, width)]


def _assessments(items: list[Assessment], styles: dict[str, ParagraphStyle], width: float,
                 say: _Words) -> list[Any]:
    story: list[Any] = [Paragraph(escape(say("assessments")), styles["h2"])]
    for item in items:
        licences = ", ".join(say.label('licence', name) for name in item.licences)
        story += [Paragraph(escape(say("assessment_on", format_date(item.assessed_on))), styles["h3"]), _pairs([
            (say("education"), item.education), (say("work_history"), item.work_history),
            (say("skills"), item.skills), (say("licences"), licences), (say("language_skills"), item.language_skills),
            (say("circumstances"), item.circumstances), (say("wishes"), item.wishes),
            (say("service_need"), item.service_need)], styles, width)]
    return story if items else [*story, _none(styles, say)]


def _meetings(items: list[Meeting], styles: dict[str, ParagraphStyle], width: float, say: _Words) -> list[Any]:
    story: list[Any] = [Paragraph(escape(say("meetings")), styles["h2"])]
    for meeting in items:
        title = f"{format_datetime(meeting.starts_at)} – {say.label('meeting_kind', meeting.kind)}"
        rows = [(say("place"), meeting.place), (say("duration"), say("minutes", meeting.duration_minutes)),
                *([(say("conversation"), say.label("conversation", meeting.fulfils))] if meeting.fulfils else []),
                (say("notes"), meeting.notes), (say("next_steps"), meeting.next_steps)]
        if meeting.follow_up_on:
            done = say("follow_up_done") if meeting.follow_up_done else ""
            rows.append((say("follow_up"), f"{format_date(meeting.follow_up_on)}{done}"))
        story += [Paragraph(escape(title), styles["h3"]), _pairs(rows, styles, width)]
    return story if items else [*story, _none(styles, say)]


def _questionnaires(items: list[QuestionnaireResult], styles: dict[str, ParagraphStyle], width: float,
                    say: _Words) -> list[Any]:
    story: list[Any] = [Paragraph(escape(say("questionnaires")), styles["h2"])]
    for item in items:
        state = say("completed") if item.completed else say("unfinished")
        story.append(Paragraph(f"{_text(item.title)}, {format_date(item.responded_on)} ({escape(state)})",
                               styles["h3"]))
        if item.scores:
            story.append(_pairs(item.scores, styles, width))
    return story if items else [*story, _none(styles, say)]


def _step_line(step: PlanStep, say: _Words) -> str:
    period = format_period(step.starts_on, step.ends_on)
    period = f"; {say.label('service_tag', 'period')} {period}" if period else ""
    provider = f"; {say.label('service_tag', 'provider')}: {step.provider}" if step.provider else ""
    return (f"• {say.label('service_kind', step.service)}: {step.description} "
            f"({say.label('responsible', step.responsible)}{', ' + step.organisation if step.organisation else ''}; "
            f"{say.label('step_status', step.status)}{', ' + format_date(step.due_date) if step.due_date else ''}"
            f"{period}{provider})")


def _plans(items: list[PlanVersion], styles: dict[str, ParagraphStyle], width: float, say: _Words) -> list[Any]:
    story: list[Any] = [Paragraph(escape(say("plans")), styles["h2"])]
    for version in items:
        content = version.content
        state = say.label('version_status', version.status)
        if version.signed_at:
            state += f" {format_datetime(version.signed_at)}"
        steps = "\n".join(_step_line(step, say) for step in content.steps)
        signatures = "\n".join(f"{say.label('signer_role', s.role)}: {s.signer_name}, {format_datetime(s.signed_at)}"
                               for s in version.signatures)
        rows = [(say("status"), state), (say("goal"), f"{say.label('goal_kind', content.goal_kind)}: {content.goal}"),
                (say("client_words"), content.client_words), (say("situation"), content.situation),
                (say("steps"), steps), (say("review_date"), format_date(content.review_date)),
                (say("signatures"), signatures)]
        story += [Paragraph(escape(say("version", version.number)), styles["h3"]), _pairs(rows, styles, width)]
    return story if items else [*story, _none(styles, say), Spacer(1, 1)]
