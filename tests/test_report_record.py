"""The monthly report's record figures and its small-cell suppression: cells under 5 never appear in the table or
the CSV (at 4 a cell is hidden, at 5 it is shown), the rule is printed under the table, and the Kykyviisari mean
change is shown only over 5 clients or more."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.client import Client, TargetGroup
from omavalmentaja.services import office
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.instrument_catalog import KYKYVIISARI_RESULTS, get_instrument
from omavalmentaja.services.questionnaires import save_form_response
from omavalmentaja.services.session import Session
from omavalmentaja.sync.report import Figure
from omavalmentaja.sync.report_suppression import shown_counts, shown_mean

START = dt.date(2025, 1, 2)
MONTH = "2025-03"


def test_suppression_at_4_and_5() -> None:
    def shown(*counts: int) -> list[str]:
        return shown_counts([Figure("s", str(n), "", c) for n, c in enumerate(counts)])

    assert shown(4) == ["<5"]
    assert shown(5) == ["5"]
    assert shown(5, 6, 0) == ["5", "6", "0"]
    assert shown(4, 5, 10) == ["<5", "<5", "10"]  # 4 alone could be worked out from the total
    assert shown(1, 4, 9) == ["<5", "<5", "9"]  # hidden 1 + 4 = 5: enough
    assert shown_mean(1.25, 4) == "<5" and shown_mean(1.25, 5) == "+1,2" and shown_mean(None, 0) == "–"


def _clients(session: Session, count: int, group: TargetGroup, municipality: str, born: dt.date) -> list[Client]:
    return [save_client(session, Client(first_name="Asiakas", last_name=f"{municipality}{n}", target_group=group,
                                        municipality=municipality, start_date=START, date_of_birth=born))
            for n in range(count)]


def _work_ability(session: Session, clients: list[Client], before: int, after: int) -> None:
    kykyviisari = get_instrument(session, KYKYVIISARI_RESULTS)
    for client in clients:
        for day, value in ((dt.date(2025, 1, 10), before), (dt.date(2025, 3, 3), after)):
            save_form_response(session, client.id, kykyviisari, day, {
                "kv_form": "standard", "kv_language": "fi", "work_ability": value, "area_c": 5, "area_d": 6,
                "area_e": 7, "area_f": 6, "area_g": 8, "wishes": "", "comment": ""})


def test_the_report_hides_small_cells_in_the_table_and_the_csv(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    with office.create_office(folder, PASSPHRASE) as session:
        young = _clients(session, 4, TargetGroup.UNDER30, "Kajaani", dt.date(2002, 5, 1))
        middle = _clients(session, 5, TargetGroup.IMMIGRANT, "Sotkamo", dt.date(1985, 5, 1))
        _clients(session, 10, TargetGroup.NO_EARNINGS_RELATED, "Kuhmo", dt.date(1985, 5, 1))
        _work_ability(session, young, 4, 6)  # 4 clients followed: the mean is hidden
        report = office.report(session, MONTH)
        assert report.total("kykyviisari_followed") == 4
        assert "<5" in office.report_text(report).split("Kykyviisari: yleisen")[1].splitlines()[1]
        _work_ability(session, middle[:1], 3, 8)  # 5 clients: +2, +2, +2, +2, +5 → +2,6
    table = run_cli("office", "report", "--month", MONTH, data_dir=folder)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    kajaani = next(line for line in lines if "Kajaani" in line)
    sotkamo = next(line for line in lines if "Sotkamo" in line)
    kuhmo = next(line for line in lines if "Kuhmo" in line)
    assert kajaani.endswith("<5") and sotkamo.endswith("<5") and kuhmo.endswith("10")
    assert "alle 25-vuotiaat" in table.stdout and "+2,6" in table.stdout
    assert "alle 5 havainnon solut" in lines[-1]
    exported = run_cli("office", "report", "--month", MONTH, "--csv", data_dir=folder)
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    counts = [r["count"] for r in rows if r["section"] != "suppression_rule"]
    assert not [c for c in counts if c.isdigit() and 0 < int(c) < 5]
    assert {r["count"] for r in rows if r["municipality"] in ("Kajaani", "Sotkamo")} == {"<5"}
    assert rows[-1]["section"] == "suppression_rule" and "<5" in rows[-1]["count"]
    english = run_cli("--lang", "en", "office", "report", "--month", MONTH, data_dir=folder)
    assert "cells under 5 are shown as <5" in english.stdout


def test_unemployment_duration_long_term_and_benefit(tmp_path: Path) -> None:
    from omavalmentaja.domain.client_record import Benefit, ClientRecord
    from omavalmentaja.services.closing import close_client

    with office.create_office(tmp_path / "office", PASSPHRASE) as session:
        def add(since: dt.date | None, benefit: Benefit | None) -> Client:
            return save_client(session, Client(first_name="A", last_name="B", start_date=START,
                                               record=ClientRecord(unemployed_since=since, benefit=benefit)))

        add(dt.date(2024, 3, 31), Benefit.LABOUR_MARKET_SUBSIDY)  # 12 months at 31.3.2025: long-term
        add(dt.date(2024, 4, 1), Benefit.LABOUR_MARKET_SUBSIDY)  # 11 months
        add(dt.date(2025, 1, 15), Benefit.EARNINGS_RELATED)  # 2 months
        add(None, None)
        gone = add(dt.date(2020, 1, 1), Benefit.BASIC_ALLOWANCE)
        close_client(session, gone.id, dt.date(2025, 2, 28), "other")  # out of service all March
        report = office.report(session, MONTH)
    assert report.total("long_term_unemployed") == 1
    assert [report.total("unemployment_duration", band) for band in
            ("under_3_months", "6_11_months", "12_23_months", "24_months_or_more", "unknown")] == [1, 1, 1, 0, 1]
    assert report.total("benefits", "labour_market_subsidy") == 2 and report.total("benefits", "basic_allowance") == 0
    assert "Työmarkkinatuki" in office.report_text(report) and "<5" in office.report_text(report)
