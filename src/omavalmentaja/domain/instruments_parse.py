"""Reading an instrument definition (parsed JSON) into an Instrument, listing EVERY problem of a bad one.

The format is documented by resources/instruments/instrument.schema.json; this module is what the app
enforces, including what a JSON schema cannot say (unique ids, scores naming existing scorable items with
one shared range, every text in every declared language, bands covering the whole score range)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from omavalmentaja.domain.instruments import (
    SCORABLE_TYPES,
    VERSION_PATTERN,
    Band,
    FillMode,
    Instrument,
    Item,
    ItemType,
    Licence,
    Link,
    Option,
    ScoreMethod,
    ScoreRule,
    Section,
    Tone,
)
from omavalmentaja.domain.problems import Problems
from omavalmentaja.messages import Message

FORMAT = "omavalmentaja-instrument/1"
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,8}(-[a-z0-9]{1,8})*$")
_ROOT_KEYS = {"format", "id", "version", "languages", "title", "description", "fill", "not_kykyviisari",
              "licence", "links", "sections", "scores"}
_SECTION_KEYS = {"id", "title", "intro", "items"}
_COMMON_ITEM_KEYS = {"id", "type", "text", "required", "help"}
_TYPE_KEYS = {
    ItemType.SCALE: {"min", "max", "anchors"},
    ItemType.NUMBER: {"min", "max", "decimals"},
    ItemType.SINGLE: {"options"},
    ItemType.MULTIPLE: {"options"},
    ItemType.TEXT: {"max_length"},
}
_SCORE_KEYS = {"id", "title", "items", "method", "reversed", "rescale", "min_answered", "bands", "decimals"}


class InvalidDefinition(Problems):
    """An instrument definition is refused; every problem on a line of its own."""

    separator = "\n"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Reader:
    """Collects problems as 'path: message' while building the instrument from whatever is valid."""

    def __init__(self) -> None:
        self.problems: list[Message] = []
        self.languages: tuple[str, ...] = ("fi",)

    def problem(self, path: str, message_id: str, *args: object) -> None:
        self.problems.append(Message.of("domain.def_problem", path, Message.of(message_id, *args)))

    def obj(self, value: Any, path: str, allowed: set[str], required: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problem(path, "domain.def_must_be_object")
            return {}
        for key in sorted(set(value) - allowed):
            self.problem(f"{path}.{key}", "domain.def_unknown_field")
        for key in required:
            if key not in value:
                self.problem(f"{path}.{key}", "domain.def_missing")
        return value

    def ident(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            self.problem(path, "domain.def_id_form")
            return str(value)
        return value

    def text(self, value: Any, path: str, *, optional: bool = False) -> dict[str, str]:
        if value is None and optional:
            return {}
        if not isinstance(value, dict) or not value:
            self.problem(path, "domain.def_texts_by_language")
            return {}
        for lang, text in value.items():
            if not _LANG.match(str(lang)):
                self.problem(f"{path}.{lang}", "domain.def_language_code")
            if not isinstance(text, str) or not text.strip():
                self.problem(f"{path}.{lang}", "domain.def_empty_text")
        for lang in self.languages:
            if lang not in value:
                self.problem(f"{path}.{lang}", "domain.def_translation_missing")
        return {str(k): v for k, v in value.items() if isinstance(v, str)}

    def flag(self, value: Any, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(path, "domain.def_true_false")
            return default
        return value

    def enum(self, kind: Any, value: Any, path: str, default: Any) -> Any:
        if value is None:
            return default
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(m.value for m in kind)
            self.problem(path, "domain.def_one_of", choices)
            return default


def parse_definition(data: Any) -> Instrument:
    """The instrument, or InvalidDefinition listing every problem found (never only the first)."""
    reader = _Reader()
    root = reader.obj(data, "$", _ROOT_KEYS, ("format", "id", "version", "languages", "title", "licence",
                                               "sections"))
    if root.get("format", FORMAT) != FORMAT:
        reader.problem("$.format", "domain.def_must_be_value", FORMAT)
    _read_languages(reader, root.get("languages"))
    version = root.get("version", "")
    if not isinstance(version, str) or not VERSION_PATTERN.match(version):
        reader.problem("$.version", "domain.def_version_form")
    instrument_id = reader.ident(root.get("id"), "$.id") if "id" in root else ""
    title = reader.text(root.get("title"), "$.title") if "title" in root else {}
    description = reader.text(root.get("description"), "$.description", optional=True)
    fill = reader.enum(FillMode, root.get("fill"), "$.fill", FillMode.HANDOVER)
    not_kykyviisari = reader.flag(root.get("not_kykyviisari"), "$.not_kykyviisari", False)
    licence = _read_licence(reader, root.get("licence")) if "licence" in root else Licence("")
    links = _read_links(reader, root.get("links", []))
    sections = _read_sections(reader, root.get("sections")) if "sections" in root else ()
    instrument = Instrument(
        id=instrument_id, version=str(version), title=title, languages=reader.languages, sections=sections,
        licence=licence, description=description, fill=fill, links=links, not_kykyviisari=not_kykyviisari)
    scores = _read_scores(reader, root.get("scores", []), instrument)
    if reader.problems:
        raise InvalidDefinition(reader.problems)
    return replace(instrument, scores=scores)


def _read_languages(reader: _Reader, value: Any) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and _LANG.match(v) for v in value):
        reader.problem("$.languages", "domain.def_language_list")
        return
    if "fi" not in value:
        reader.problem("$.languages", "domain.def_finnish_required")
    if len(set(value)) != len(value):
        reader.problem("$.languages", "domain.def_language_twice")
    reader.languages = tuple(dict.fromkeys(value))


def _read_licence(reader: _Reader, value: Any) -> Licence:
    licence = reader.obj(value, "$.licence", {"name", "owner", "url", "notice"}, ("name",))
    name = licence.get("name", "")
    if not isinstance(name, str) or not name.strip():
        reader.problem("$.licence.name", "domain.def_licence_name_missing")
        name = ""
    for key in ("owner", "url"):
        if not isinstance(licence.get(key, ""), str):
            reader.problem(f"$.licence.{key}", "domain.def_must_be_text")
    notice = reader.text(licence.get("notice"), "$.licence.notice", optional=True)
    return Licence(name=name, owner=str(licence.get("owner", "")), url=str(licence.get("url", "")), notice=notice)


def _read_links(reader: _Reader, value: Any) -> tuple[Link, ...]:
    if not isinstance(value, list):
        reader.problem("$.links", "domain.def_must_be_list")
        return ()
    links = []
    for n, raw in enumerate(value):
        path = f"$.links[{n}]"
        link = reader.obj(raw, path, {"url", "title"}, ("url", "title"))
        url = link.get("url", "")
        if not isinstance(url, str) or not url.startswith("https://"):
            reader.problem(f"{path}.url", "domain.def_https")
        links.append(Link(url=str(url), title=reader.text(link.get("title"), f"{path}.title")))
    return tuple(links)


def _read_sections(reader: _Reader, value: Any) -> tuple[Section, ...]:
    if not isinstance(value, list) or not value:
        reader.problem("$.sections", "domain.def_one_section")
        return ()
    sections, section_ids, item_ids = [], set(), set()
    for n, raw in enumerate(value):
        path = f"$.sections[{n}]"
        section = reader.obj(raw, path, _SECTION_KEYS, ("id", "title", "items"))
        section_id = reader.ident(section.get("id"), f"{path}.id")
        if section_id in section_ids:
            reader.problem(f"{path}.id", "domain.def_section_twice", section_id)
        section_ids.add(section_id)
        raw_items = section.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            reader.problem(f"{path}.items", "domain.def_one_item")
            raw_items = []
        items = []
        for m, raw_item in enumerate(raw_items):
            item = _read_item(reader, raw_item, f"{path}.items[{m}]")
            if item.id in item_ids:
                reader.problem(f"{path}.items[{m}].id", "domain.def_item_twice", item.id)
            item_ids.add(item.id)
            items.append(item)
        sections.append(Section(id=section_id, title=reader.text(section.get("title"), f"{path}.title"),
                                items=tuple(items), intro=reader.text(section.get("intro"), f"{path}.intro",
                                                                      optional=True)))
    return tuple(sections)


def _read_item(reader: _Reader, raw: Any, path: str) -> Item:
    kind = reader.enum(ItemType, raw.get("type") if isinstance(raw, dict) else None, f"{path}.type", None)
    if kind is None and isinstance(raw, dict) and "type" not in raw:
        reader.problem(f"{path}.type", "domain.def_missing")
    allowed = _COMMON_ITEM_KEYS | (_TYPE_KEYS[kind] if kind else set().union(*_TYPE_KEYS.values()))
    item = reader.obj(raw, path, allowed, ("id", "text"))
    common: dict[str, Any] = {
        "id": reader.ident(item.get("id"), f"{path}.id"), "type": kind or ItemType.TEXT,
        "text": reader.text(item.get("text"), f"{path}.text"),
        "required": reader.flag(item.get("required"), f"{path}.required", True),
        "help": reader.text(item.get("help"), f"{path}.help", optional=True),
    }
    if kind in (ItemType.SCALE, ItemType.NUMBER):
        return Item(**common, **_read_range(reader, item, path, kind))
    if kind in (ItemType.SINGLE, ItemType.MULTIPLE):
        return Item(**common, options=_read_options(reader, item.get("options"), f"{path}.options"))
    max_length = item.get("max_length", 4000)
    if not _is_int(max_length) or not 1 <= max_length <= 20000:
        reader.problem(f"{path}.max_length", "domain.def_max_length")
        max_length = 4000
    return Item(**common, max_length=max_length)


def _read_range(reader: _Reader, item: dict[str, Any], path: str, kind: ItemType) -> dict[str, Any]:
    check = _is_int if kind == ItemType.SCALE else _is_number
    low: Any = item.get("min")
    high: Any = item.get("max")
    for key, value in (("min", low), ("max", high)):
        if not check(value):
            reader.problem(f"{path}.{key}", "domain.def_whole_number_missing" if kind == ItemType.SCALE
                           else "domain.def_number_missing")
    if not (check(low) and check(high)):
        return {}
    if low >= high:
        reader.problem(f"{path}.max", "domain.def_max_above_min")
    if kind == ItemType.SCALE and high - low > 20:
        reader.problem(f"{path}.max", "domain.def_scale_points")
    fields: dict[str, Any] = {"minimum": low, "maximum": high}
    if kind == ItemType.NUMBER:
        decimals = item.get("decimals", 0)
        if not _is_int(decimals) or not 0 <= decimals <= 3:
            reader.problem(f"{path}.decimals", "domain.def_decimals")
            decimals = 0
        fields["decimals"] = decimals
        return fields
    anchors = item.get("anchors", {})
    if not isinstance(anchors, dict):
        reader.problem(f"{path}.anchors", "domain.def_must_be_object")
        return fields
    parsed = {}
    for key, label in anchors.items():
        if not re.fullmatch(r"-?\d+", str(key)) or not low <= int(key) <= high:
            reader.problem(f"{path}.anchors.{key}", "domain.def_anchor")
            continue
        parsed[int(key)] = reader.text(label, f"{path}.anchors.{key}")
    fields["anchors"] = parsed
    return fields


def _read_options(reader: _Reader, value: Any, path: str) -> tuple[Option, ...]:
    if not isinstance(value, list) or len(value) < 2:
        reader.problem(path, "domain.def_two_options")
        return ()
    options, seen = [], set()
    for n, raw in enumerate(value):
        option = reader.obj(raw, f"{path}[{n}]", {"value", "text", "points"}, ("value", "text"))
        code = reader.ident(option.get("value"), f"{path}[{n}].value")
        if code in seen:
            reader.problem(f"{path}[{n}].value", "domain.def_value_twice", code)
        seen.add(code)
        points = option.get("points")
        if points is not None and not _is_number(points):
            reader.problem(f"{path}[{n}].points", "domain.def_must_be_number")
            points = None
        options.append(Option(value=code, text=reader.text(option.get("text"), f"{path}[{n}].text"), points=points))
    return tuple(options)


def _read_scores(reader: _Reader, value: Any, instrument: Instrument) -> tuple[ScoreRule, ...]:
    if not isinstance(value, list):
        reader.problem("$.scores", "domain.def_must_be_list")
        return ()
    rules, seen = [], set()
    for n, raw in enumerate(value):
        rule = _read_score(reader, raw, f"$.scores[{n}]", instrument)
        if rule.id in seen:
            reader.problem(f"$.scores[{n}].id", "domain.def_score_twice", rule.id)
        seen.add(rule.id)
        rules.append(rule)
    return tuple(rules)


def _read_score(reader: _Reader, raw: Any, path: str, instrument: Instrument) -> ScoreRule:
    score = reader.obj(raw, path, _SCORE_KEYS, ("id", "title", "items"))
    items = score.get("items", [])
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        reader.problem(f"{path}.items", "domain.def_item_list")
        items = []
    ranges: set[tuple[float, float]] = set()
    for item_id in items:
        item = instrument.item(item_id)
        if item is None:
            reader.problem(f"{path}.items", "domain.def_no_item", item_id)
        elif item.type not in SCORABLE_TYPES or item.point_range() is None:
            reader.problem(f"{path}.items", "domain.def_item_not_scored", item_id)
        else:
            ranges.add(item.point_range() or (0.0, 0.0))
    if len(ranges) > 1:
        reader.problem(f"{path}.items", "domain.def_ranges_differ")
    reversed_ids = score.get("reversed", [])
    if not isinstance(reversed_ids, list) or any(r not in items for r in reversed_ids):
        reader.problem(f"{path}.reversed", "domain.def_own_items")
        reversed_ids = []
    min_answered = score.get("min_answered", 0)
    if not _is_int(min_answered) or not 0 <= min_answered <= len(items):
        reader.problem(f"{path}.min_answered", "domain.def_whole_number_upto", len(items))
        min_answered = 0
    decimals = score.get("decimals", 1)
    if not _is_int(decimals) or not 0 <= decimals <= 3:
        reader.problem(f"{path}.decimals", "domain.def_decimals")
        decimals = 1
    rescale = _read_rescale(reader, score.get("rescale"), f"{path}.rescale")
    method = reader.enum(ScoreMethod, score.get("method"), f"{path}.method", ScoreMethod.MEAN)
    rule = ScoreRule(id=reader.ident(score.get("id"), f"{path}.id"), title=reader.text(score.get("title"),
                     f"{path}.title"), items=tuple(items), method=method, reversed=frozenset(reversed_ids),
                     rescale=rescale, min_answered=min_answered, decimals=decimals)
    bands = _read_bands(reader, score.get("bands", []), f"{path}.bands", _lowest(rule, ranges))
    return replace(rule, bands=bands)


def _lowest(rule: ScoreRule, ranges: set[tuple[float, float]]) -> float | None:
    if rule.rescale:
        return min(rule.rescale)
    if len(ranges) != 1:
        return None
    low = next(iter(ranges))[0]
    return low * len(rule.items) if rule.method == ScoreMethod.SUM else low


def _read_rescale(reader: _Reader, value: Any, path: str) -> tuple[float, float] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not all(_is_number(v) for v in value) or value[0] == value[1]:
        reader.problem(path, "domain.def_two_numbers")
        return None
    return (float(value[0]), float(value[1]))


def _read_bands(reader: _Reader, value: Any, path: str, lowest: float | None) -> tuple[Band, ...]:
    if not isinstance(value, list):
        reader.problem(path, "domain.def_must_be_list")
        return ()
    bands: list[Band] = []
    for n, raw in enumerate(value):
        band = reader.obj(raw, f"{path}[{n}]", {"min", "label", "tone"}, ("min", "label"))
        minimum: Any = band.get("min")
        if not _is_number(minimum):
            reader.problem(f"{path}[{n}].min", "domain.def_must_be_number")
            minimum = bands[-1].minimum if bands else 0
        elif bands and minimum <= bands[-1].minimum:
            reader.problem(f"{path}[{n}].min", "domain.def_bands_increase")
        tone = reader.enum(Tone, band.get("tone"), f"{path}[{n}].tone", Tone.NEUTRAL)
        bands.append(Band(minimum=float(minimum), label=reader.text(band.get("label"), f"{path}[{n}].label"),
                          tone=tone))
    if bands and lowest is not None and bands[0].minimum > lowest:
        reader.problem(f"{path}[0].min", "domain.def_lowest_unbanded", format(lowest, 'g'))
    return tuple(bands)
