"""Responses to an instrument: answer checking, progress through the items, completeness."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum

from omavalmentaja.domain import limits
from omavalmentaja.domain.instruments import FillMode, Instrument, Item, ItemType
from omavalmentaja.domain.problems import DomainError


class InvalidAnswer(DomainError):
    pass


class ResponseStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


@dataclass
class Answer:
    item_id: str
    value: object = None
    skipped: bool = False
    id: str = ""
    version: int = 0


@dataclass
class Response:
    """One filling of one instrument version by one client. The instrument version never changes afterwards."""

    client_id: str
    instrument_id: str
    instrument_version: str
    responded_on: dt.date
    language: str = "fi"
    fill_mode: FillMode = FillMode.HANDOVER
    status: ResponseStatus = ResponseStatus.IN_PROGRESS
    completed_at: str | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    id: str = ""
    version: int = 0
    updated_at: str = ""

    def values(self) -> dict[str, object]:
        """item id → value of every answer given (skipped items left out)."""
        return {a.item_id: a.value for a in self.answers.values() if not a.skipped and a.value is not None}


def _number(item: Item, value: object) -> float | int:
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        try:
            value = float(value)
        except ValueError:
            raise InvalidAnswer("domain.answer_number") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidAnswer("domain.answer_number")
    if item.minimum is not None and value < item.minimum or item.maximum is not None and value > item.maximum:
        raise InvalidAnswer("domain.answer_range", _plain(item.minimum), _plain(item.maximum))
    if item.type == ItemType.SCALE or item.decimals == 0:
        if float(value) != int(value):
            raise InvalidAnswer("domain.answer_whole_number")
        return int(value)
    rounded = round(float(value), item.decimals)
    if abs(rounded - float(value)) > 1e-9:
        raise InvalidAnswer("domain.answer_decimals", item.decimals)
    return rounded


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def check_answer(item: Item, value: object) -> object:
    """The answer as it is stored (int, float, option value, list of option values or text); raises
    InvalidAnswer with a readable message. None or '' means "no answer"."""
    if value is None or value == "" or value == []:
        return None
    if item.type in (ItemType.SCALE, ItemType.NUMBER):
        return _number(item, value)
    if item.type == ItemType.SINGLE:
        if not isinstance(value, str) or item.option(value) is None:
            raise InvalidAnswer("domain.answer_unknown_option")
        return value
    if item.type == ItemType.MULTIPLE:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise InvalidAnswer("domain.answer_choose")
        unknown = [v for v in value if item.option(v) is None]
        if unknown:
            raise InvalidAnswer("domain.answer_unknown_option")
        order = [o.value for o in item.options]
        return sorted(set(value), key=order.index)
    if not isinstance(value, str):
        raise InvalidAnswer("domain.answer_text")
    text = value.strip()
    if len(text) > item.max_length:
        raise InvalidAnswer("domain.answer_too_long", item.max_length)
    characters = limits.check_text("value", text, len(text))  # a free answer keeps lines, not other controls
    if characters is not None:
        raise InvalidAnswer(characters.message)
    return text or None


def is_answered(response: Response, item_id: str) -> bool:
    answer = response.answers.get(item_id)
    return answer is not None and (answer.skipped or answer.value is not None)


def first_open_index(instrument: Instrument, response: Response) -> int:
    """Where a hand-over filling continues: the first item neither answered nor skipped (or the last item)."""
    items = instrument.items
    for index, item in enumerate(items):
        if not is_answered(response, item.id):
            return index
    return max(len(items) - 1, 0)


def missing_required(instrument: Instrument, response: Response) -> list[str]:
    values = response.values()
    return [item.id for item in instrument.items if item.required and item.id not in values]


def progress(instrument: Instrument, response: Response) -> tuple[int, int]:
    """(items answered or skipped, items in all)."""
    items = instrument.items
    return (sum(1 for item in items if is_answered(response, item.id)), len(items))
