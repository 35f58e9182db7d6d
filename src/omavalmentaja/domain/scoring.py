"""Scoring a response by its instrument's rules: sum or mean, reversed items, missing answers, rescaling, bands.

Rules, in the order they apply:
- An item's points: the number given (scale, number) or the chosen option's points (single choice).
- A reversed item counts as (lowest + highest - points) of its own range, so 1..5 turns 5 into 1.
- Missing answers (skipped or not yet given) do not count. When fewer than the rule's `needed` items are
  answered, the score is None. A mean is the mean of the answered items; a sum with items missing is
  prorated (mean of answered × number of items), so it stays comparable with a complete sum.
- Rescaling maps the rule's own range linearly onto `rescale` (e.g. a sum of 10 items 1..5 → 0..100).
- Rounding is half up to `decimals`; the band is the last band whose minimum is at or below the score.
All items of one rule share one point range (the definition validator makes sure).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from omavalmentaja.domain.instruments import Band, Instrument, Item, ItemType, ScoreMethod, ScoreRule


@dataclass(frozen=True)
class ScoreResult:
    rule_id: str
    value: float | None
    answered: int
    expected: int
    minimum: float
    maximum: float
    band: Band | None = None

    @property
    def complete(self) -> bool:
        return self.answered == self.expected


def round_half_up(value: float, decimals: int) -> float:
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def item_points(item: Item, value: object) -> float | None:
    """The points of one answer, or None when the item is not scored or the answer gives no points."""
    if value is None or isinstance(value, bool):
        return None
    if item.type in (ItemType.SCALE, ItemType.NUMBER) and isinstance(value, int | float):
        return float(value)
    if item.type == ItemType.SINGLE and isinstance(value, str):
        option = item.option(value)
        return None if option is None or option.points is None else float(option.points)
    return None


def reverse_points(item: Item, points: float) -> float:
    low, high = item.point_range() or (0.0, 0.0)
    return low + high - points


def rule_range(rule: ScoreRule, instrument: Instrument) -> tuple[float, float]:
    """The lowest and highest score the rule can give before rescaling."""
    first = instrument.item(rule.items[0]) if rule.items else None
    low, high = (first.point_range() if first else None) or (0.0, 0.0)
    if rule.method == ScoreMethod.SUM:
        return (low * len(rule.items), high * len(rule.items))
    return (low, high)


def rescale(value: float, source: tuple[float, float], target: tuple[float, float]) -> float:
    low, high = source
    if high == low:
        return target[0]
    return target[0] + (value - low) * (target[1] - target[0]) / (high - low)


def band_for(bands: tuple[Band, ...], value: float | None) -> Band | None:
    if value is None:
        return None
    found = None
    for band in sorted(bands, key=lambda b: b.minimum):
        if value >= band.minimum:
            found = band
    return found


def score_rule(rule: ScoreRule, instrument: Instrument, answers: Mapping[str, object]) -> ScoreResult:
    points = []
    for item_id in rule.items:
        item = instrument.item(item_id)
        value = answers.get(item_id)
        gained = item_points(item, value) if item is not None else None
        if item is None or gained is None:
            continue
        points.append(reverse_points(item, gained) if item_id in rule.reversed else gained)
    low, high = rule_range(rule, instrument)
    shown = rule.rescale or (low, high)
    base = ScoreResult(rule.id, None, len(points), len(rule.items), min(shown), max(shown))
    if not points or len(points) < rule.needed:
        return base
    mean = sum(points) / len(points)
    raw = mean * len(rule.items) if rule.method == ScoreMethod.SUM else mean
    value = rescale(raw, (low, high), rule.rescale) if rule.rescale else raw
    value = round_half_up(value, rule.decimals)
    return ScoreResult(rule.id, value, len(points), len(rule.items), base.minimum, base.maximum,
                       band_for(rule.bands, value))


def score_response(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, ScoreResult]:
    """Every score of the instrument, in the definition's order. `answers` maps item id → value."""
    return {rule.id: score_rule(rule, instrument, answers) for rule in instrument.scores}
