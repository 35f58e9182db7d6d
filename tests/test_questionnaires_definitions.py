"""Instrument definitions: the shipped ones are valid; a bad one is refused with EVERY problem listed;
answers are checked against their item."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from omavalmentaja.assets import resources_dir
from omavalmentaja.domain.instruments import FillMode, ItemType, text_in, version_key
from omavalmentaja.domain.instruments_answers import (
    Answer,
    InvalidAnswer,
    Response,
    check_answer,
    first_open_index,
    missing_required,
    progress,
)
from omavalmentaja.domain.instruments_parse import InvalidDefinition, parse_definition

FOLDER = (resources_dir() / "instruments")


def shipped(name: str) -> dict[str, Any]:
    return json.loads(FOLDER.joinpath(f"{name}.json").read_text(encoding="utf-8"))


def problems_of(data: Any) -> list[str]:
    with pytest.raises(InvalidDefinition) as caught:
        parse_definition(data)
    return [str(problem) for problem in caught.value.problems]


def test_kykyviisari_results_definition_holds_what_a_coach_records() -> None:
    instrument = parse_definition(shipped("kykyviisari-results"))
    assert instrument.fill == FillMode.FORM and not instrument.not_kykyviisari
    ids = [i.id for i in instrument.items]
    assert ids == ["kv_form", "kv_language", "work_ability", "area_c", "area_d", "area_e", "area_f", "area_g",
                   "wishes", "comment"]
    work = instrument.item("work_ability")
    assert work is not None and (work.minimum, work.maximum) == (0, 10) and work.required
    assert "10" in text_in(work.help, "en") and "best" in text_in(work.help, "en")
    assert [o.value for o in instrument.item("kv_form").options] == ["standard", "selko"]  # type: ignore[union-attr]
    assert [s.id for s in instrument.scores] == ["work_ability", "area_c", "area_d", "area_e", "area_f", "area_g"]
    assert instrument.links and instrument.links[0].url.startswith("https://")
    assert "Työterveyslaitos" in text_in(instrument.licence.notice, "fi")


def test_sample_instrument_is_short_trilingual_and_labelled_not_kykyviisari() -> None:
    instrument = parse_definition(shipped("oma-tilanne"))
    assert instrument.not_kykyviisari and instrument.fill == FillMode.HANDOVER
    assert 9 <= len(instrument.items) <= 12
    for lang, words in (("fi", "ei Kykyviisari"), ("sv", "inte Kykyviisari"), ("en", "not Kykyviisari")):
        assert words in instrument.title[lang]
    for item in instrument.items:
        assert {"fi", "sv", "en"} <= set(item.text)
    assert {i.type for i in instrument.items} == set(ItemType) - {ItemType.NUMBER}
    assert any(not i.required for i in instrument.items)
    assert any(rule.reversed for rule in instrument.scores)


def test_the_schema_file_names_the_same_item_types_as_the_engine() -> None:
    schema = json.loads(FOLDER.joinpath("instrument.schema.json").read_text(encoding="utf-8"))
    assert set(schema["$defs"]["item"]["properties"]["type"]["enum"]) == {t.value for t in ItemType}
    assert schema["properties"]["format"]["const"] == "omavalmentaja-instrument/1"


def test_a_bad_definition_lists_every_problem_not_only_the_first() -> None:
    data = shipped("oma-tilanne")
    data["version"] = "one"
    data["colour"] = "blue"
    data["sections"][0]["items"][1]["id"] = "sleep"  # duplicate item id
    data["sections"][0]["items"][2]["type"] = "slider"
    del data["sections"][1]["items"][0]["text"]["sv"]
    data["sections"][1]["items"][3]["options"] = [{"value": "only", "text": {"fi": "a", "sv": "b", "en": "c"}}]
    data["scores"][0]["items"].append("no_such_item")
    data["scores"][0]["reversed"] = ["anything_else"]
    data["scores"][1]["bands"][1]["min"] = 2
    data["licence"] = {"name": ""}
    problems = problems_of(data)
    expected = ["$.version", "$.colour", "$.sections[0].items[1].id", "$.sections[0].items[2].type",
                "$.sections[1].items[0].text.sv", "$.sections[1].items[3].options", "$.scores[0].items",
                "$.scores[0].reversed", "$.scores[1].bands[1].min", "$.licence.name"]
    for path in expected:
        assert any(p.startswith(path + ":") for p in problems), (path, problems)
    assert len(problems) >= len(expected)


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d.update(format="other/9"), "$.format"),
    (lambda d: d.update(id="Has Spaces"), "$.id"),
    (lambda d: d.update(languages=["sv", "en"]), "$.languages"),
    (lambda d: d.update(fill="paper"), "$.fill"),
    (lambda d: d.update(links=[{"url": "http://plain.example", "title": {"fi": "x", "sv": "x", "en": "x"}}]),
     "$.links[0].url"),
    (lambda d: d.update(sections=[]), "$.sections"),
    (lambda d: d["sections"][0]["items"][0].update(min=5, max=1), "$.sections[0].items[0].max"),
    (lambda d: d["sections"][0]["items"][0].update(max=40), "$.sections[0].items[0].max"),
    (lambda d: d["sections"][0]["items"][0].update(min=1.5), "$.sections[0].items[0].min"),
    (lambda d: d["sections"][0]["items"][0]["anchors"].update({"9": {"fi": "x", "sv": "x", "en": "x"}}),
     "$.sections[0].items[0].anchors.9"),
    (lambda d: d["sections"][0]["items"][0].update(options=[]), "$.sections[0].items[0].options"),
    (lambda d: d["sections"][0]["items"][0].update(required="yes"), "$.sections[0].items[0].required"),
    (lambda d: d["sections"][1]["items"][5].update(max_length=0), "$.sections[1].items[5].max_length"),
    (lambda d: d["sections"][1]["items"][5].update(options=[]), "$.sections[1].items[5].options"),  # not for text
    (lambda d: d["sections"][1]["items"][4]["options"][1].update(value="job_search"),
     "$.sections[1].items[4].options[1].value"),
    (lambda d: d["sections"][1]["items"][3]["options"][0].update(points="3"),
     "$.sections[1].items[3].options[0].points"),
    (lambda d: d["scores"][0].update(method="median"), "$.scores[0].method"),
    (lambda d: d["scores"][0].update(rescale=[5, 5]), "$.scores[0].rescale"),
    (lambda d: d["scores"][0].update(min_answered=9), "$.scores[0].min_answered"),
    (lambda d: d["scores"][0].update(items=["sleep", "hours"]), "$.scores[0].items"),  # no points on options
    (lambda d: d["scores"][0].update(items=["sleep", "anything_else"]), "$.scores[0].items"),  # text item
    (lambda d: d["scores"][0]["bands"][0].update(min=1), "$.scores[0].bands[0].min"),  # lowest 0 has no band
    (lambda d: d["scores"][0]["bands"][0].update(tone="red"), "$.scores[0].bands[0].tone"),
    (lambda d: d["scores"].append(copy.deepcopy(d["scores"][0])), "$.scores[2].id"),
])
def test_each_kind_of_problem_is_named_by_its_path(change: Any, path: str) -> None:
    data = shipped("oma-tilanne")
    change(data)
    problems = problems_of(data)
    assert any(p.startswith(path + ":") for p in problems), problems


def test_score_items_must_share_one_point_range() -> None:
    data = shipped("oma-tilanne")
    data["sections"][0]["items"][0].update(min=0, max=10, anchors={})
    assert any("pisteväli" in p for p in problems_of(data))


def test_non_object_inputs_are_refused_cleanly() -> None:
    assert problems_of([]) == ["$: pitää olla objekti"] + problems_of([])[1:]
    assert len(problems_of({"format": "omavalmentaja-instrument/1"})) >= 6  # every required field named


def test_version_keys_sort_numerically() -> None:
    assert sorted(["1.10", "1.9", "2", "1.2.3"], key=version_key) == ["1.2.3", "1.9", "1.10", "2"]


def test_text_in_falls_back_to_finnish_then_any() -> None:
    assert text_in({"fi": "Hei", "sv": "Hej"}, "sv") == "Hej"
    assert text_in({"fi": "Hei", "sv": "Hej"}, "en") == "Hei"
    assert text_in({"en": "Hi"}, "sv") == "Hi"
    assert text_in({}, "fi") == ""


@pytest.fixture
def sample():  # type: ignore[no-untyped-def]
    return parse_definition(shipped("oma-tilanne"))


def test_check_answer_normalises_or_refuses(sample) -> None:  # type: ignore[no-untyped-def]
    kv = parse_definition(shipped("kykyviisari-results"))
    assert check_answer(sample.item("sleep"), 4) == 4
    assert check_answer(sample.item("sleep"), "4") == 4
    for bad in (0, 6, 2.5, "x", True):
        with pytest.raises(InvalidAnswer):
            check_answer(sample.item("sleep"), bad)
    assert check_answer(kv.item("area_c"), "7,5") == 7.5
    with pytest.raises(InvalidAnswer):
        check_answer(kv.item("area_c"), 7.55)
    with pytest.raises(InvalidAnswer):
        check_answer(kv.item("work_ability"), 10.5)
    assert check_answer(sample.item("hours"), "full") == "full"
    with pytest.raises(InvalidAnswer):
        check_answer(sample.item("hours"), "lots")
    assert check_answer(sample.item("support_wanted"), ["money", "job_search", "money"]) == ["job_search", "money"]
    with pytest.raises(InvalidAnswer):
        check_answer(sample.item("support_wanted"), ["cars"])
    assert check_answer(sample.item("anything_else"), "  hei  ") == "hei"
    assert check_answer(sample.item("anything_else"), "   ") is None
    with pytest.raises(InvalidAnswer):
        check_answer(sample.item("anything_else"), "x" * 2001)
    for empty in (None, "", []):
        assert check_answer(sample.item("sleep"), empty) is None


def test_progress_resume_point_and_missing_required(sample) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    response = Response(client_id="c", instrument_id=sample.id, instrument_version=sample.version,
                        responded_on=dt.date(2026, 11, 23))
    assert first_open_index(sample, response) == 0 and progress(sample, response) == (0, 11)
    response.answers["sleep"] = Answer("sleep", 3)
    response.answers["routine"] = Answer("routine", None, skipped=True)
    assert first_open_index(sample, response) == 2
    assert progress(sample, response) == (2, 11)
    assert "routine" in missing_required(sample, response) and "sleep" not in missing_required(sample, response)
    assert "health" not in missing_required(sample, response)  # optional
    assert response.values() == {"sleep": 3}
