"""Questionnaire use cases: start a response, save each answer the moment it is given, skip, complete,
enter a whole results form, delete; and the demo responses. The UI and the CLI call these."""

from __future__ import annotations

import datetime as dt
import random

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.instruments import FillMode, Instrument, ItemType, text_in
from omavalmentaja.domain.instruments_answers import (
    Answer,
    InvalidAnswer,
    Response,
    ResponseStatus,
    check_answer,
    missing_required,
)
from omavalmentaja.errors import UserError
from omavalmentaja.messages import Message, current_language
from omavalmentaja.services.instrument_catalog import KYKYVIISARI_RESULTS, SAMPLE, get_instrument
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso
from omavalmentaja.store.responses import ResponseRepository


def responses(session: Session) -> ResponseRepository:
    return ResponseRepository(session.db)


def start_response(session: Session, client_id: str, instrument: Instrument, *, language: str = "fi",
                   responded_on: dt.date | None = None) -> Response:
    """A new, empty response, stored at once so that the first answer already has somewhere to go."""
    session.clients.get(client_id)  # NotFound for an unknown client
    response = Response(client_id=client_id, instrument_id=instrument.id, instrument_version=instrument.version,
                        responded_on=responded_on or dt.date.today(),
                        language=language if language in instrument.languages else "fi", fill_mode=instrument.fill)
    with session.db.transaction():
        responses(session).save(response)
        session.audit.record("questionnaire.start", client_id, f"response={response.id} instrument={instrument.key}")
    return response


def instrument_of(session: Session, response: Response) -> Instrument:
    return get_instrument(session, response.instrument_id, response.instrument_version)


def _open_response(session: Session, response_id: str) -> tuple[Response, Instrument]:
    response = responses(session).get(response_id)
    if response.status == ResponseStatus.COMPLETED and response.fill_mode == FillMode.HANDOVER:
        raise UserError("svc.response_complete")
    return response, instrument_of(session, response)


def record_answer(session: Session, response_id: str, item_id: str, value: object) -> Answer:
    """Check and write one answer now. None (or '') clears an earlier answer."""
    response, instrument = _open_response(session, response_id)
    item = instrument.item(item_id)
    if item is None:
        raise UserError("svc.no_item", item_id)
    try:
        stored = check_answer(item, value)
    except InvalidAnswer as exc:
        raise UserError(exc.message) from None
    answer = response.answers.get(item_id) or Answer(item_id)
    answer.value, answer.skipped = stored, False
    return responses(session).save_answer(response.id, answer)


def skip_item(session: Session, response_id: str, item_id: str) -> Answer:
    response, instrument = _open_response(session, response_id)
    item = instrument.item(item_id)
    if item is None:
        raise UserError("svc.no_item", item_id)
    if item.required:
        raise UserError("svc.answer_required")
    answer = response.answers.get(item_id) or Answer(item_id)
    answer.value, answer.skipped = None, True
    return responses(session).save_answer(response.id, answer)


def complete_response(session: Session, response_id: str) -> Response:
    response, instrument = _open_response(session, response_id)
    missing = missing_required(instrument, response)
    if missing:
        names = ", ".join(text_in(item.text, "fi") for i in missing if (item := instrument.item(i)))
        raise UserError("svc.required_unanswered", len(missing), names)
    response.status, response.completed_at = ResponseStatus.COMPLETED, now_iso()
    with session.db.transaction():
        responses(session).save(response)
        session.audit.record("questionnaire.complete", response.client_id, f"response={response.id}")
    return response


def save_form_response(session: Session, client_id: str, instrument: Instrument, responded_on: dt.date,
                       values: dict[str, object], response_id: str = "") -> Response:
    """Enter (or correct) a whole form at once, e.g. Kykyviisari results. Every bad field is listed; nothing is
    written unless all of them are fine."""
    checked, problems = {}, []
    for item in instrument.items:
        try:
            checked[item.id] = check_answer(item, values.get(item.id))
        except InvalidAnswer as exc:
            problems.append(Message.of("svc.item_problem", text_in(item.text, current_language()), exc.message))
            continue
        if item.required and checked[item.id] is None:
            problems.append(Message.of("svc.item_required", text_in(item.text, current_language())))
    if responded_on > dt.date.today():
        problems.append(Message.of("svc.response_date_future"))
    if problems:
        raise UserError("svc.please_check", Message.joined(problems, "\n"))
    session.clients.get(client_id)
    is_new = not response_id
    response = (Response(client_id=client_id, instrument_id=instrument.id, instrument_version=instrument.version,
                         responded_on=responded_on, fill_mode=FillMode.FORM)
                if is_new else responses(session).get(response_id))
    response.responded_on, response.status = responded_on, ResponseStatus.COMPLETED
    response.completed_at = response.completed_at or now_iso()
    with session.db.transaction():
        responses(session).save(response)
        for item_id, value in checked.items():
            earlier = response.answers.get(item_id)
            if value is None and earlier is None:
                continue
            answer = earlier or Answer(item_id)
            answer.value, answer.skipped = value, False
            response.answers[item_id] = responses(session).save_answer(response.id, answer)
        session.audit.record("questionnaire.create" if is_new else "questionnaire.update", client_id,
                             f"response={response.id} instrument={instrument.key}")
    return response


def delete_response(session: Session, response_id: str, reason: str = "") -> None:
    response = responses(session).get(response_id)
    with session.db.transaction():
        responses(session).delete(response, reason)
        session.audit.record("questionnaire.delete", response.client_id, f"response={response_id}")


def unfinished_responses(session: Session, client_id: str) -> list[Response]:
    return [r for r in responses(session).for_client(client_id) if r.status == ResponseStatus.IN_PROGRESS]


# --- demo data -------------------------------------------------------------------------------------------------

DEMO_WISHES = ("Haluaisin jaksaa paremmin arjessa.", "Toivon pääseväni työkokeiluun.", "Haluan parantaa kielitaitoa.",
               "Unirytmin korjaaminen.", "Haluan löytää alan, joka kiinnostaa.", "")


DemoBatch = list[tuple[Response, list[Answer]]]  # responses made up in memory, saved together


def add_demo_records(session: Session, clients: list[Client], rng: random.Random) -> None:
    """Several responses per client over time: Kykyviisari results for most, the sample for some, and now and
    then a sample response left unfinished, to be continued."""
    kykyviisari = get_instrument(session, KYKYVIISARI_RESULTS)
    sample = get_instrument(session, SAMPLE)
    today = dt.date.today()
    batch: DemoBatch = []
    for client in clients:
        start = client.start_date or today - dt.timedelta(days=200)
        if rng.random() < 0.8:
            _demo_kykyviisari(batch, kykyviisari, client, _demo_dates(rng, start, today, 4), rng)
        if rng.random() < 0.45:
            dates = _demo_dates(rng, start, today, 3)
            for n, day in enumerate(dates):
                unfinished = n == len(dates) - 1 and rng.random() < 0.25
                _demo_sample(batch, sample, client, day, rng, finish=not unfinished)
    responses(session).add_many(batch)  # every response and answer in one statement each


def _demo_dates(rng: random.Random, start: dt.date, today: dt.date, most: int) -> list[dt.date]:
    dates: list[dt.date] = []
    day = start + dt.timedelta(days=rng.randint(3, 30))
    while day <= today and len(dates) < most:
        dates.append(day)
        day += dt.timedelta(days=rng.randint(50, 110))
    return dates


def _demo_kykyviisari(batch: DemoBatch, instrument: Instrument, client: Client, dates: list[dt.date],
                      rng: random.Random) -> None:
    work = rng.randint(2, 8)
    areas = {f"area_{k}": rng.uniform(2.5, 8.5) for k in "cdefg"}
    language = "sv" if "sv" in client.languages[:1] else "fi"
    for day in dates:
        values: dict[str, object] = {"kv_form": "selko" if rng.random() < 0.25 else "standard",
                                     "kv_language": language, "work_ability": work,
                                     "wishes": rng.choice(DEMO_WISHES)}
        for item_id, level in areas.items():
            if rng.random() < 0.95:
                values[item_id] = round(level, 1)
        _store_demo(batch, instrument, client, day, values, FillMode.FORM, finish=True)
        work = max(0, min(10, work + rng.choice((-1, 0, 1, 1, 2))))
        areas = {k: max(0.0, min(10.0, v + rng.uniform(-0.8, 1.4))) for k, v in areas.items()}


def _demo_sample(batch: DemoBatch, instrument: Instrument, client: Client, day: dt.date, rng: random.Random,
                 finish: bool) -> None:
    values: dict[str, object] = {}
    items = instrument.items
    answered = len(items) if finish else rng.randint(2, len(items) - 2)
    for item in items[:answered]:
        if item.type == ItemType.SCALE:
            values[item.id] = rng.randint(int(item.minimum or 0), int(item.maximum or 0))
        elif item.type == ItemType.SINGLE:
            values[item.id] = rng.choice(item.options).value
        elif item.type == ItemType.MULTIPLE:
            values[item.id] = [o.value for o in rng.sample(item.options, k=rng.randint(0, 2))]
    _store_demo(batch, instrument, client, day, values, FillMode.HANDOVER, finish=finish)


def _store_demo(batch: DemoBatch, instrument: Instrument, client: Client, day: dt.date,
                values: dict[str, object], fill_mode: FillMode, finish: bool) -> None:
    response = Response(client_id=client.id, instrument_id=instrument.id, instrument_version=instrument.version,
                        responded_on=day, fill_mode=fill_mode,
                        status=ResponseStatus.COMPLETED if finish else ResponseStatus.IN_PROGRESS,
                        completed_at=f"{day.isoformat()}T12:00:00+00:00" if finish else None)
    answers = []
    for item in instrument.items:
        value = values.get(item.id)
        if value in (None, "", []):
            if finish and not item.required and fill_mode == FillMode.HANDOVER:
                answers.append(Answer(item.id, None, skipped=True))
            continue
        answers.append(Answer(item.id, check_answer(item, value)))
    batch.append((response, answers))
