"""Questionnaire instruments as data: sections, items, scoring rules, licence. No I/O here.

An instrument is read from a definition (JSON, see resources/instruments/instrument.schema.json) by
domain/instruments_parse.py, which lists every problem of a bad definition. Texts are kept per language
({"fi": ..., "sv": ..., "en": ...}); `text_in` picks one with Finnish as the fallback."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

LocalText = Mapping[str, str]

VERSION_PATTERN = re.compile(r"^\d+(\.\d+){0,3}$")


def text_in(text: LocalText, lang: str) -> str:
    """The text in `lang`, else Finnish, else any language given, else ''."""
    return text.get(lang) or text.get("fi") or next((v for v in text.values() if v), "")


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' sorts after '1.9'. Versions are checked against VERSION_PATTERN when a definition is read."""
    return tuple(int(part) for part in version.split("."))


class ItemType(StrEnum):
    SCALE = "scale"  # whole numbers minimum..maximum, labelled anchors
    SINGLE = "single"  # one option
    MULTIPLE = "multiple"  # any number of options
    TEXT = "text"  # free text
    NUMBER = "number"  # a number minimum..maximum with `decimals` decimals


SCORABLE_TYPES = (ItemType.SCALE, ItemType.SINGLE, ItemType.NUMBER)


class FillMode(StrEnum):
    HANDOVER = "handover"  # the client answers one question at a time on the coach's screen
    FORM = "form"  # the coach types results into one form (e.g. the Kykyviisari results)


class ScoreMethod(StrEnum):
    SUM = "sum"
    MEAN = "mean"


class Tone(StrEnum):
    """How a band reads: shown as a colour next to its label, never as the only cue."""

    GOOD = "good"
    NEUTRAL = "neutral"
    CONCERN = "concern"


@dataclass(frozen=True)
class Option:
    value: str
    text: LocalText
    points: float | None = None


@dataclass(frozen=True)
class Item:
    id: str
    type: ItemType
    text: LocalText
    required: bool = True
    help: LocalText = field(default_factory=dict)
    minimum: float | None = None
    maximum: float | None = None
    decimals: int = 0
    anchors: Mapping[int, LocalText] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    max_length: int = 4000

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def point_range(self) -> tuple[float, float] | None:
        """The lowest and highest points an answer can give, or None for items that are not scored."""
        if self.type in (ItemType.SCALE, ItemType.NUMBER) and self.minimum is not None and self.maximum is not None:
            return (float(self.minimum), float(self.maximum))
        if self.type == ItemType.SINGLE and self.options and all(o.points is not None for o in self.options):
            points = [float(o.points) for o in self.options if o.points is not None]
            return (min(points), max(points))
        return None


@dataclass(frozen=True)
class Section:
    id: str
    title: LocalText
    items: tuple[Item, ...]
    intro: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class Band:
    """A score at or above `minimum` (and below the next band's minimum) reads as `label`."""

    minimum: float
    label: LocalText
    tone: Tone = Tone.NEUTRAL


@dataclass(frozen=True)
class ScoreRule:
    id: str
    title: LocalText
    items: tuple[str, ...]
    method: ScoreMethod = ScoreMethod.MEAN
    reversed: frozenset[str] = frozenset()
    rescale: tuple[float, float] | None = None
    min_answered: int = 0  # 0: every item must be answered
    bands: tuple[Band, ...] = ()
    decimals: int = 1

    @property
    def needed(self) -> int:
        return self.min_answered or len(self.items)


@dataclass(frozen=True)
class Licence:
    name: str
    owner: str = ""
    url: str = ""
    notice: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class Link:
    url: str
    title: LocalText


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: LocalText
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    licence: Licence
    scores: tuple[ScoreRule, ...] = ()
    description: LocalText = field(default_factory=dict)
    fill: FillMode = FillMode.HANDOVER
    links: tuple[Link, ...] = ()
    not_kykyviisari: bool = False

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def section_of(self, item_id: str) -> Section | None:
        return next((s for s in self.sections if any(i.id == item_id for i in s.items)), None)

    def score_rule(self, rule_id: str) -> ScoreRule | None:
        return next((r for r in self.scores if r.id == rule_id), None)
