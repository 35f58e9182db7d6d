"""The plan as an A4 PDF (reportlab): header with the municipality's name and logo, the client, the goal, the
steps as a table, the review date, both signatures, the verification code and page numbers. A draft carries a
watermark. Everything is printed in one language, the client's (PlanPrintout.language: fi, sv or en; the words are
the catalogue's plan_pdf.* entries). Rendered in memory; the caller decides where (and whether) bytes are written."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from omavalmentaja.domain.dates import format_date, format_datetime, format_period
from omavalmentaja.domain.images import MAX_LOGO_BYTES, MAX_SIGNATURE_BYTES, BadImage, check_png
from omavalmentaja.domain.plan import (
    PlanStep,
    PlanVersion,
    Signature,
    SignatureMethod,
    SignerRole,
)
from omavalmentaja.domain.services_catalog import is_employment_promoting
from omavalmentaja.export.fonts import BOLD, REGULAR, TABLE_FONT, register_fonts, visual_order
from omavalmentaja.export.fonts import paragraph_markup as _text
from omavalmentaja.export.service_model_pdf import plan_section, plan_title
from omavalmentaja.messages import label, labels, render

MARGIN = 18 * mm
HEADER_HEIGHT = 22 * mm
FOOTER_HEIGHT = 12 * mm
CELL_PADDING = 4
FRAME_PADDING = 6  # reportlab's default padding inside the page frame, on each side
SIGNATURE_BOX = (75 * mm, 28 * mm)
INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5a6270")
RULE = colors.HexColor("#b8c0cc")
HEAD_FILL = colors.HexColor("#e8edf3")


def _label(group: str, code: object, language: str) -> str:
    return label(group, code, language)


def _say(language: str, message_id: str, *args: object) -> str:
    """One of the printout's own words (plan_pdf.* in the catalogue) in its language."""
    return render(f"plan_pdf.{message_id}", *args, language=language)


@dataclass
class PlanPrintout:
    """Everything one printout shows besides the plan version itself."""

    version: PlanVersion
    client_name: str  # for a signed version: the name as it was signed
    client_date_of_birth: dt.date | None
    municipality_name: str = ""
    logo_png: bytes | None = None
    coach_name: str = ""
    language: str = "fi"  # the client's: the whole printout is in it
    obligation_default: int = 4  # the rules' job-search obligation a month, for a full obligation


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=BOLD, fontSize=9, leading=11.5),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=5 * mm,
                             spaceAfter=2 * mm),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5),
    }




def render_plan_pdf(printout: PlanPrintout) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT, title=_say(printout.language, "title"), author="", subject="",
        creator="omavalmentaja",
        initialFontName=REGULAR,  # else every page names reportlab's unembedded Helvetica
    )
    styles = _styles()
    story = _story(printout, styles, doc.width - 2 * FRAME_PADDING)
    page = _PageDecorations(printout)
    doc.build(story, onFirstPage=page.draw, onLaterPages=page.draw, canvasmaker=page.canvas_class())
    return buffer.getvalue()


def _story(printout: PlanPrintout, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    version, content, language = printout.version, printout.version.content, printout.language
    title = plan_title(content, language, _say(language, "title"))
    goal = f"<b>{escape(_label('goal_kind', content.goal_kind, language))}:</b> {_text(content.goal) or '–'}"
    story: list[Any] = [Paragraph(escape(title), styles["h1"]), _client_table(printout, styles, width),
                        Paragraph(escape(_say(language, "goal")), styles["h2"]), Paragraph(goal, styles["body"])]
    if content.client_words:
        story += [Paragraph(escape(_say(language, "client_words")), styles["h2"]),
                  Paragraph(_text(content.client_words), styles["body"])]
    if content.situation:
        story += [Paragraph(escape(_say(language, "situation")), styles["h2"]),
                  Paragraph(_text(content.situation), styles["body"])]
    story += [Paragraph(escape(_say(language, "steps")), styles["h2"]),
              _steps_table(content.steps, styles, width, language)]
    story += [Spacer(1, 4 * mm), Paragraph(f"<b>{escape(_say(language, 'review_by'))}</b> "
                                           f"{format_date(content.review_date) or '–'}", styles["body"])]
    story += plan_section(content, language, printout.obligation_default, styles, _text)
    story.append(KeepTogether([Paragraph(escape(_say(language, "signatures")), styles["h2"]),
                               _signatures(printout, styles, width)]))
    story += [Spacer(1, 3 * mm), _verification(version, styles, language)]
    return story


def _client_table(printout: PlanPrintout, styles: dict[str, ParagraphStyle], width: float) -> Table:
    version, language = printout.version, printout.language
    state = (_say(language, "signed_at", format_datetime(version.signed_at)) if version.is_signed and version.signed_at
             else _say(language, "draft_state"))
    rows = [
        (_say(language, "client"), _text(printout.client_name)),
        (_say(language, "date_of_birth"), format_date(printout.client_date_of_birth) or "–"),
        (_say(language, "version"), f"{version.number} · {escape(state)}"),
    ]
    data = [[Paragraph(escape(label), styles["label"]), Paragraph(value, styles["body"])] for label, value in rows]
    table = Table(data, colWidths=[45 * mm, width - 45 * mm], splitInRow=1)
    table.setStyle(TableStyle([TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _service_text(step: PlanStep, language: str) -> str:
    """The service, whether it is employment-promoting, its period and its provider, in the plan's language."""
    text = _label('service_kind', step.service, language)
    if is_employment_promoting(step.service):
        text += f" ({_label('service_tag', 'employment_promoting', language)})"
    if period := format_period(step.starts_on, step.ends_on):
        text += f"; {_label('service_tag', 'period', language)} {period}"
    if step.provider:
        text += f"; {_label('service_tag', 'provider', language)}: {step.provider}"
    return text


def _steps_table(steps: list[PlanStep], styles: dict[str, ParagraphStyle], width: float, language: str) -> Any:
    if not steps:
        return Paragraph(escape(_say(language, "no_steps")), styles["body"])
    head = ["#"] + [_say(language, f"column_{name}") for name in ("service", "action", "responsible", "due", "status")]
    widths = _step_column_widths(head, len(steps), width, language)
    data = [[Paragraph(escape(h), styles["cell_head"]) for h in head]]
    for n, step in enumerate(steps, start=1):
        who = _label('responsible', step.responsible, language)
        if step.organisation:
            who = f"{who}: {step.organisation}"
        data.append([Paragraph(str(n), styles["cell"]),
                     Paragraph(escape(_service_text(step, language)), styles["cell"]),
                     Paragraph(_text(step.description), styles["cell"]), Paragraph(_text(who), styles["cell"]),
                     Paragraph(format_date(step.due_date) or "–", styles["cell"]),
                     Paragraph(escape(_label('step_status', step.status, language)), styles["cell"])])
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))
    return table


def _step_column_widths(head: list[str], count: int, width: float, language: str) -> list[float]:
    """Short columns as wide as their longest word needs (so dates and labels never break), the description
    column takes the rest."""
    def fit(title: str, values: list[str]) -> float:
        widest = max([stringWidth(title, BOLD, 9)] + [stringWidth(v, REGULAR, 9) for v in values])
        return widest + 2 * CELL_PADDING + 1

    widths = [
        fit(head[0], [str(count)]), 40 * mm, 0.0,
        fit(head[3], list(labels('responsible', language).values())),
        fit(head[4], ["28.12.2026"]),
        fit(head[5], list(labels('step_status', language).values())),
    ]
    widths[2] = width - sum(widths)
    return widths


def _signatures(printout: PlanPrintout, styles: dict[str, ParagraphStyle], width: float) -> Table:
    version = printout.version
    cells = []
    for role in (SignerRole.CLIENT, SignerRole.COACH):
        signature = version.signature(role)
        default_name = printout.client_name if role == SignerRole.CLIENT else printout.coach_name
        cells.append(_signature_cell(_label('signer_role', role, printout.language), signature, default_name, styles,
                                     printout.language))
    table = Table([cells], colWidths=[width / 2, width / 2], splitInRow=1)
    table.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signature_cell(label: str, signature: Signature | None, default_name: str, styles: dict[str, ParagraphStyle],
                    language: str) -> list[Any]:
    cell: list[Any] = [Paragraph(escape(label), styles["label"]), Spacer(1, 2 * mm)]
    if signature is not None and signature.method == SignatureMethod.DRAWN and signature.image_png:
        if _drawable(signature.image_png, MAX_SIGNATURE_BYTES):
            cell.append(_fitted_image(signature.image_png))
        else:  # a damaged image stored before images were checked: named, never taking the printout down
            cell += [Spacer(1, 8 * mm), Paragraph(escape(render("damaged.record", "plan_signatures", "image",
                                                                language=language)), styles["body"]),
                     Spacer(1, 8 * mm)]
    elif signature is not None:
        cell += [Spacer(1, 8 * mm), Paragraph(escape(_say(language, "confirmed_by_passphrase")), styles["body"]),
                 Spacer(1, 8 * mm)]
    else:
        cell.append(Spacer(1, SIGNATURE_BOX[1]))
    line = Table([[""]], colWidths=[SIGNATURE_BOX[0]], rowHeights=[1])
    line.setStyle(TableStyle([TABLE_FONT, ("LINEABOVE", (0, 0), (-1, -1), 0.6, INK)]))
    line.hAlign = "LEFT"
    name = signature.signer_name if signature else default_name
    when = format_datetime(signature.signed_at) if signature else _say(language, "date_and_signature")
    cell += [line, Paragraph(_text(name) or "&nbsp;", styles["body"]), Paragraph(escape(when), styles["small"])]
    return cell


def _drawable(png: bytes, max_bytes: int) -> bool:
    try:
        check_png(png, max_bytes)
    except BadImage:
        return False
    return True


def _fitted_image(png: bytes) -> Image:
    """The signature at its own proportions, as large as fits the signature box."""
    pixel_width, pixel_height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(SIGNATURE_BOX[0] / pixel_width, SIGNATURE_BOX[1] / pixel_height)
    image = Image(io.BytesIO(png), width=pixel_width * scale, height=pixel_height * scale)
    image.hAlign = "LEFT"
    return image


def _verification(version: PlanVersion, styles: dict[str, ParagraphStyle], language: str) -> Paragraph:
    if not version.is_signed:
        return Paragraph(escape(_say(language, "draft_note")), styles["small"])
    return Paragraph(
        f"<b>{escape(_say(language, 'verification_code', version.verification_code))}</b><br/>"
        f"{escape(_say(language, 'content_hash', version.content_hash))}<br/>"
        f"{escape(_say(language, 'verification_hint'))}", styles["small"])


class _PageDecorations:
    """Header and watermark while pages are laid out; footer with "Sivu n/N" once the total is known."""

    def __init__(self, printout: PlanPrintout) -> None:
        self.printout = printout

    def draw(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        if not self.printout.version.is_signed:
            self._watermark(canvas)
        self._header(canvas)
        canvas.restoreState()

    def _header(self, canvas: Canvas) -> None:
        page_width, page_height = A4
        top = page_height - MARGIN
        x = MARGIN
        if self.printout.logo_png and _drawable(self.printout.logo_png, MAX_LOGO_BYTES):
            logo = ImageReader(io.BytesIO(self.printout.logo_png))
            w, h = logo.getSize()
            scale = min(16 * mm / h, 40 * mm / w)
            canvas.drawImage(logo, x, top - h * scale, w * scale, h * scale, mask="auto")
            x += w * scale + 4 * mm
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 12)
        language = self.printout.language
        services = _say(language, "employment_services")
        canvas.drawString(x, top - 6 * mm, visual_order(self.printout.municipality_name or services))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, top - 11 * mm, f"{services} · omavalmentaja")
        canvas.drawRightString(page_width - MARGIN, top - 6 * mm,
                               _say(language, "version_number", self.printout.version.number))
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, page_width - MARGIN, top - HEADER_HEIGHT + 4 * mm)

    def _watermark(self, canvas: Canvas) -> None:
        page_width, page_height = A4
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.translate(page_width / 2, page_height / 2)
        canvas.rotate(40)
        canvas.setFont(BOLD, 72)
        canvas.drawCentredString(0, 0, _say(self.printout.language, "watermark"))
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        printout = self.printout

        class NumberedCanvas(Canvas):
            """Defers each page until the end, so its footer can say how many pages there are."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 (reportlab's name)
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    _footer(self, printout.version, number, total, printout.language)
                    super().showPage()
                super().save()

        return NumberedCanvas


def _footer(canvas: Canvas, version: PlanVersion, number: int, total: int, language: str) -> None:
    page_width, _ = A4
    y = MARGIN
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.line(MARGIN, y + 5 * mm, page_width - MARGIN, y + 5 * mm)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    left = (_say(language, "verification_code", version.verification_code) if version.is_signed
            else _say(language, "draft_footer"))
    canvas.drawString(MARGIN, y, left)
    canvas.drawRightString(page_width - MARGIN, y, _say(language, "page", number, total))
    canvas.restoreState()
