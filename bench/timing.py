"""Timing helpers: medians and percentiles of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed_ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def samples_ms(fn: Callable[[], Any], repeat: int) -> list[float]:
    return [timed_ms(fn) for _ in range(repeat)]


def median_ms(fn: Callable[[], Any], repeat: int = 5) -> float:
    return statistics.median(samples_ms(fn, repeat))


def paired_medians_ms(fn: Callable[[], Any], floor: Callable[[], Any], repeat: int = 5) -> tuple[float, float]:
    """Medians of fn and of its floor, run in turns (fn, floor, floor, fn, fn, floor…: each goes first as often):
    a machine that slows down or speeds up during the run moves both alike, so their ratio does not drift."""
    return paired_sample_medians(lambda: timed_ms(fn), lambda: timed_ms(floor), repeat)


def paired_sample_medians(sample: Callable[[], float], floor: Callable[[], float],
                          repeat: int = 5) -> tuple[float, float]:
    """Like paired_medians_ms, for workloads that measure themselves: each call returns its own time."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(repeat):
        for side in ((0, 1) if run % 2 == 0 else (1, 0)):
            times[side].append((sample, floor)[side]())
    return statistics.median(times[0]), statistics.median(times[1])


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def fresh_median_ms(setup: Callable[[], Any], run: Callable[[Any], Any], repeat: int = 3) -> float:
    """Median of run(setup()) where only run is timed: for writes that need a new target each time."""
    times = []
    for _ in range(repeat):
        target = setup()
        start = time.perf_counter()
        run(target)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
