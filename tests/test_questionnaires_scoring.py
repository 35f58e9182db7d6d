"""Scoring: sum and mean, reversed items, missing answers, rescaling, rounding and bands — pure domain code."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omavalmentaja.domain.instruments import Instrument
from omavalmentaja.domain.instruments_parse import parse_definition
from omavalmentaja.domain.scoring import band_for, rescale, round_half_up, score_response, score_rule


def fi(text: str) -> dict[str, str]:
    return {"fi": text}


def scale(item_id: str, low: int = 1, high: int = 5, required: bool = True) -> dict[str, Any]:
    return {"id": item_id, "type": "scale", "min": low, "max": high, "text": fi(item_id), "required": required}


def make(items: list[dict[str, Any]], *scores: dict[str, Any]) -> Instrument:
    return parse_definition({
        "format": "omavalmentaja-instrument/1", "id": "t", "version": "1", "languages": ["fi"],
        "title": fi("T"), "licence": {"name": "test"},
        "sections": [{"id": "s", "title": fi("S"), "items": items}], "scores": list(scores)})


def rule(rule_id: str, items: list[str], **extra: Any) -> dict[str, Any]:
    return {"id": rule_id, "title": fi(rule_id), "items": items, **extra}


FIVE = [scale(f"q{n}") for n in range(1, 6)]


def test_mean_of_all_answers() -> None:
    instrument = make(FIVE, rule("m", [f"q{n}" for n in range(1, 6)], method="mean", decimals=2))
    result = score_response(instrument, {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "q5": 5})["m"]
    assert result.value == 3.0
    assert (result.answered, result.expected, result.complete) == (5, 5, True)
    assert (result.minimum, result.maximum) == (1.0, 5.0)


def test_sum_of_all_answers_and_its_range() -> None:
    instrument = make(FIVE, rule("s", [f"q{n}" for n in range(1, 6)], method="sum", decimals=0))
    result = score_response(instrument, {"q1": 5, "q2": 5, "q3": 4, "q4": 1, "q5": 2})["s"]
    assert result.value == 17
    assert (result.minimum, result.maximum) == (5.0, 25.0)


def test_reversed_items_count_from_the_other_end_of_their_own_range() -> None:
    items = [scale("a", 1, 5), scale("b", 1, 5), scale("c", 1, 5)]
    instrument = make(items, rule("s", ["a", "b", "c"], method="sum", reversed=["b", "c"], decimals=0))
    assert score_response(instrument, {"a": 5, "b": 5, "c": 1})["s"].value == 5 + 1 + 5
    assert score_response(instrument, {"a": 1, "b": 1, "c": 5})["s"].value == 1 + 5 + 1
    zero_based = make([scale("z", 0, 10), scale("y", 0, 10)], rule("m", ["z", "y"], reversed=["z"], decimals=1))
    assert score_response(zero_based, {"z": 3, "y": 3})["m"].value == (7 + 3) / 2


def test_reversed_single_choice_uses_option_points() -> None:
    single = {"id": "x", "type": "single", "text": fi("x"), "options": [
        {"value": "never", "text": fi("n"), "points": 0}, {"value": "often", "text": fi("o"), "points": 2},
        {"value": "some", "text": fi("s"), "points": 1}]}
    instrument = make([single], rule("r", ["x"], reversed=["x"], decimals=0), rule("p", ["x"], decimals=0))
    scores = score_response(instrument, {"x": "often"})
    assert scores["p"].value == 2 and scores["r"].value == 0
    assert score_response(instrument, {"x": "some"})["r"].value == 1


def test_missing_answers_below_the_minimum_give_no_score() -> None:
    instrument = make(FIVE, rule("m", [f"q{n}" for n in range(1, 6)], min_answered=4))
    result = score_response(instrument, {"q1": 3, "q2": 3, "q3": 3})["m"]
    assert result.value is None and result.answered == 3 and result.band is None
    assert score_response(instrument, {})["m"].value is None


def test_default_needs_every_item() -> None:
    instrument = make(FIVE, rule("m", [f"q{n}" for n in range(1, 6)]))
    assert score_response(instrument, {"q1": 3, "q2": 3, "q3": 3, "q4": 3})["m"].value is None
    assert score_response(instrument, {f"q{n}": 3 for n in range(1, 6)})["m"].value == 3.0


def test_mean_with_missing_answers_is_the_mean_of_those_given() -> None:
    instrument = make(FIVE, rule("m", [f"q{n}" for n in range(1, 6)], min_answered=3, decimals=2))
    result = score_response(instrument, {"q1": 2, "q3": 4, "q5": 5})["m"]
    assert result.value == round_half_up(11 / 3, 2) == 3.67
    assert not result.complete


def test_sum_with_missing_answers_is_prorated() -> None:
    instrument = make(FIVE, rule("s", [f"q{n}" for n in range(1, 6)], method="sum", min_answered=4, decimals=1))
    assert score_response(instrument, {"q1": 4, "q2": 4, "q3": 4, "q4": 4})["s"].value == 20.0
    assert score_response(instrument, {"q1": 1, "q2": 2, "q3": 3, "q4": 5})["s"].value == 13.8  # 11 * 5/4 = 13.75


def test_skipped_and_unscorable_answers_do_not_count() -> None:
    instrument = make(FIVE, rule("m", ["q1", "q2"], min_answered=1))
    assert score_response(instrument, {"q1": None, "q2": 4})["m"].value == 4.0
    assert score_response(instrument, {"q1": True, "q2": 2})["m"].answered == 1  # a bool is not a number
    assert score_response(instrument, {"q1": "4"})["m"].value is None  # text is not scored as a number


def test_rescaling_maps_the_rule_range_linearly() -> None:
    instrument = make(FIVE, rule("r", [f"q{n}" for n in range(1, 6)], method="sum", rescale=[0, 100], decimals=1))
    assert score_response(instrument, {f"q{n}": 1 for n in range(1, 6)})["r"].value == 0
    assert score_response(instrument, {f"q{n}": 5 for n in range(1, 6)})["r"].value == 100
    assert score_response(instrument, {f"q{n}": 3 for n in range(1, 6)})["r"].value == 50
    result = score_response(instrument, {"q1": 2, "q2": 3, "q3": 3, "q4": 3, "q5": 3})["r"]
    assert result.value == 45.0  # (14 - 5) / 20 * 100
    assert (result.minimum, result.maximum) == (0.0, 100.0)


def test_rescaling_may_turn_the_scale_around() -> None:
    instrument = make(FIVE[:2], rule("r", ["q1", "q2"], rescale=[10, 0], decimals=1))
    assert score_response(instrument, {"q1": 1, "q2": 1})["r"].value == 10
    assert score_response(instrument, {"q1": 5, "q2": 4})["r"].value == 1.3  # 4.5 → 10 - 3.5*2.5 = 1.25 → 1.3


def test_rescaling_with_prorating_and_reversal_together() -> None:
    items = [scale("a", 0, 4), scale("b", 0, 4), scale("c", 0, 4), scale("d", 0, 4)]
    instrument = make(items, rule("x", ["a", "b", "c", "d"], method="sum", reversed=["d"], rescale=[0, 10],
                                  min_answered=3, decimals=2))
    # a=4, b=2, d=0 → reversed 4; sum 10 over 3 items → prorated 13.333; range 0..16 → 8.33
    assert score_response(instrument, {"a": 4, "b": 2, "d": 0})["x"].value == 8.33


def test_rounding_is_half_up_not_bankers() -> None:
    assert round_half_up(2.5, 0) == 3
    assert round_half_up(3.5, 0) == 4
    assert round_half_up(1.25, 1) == 1.3
    assert round_half_up(1.35, 1) == 1.4
    assert round_half_up(-0.5, 0) == -1


BANDED = rule("b", ["q1"], decimals=1, bands=[
    {"min": 1, "label": fi("low"), "tone": "concern"}, {"min": 2.5, "label": fi("mid")},
    {"min": 4, "label": fi("high"), "tone": "good"}])


@pytest.mark.parametrize(("answer", "label", "tone"), [
    (1, "low", "concern"), (2, "low", "concern"), (3, "mid", "neutral"), (4, "high", "good"), (5, "high", "good")])
def test_bands_pick_the_last_band_at_or_below_the_score(answer: int, label: str, tone: str) -> None:
    result = score_response(make(FIVE, BANDED), {"q1": answer})["b"]
    assert result.band is not None
    assert result.band.label["fi"] == label and result.band.tone == tone


def test_band_boundaries_are_inclusive_at_the_minimum() -> None:
    bands = make(FIVE, BANDED).scores[0].bands
    assert band_for(bands, 2.5) is bands[1]
    assert band_for(bands, 2.4999) is bands[0]
    assert band_for(bands, 0.5) is None
    assert band_for(bands, None) is None


def test_bands_apply_to_the_rescaled_rounded_value() -> None:
    instrument = make(FIVE[:2], rule("r", ["q1", "q2"], rescale=[0, 10], decimals=0, bands=[
        {"min": 0, "label": fi("a")}, {"min": 5, "label": fi("b")}]))
    result = score_response(instrument, {"q1": 2, "q2": 4})["r"]  # mean 3 → 5.0
    assert result.value == 5 and result.band is not None and result.band.label["fi"] == "b"


def test_number_items_score_their_value() -> None:
    number = {"id": "wa", "type": "number", "min": 0, "max": 10, "decimals": 1, "text": fi("wa")}
    instrument = make([number], rule("wa", ["wa"], decimals=1))
    assert score_response(instrument, {"wa": 7.5})["wa"].value == 7.5


def test_scores_follow_the_definition_order() -> None:
    instrument = make(FIVE, rule("z", ["q1"]), rule("a", ["q2"]))
    assert list(score_response(instrument, {"q1": 1, "q2": 2})) == ["z", "a"]


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=5, max_size=5),
       st.sets(st.sampled_from([f"q{n}" for n in range(1, 6)])))
def test_rescaled_scores_always_stay_within_the_target_range(values: list[int], reversed_ids: set[str]) -> None:
    instrument = make(FIVE, rule("r", [f"q{n}" for n in range(1, 6)], method="sum", rescale=[0, 100],
                                 reversed=sorted(reversed_ids), min_answered=1, decimals=3))
    answers = {f"q{n}": v for n, v in enumerate(values, start=1) if v != 3}  # some missing
    result = score_rule(instrument.scores[0], instrument, answers)
    if answers:
        assert result.value is not None and 0 <= result.value <= 100
    else:
        assert result.value is None


def test_rescale_of_a_degenerate_range_gives_the_target_low() -> None:
    assert rescale(3, (3, 3), (0, 10)) == 0
