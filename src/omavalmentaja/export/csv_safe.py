"""CSV the program writes, safe to open in a spreadsheet: every text cell that a spreadsheet would read as a
formula (OWASP's CSV injection rule: a cell starting with =, +, -, @, a tab or a carriage return) gets a
single quote in front, so that it stays text. Every CSV the program writes goes through csv_text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell that cannot start a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """The rows as CSV text (comma-separated, "\\n" line ends), every cell passed through safe_cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # The csv module quotes a field holding "\n" (the line end) but not one holding a lone "\r", which a reader
    # takes as a line end: "\r@" would come back as a cell "@". A row with one is written with every field quoted.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        cells = [safe_cell(cell) for cell in row]
        (quoted if any(isinstance(c, str) and "\r" in c for c in cells) else writer).writerow(cells)
    return buffer.getvalue()
