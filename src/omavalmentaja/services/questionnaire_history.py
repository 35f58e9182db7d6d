"""Reading responses back: each scored with the instrument version it was made with; change over time as
series per score; two responses side by side; answers as text for tables and PDFs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.instruments import Instrument, Item, ItemType, text_in
from omavalmentaja.domain.instruments_answers import Answer, Response, ResponseStatus, progress
from omavalmentaja.domain.scoring import ScoreResult, score_response
from omavalmentaja.errors import UserError
from omavalmentaja.services.instrument_catalog import find_instrument
from omavalmentaja.services.questionnaires import responses
from omavalmentaja.services.session import Session


@dataclass(frozen=True)
class ResponseView:
    response: Response
    instrument: Instrument | None  # None: a version this vault does not hold (the raw answers still show)
    scores: dict[str, ScoreResult]

    def title(self, lang: str = "fi") -> str:
        if self.instrument is None:
            return f"{self.response.instrument_id} {self.response.instrument_version}"
        return text_in(self.instrument.title, lang)

    @property
    def progress(self) -> tuple[int, int]:
        if self.instrument is None:
            return (len(self.response.answers), len(self.response.answers))
        return progress(self.instrument, self.response)


def view_of(session: Session, response: Response) -> ResponseView:
    instrument = find_instrument(session, response.instrument_id, response.instrument_version)
    scores = score_response(instrument, response.values()) if instrument else {}
    return ResponseView(response, instrument, scores)


def client_responses(session: Session, client_id: str, instrument_id: str | None = None) -> list[ResponseView]:
    """The client's responses, oldest first, each scored by its own instrument version."""
    return [view_of(session, r) for r in responses(session).for_client(client_id, instrument_id)]


@dataclass
class ScoreSeries:
    score_id: str
    title: str
    minimum: float
    maximum: float
    points: list[tuple[dt.date, float]] = field(default_factory=list)


def score_history(session: Session, client_id: str, instrument_id: str, lang: str = "fi") -> list[ScoreSeries]:
    """One series per score (matched by score id across versions) over the client's completed responses."""
    series: dict[str, ScoreSeries] = {}
    latest = find_instrument(session, instrument_id)
    if latest is not None:
        for rule in latest.scores:
            series[rule.id] = ScoreSeries(rule.id, text_in(rule.title, lang), 0, 0)
    for view in client_responses(session, client_id, instrument_id):
        if view.response.status != ResponseStatus.COMPLETED or view.instrument is None:
            continue
        for score_id, result in view.scores.items():
            own_rule = view.instrument.score_rule(score_id)
            title = text_in(own_rule.title, lang) if own_rule else score_id
            entry = series.setdefault(score_id, ScoreSeries(score_id, title, 0, 0))
            entry.minimum, entry.maximum = result.minimum, result.maximum
            if result.value is not None:
                entry.points.append((view.response.responded_on, result.value))
    return [s for s in series.values() if s.points]


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value}".replace(".", ",")


def format_answer(item: Item | None, answer: Answer | None, lang: str = "fi") -> str:
    """An answer as a person reads it: option texts, anchor labels, 7,5 with a decimal comma."""
    if answer is None:
        return "–"
    if answer.skipped:
        return "(ohitettu)" if lang == "fi" else "(överhoppad)" if lang == "sv" else "(skipped)"
    value = answer.value
    if value is None:
        return "–"
    if item is None:
        return str(value)
    if item.type == ItemType.SCALE and isinstance(value, int):
        anchor = item.anchors.get(value)
        return f"{value} – {text_in(anchor, lang)}" if anchor else str(value)
    if item.type == ItemType.NUMBER and isinstance(value, int | float):
        return format_number(value)
    if item.type == ItemType.SINGLE and isinstance(value, str):
        option = item.option(value)
        return text_in(option.text, lang) if option else value
    if item.type == ItemType.MULTIPLE and isinstance(value, list):
        return ", ".join(text_in(o.text, lang) if (o := item.option(v)) else v for v in value) or "–"
    return str(value)


def format_score(result: ScoreResult | None, lang: str = "fi") -> str:
    if result is None or result.value is None:
        return "–"
    band = f" ({text_in(result.band.label, lang)})" if result.band else ""
    return format_number(result.value) + band


@dataclass(frozen=True)
class CompareRow:
    label: str
    first: str
    second: str
    change: float | None = None  # second minus first, for scores
    is_score: bool = False


def compare_responses(session: Session, first_id: str, second_id: str, lang: str = "fi") -> list[CompareRow]:
    """Scores (with the change) and then every item, the two responses side by side."""
    first, second = (view_of(session, responses(session).get(i)) for i in (first_id, second_id))
    if first.response.client_id != second.response.client_id:
        raise UserError("svc.compare_clients_differ")
    if first.response.instrument_id != second.response.instrument_id:
        raise UserError("svc.compare_one_instrument")
    session.audit.record("questionnaire.compare", first.response.client_id, f"responses={first_id},{second_id}")
    rows = [CompareRow(
        "Päivämäärä" if lang == "fi" else "Datum" if lang == "sv" else "Date",
        format_date(first.response.responded_on), format_date(second.response.responded_on))]
    reference = second.instrument or first.instrument
    for score_id in dict.fromkeys([*first.scores, *second.scores]):
        a, b = first.scores.get(score_id), second.scores.get(score_id)
        rule = reference.score_rule(score_id) if reference else None
        change = b.value - a.value if a and b and a.value is not None and b.value is not None else None
        rows.append(CompareRow(text_in(rule.title, lang) if rule else score_id, format_score(a, lang),
                               format_score(b, lang), None if change is None else round(change, 3), True))
    item_ids = [i.id for i in (first.instrument.items if first.instrument else ())]
    item_ids += [i.id for i in (second.instrument.items if second.instrument else ()) if i.id not in item_ids]
    item_ids += [i for i in [*first.response.answers, *second.response.answers] if i not in item_ids]
    # An item that is a score on its own (a results form's area) is already on its score's row.
    shown_as_score = {rule.items[0] for view in (first, second) if view.instrument
                      for rule in view.instrument.scores if len(rule.items) == 1}
    for item_id in dict.fromkeys(i for i in item_ids if i not in shown_as_score):
        item_a = first.instrument.item(item_id) if first.instrument else None
        item_b = second.instrument.item(item_id) if second.instrument else None
        shown = item_b or item_a
        label = text_in(shown.text, lang) if shown else item_id
        rows.append(CompareRow(label, format_answer(item_a, first.response.answers.get(item_id), lang),
                               format_answer(item_b, second.response.answers.get(item_id), lang)))
    return rows


def responses_as_data(session: Session, client_id: str) -> list[dict[str, object]]:
    """Every response of the client as plain data (for the client's own copy of their data and for reports):
    the instrument id and version, dates, state, each answer as stored, and the scores."""
    return [{
        "id": view.response.id, "instrument_id": view.response.instrument_id,
        "instrument_version": view.response.instrument_version,
        "responded_on": view.response.responded_on.isoformat(), "language": view.response.language,
        "fill_mode": view.response.fill_mode.value, "status": view.response.status.value,
        "completed_at": view.response.completed_at,
        "answers": {a.item_id: ({"skipped": True} if a.skipped else {"value": a.value})
                    for a in view.response.answers.values()},
        "scores": {score_id: {"value": r.value, "band": dict(r.band.label) if r.band else None,
                              "answered": r.answered, "expected": r.expected}
                   for score_id, r in view.scores.items()},
    } for view in client_responses(session, client_id)]
