"""Small-cell suppression for every output of the monthly report (table and CSV), so that a small
municipality's figures never identify a person.

The rule (printed under the table and as the CSV's last row): a count of 1–4 is shown as "<5"; when the
hidden counts of a section add up to less than 5, the next smallest counts of that section are hidden too, so
that no hidden count can be worked out from the section's total; a total of 1–4 is shown as "<5"; a mean is
shown only when it rests on at least 5 clients. Zeros are shown: they identify no one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

THRESHOLD = 5
HIDDEN = "<5"


class Cell(Protocol):
    @property
    def section(self) -> str: ...

    @property
    def count(self) -> int: ...


def shown_counts(figures: Sequence[Cell]) -> list[str]:
    """The text of each figure's count, in the order given, with the suppression applied per section."""
    texts = [str(f.count) for f in figures]
    sections: dict[str, list[int]] = {}
    for index, figure in enumerate(figures):
        sections.setdefault(figure.section, []).append(index)
    for indexes in sections.values():
        positive = sorted((i for i in indexes if figures[i].count > 0), key=lambda i: figures[i].count)
        hidden = [i for i in positive if figures[i].count < THRESHOLD]
        visible = [i for i in positive if i not in hidden]
        while hidden and sum(figures[i].count for i in hidden) < THRESHOLD and visible:
            hidden.append(visible.pop(0))  # secondary suppression: the hidden mass must be 5 or more
        for index in hidden:
            texts[index] = HIDDEN
    return texts


def shown_total(total: int) -> str:
    return HIDDEN if 0 < total < THRESHOLD else str(total)


def shown_mean(mean: float | None, clients: int) -> str:
    if mean is None or clients < THRESHOLD:
        return HIDDEN if clients else "–"
    return f"{mean:+.1f}".replace(".", ",")
