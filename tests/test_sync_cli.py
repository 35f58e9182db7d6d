"""The sync and office commands as a user runs them: exit codes, one-line refusals, no tracebacks."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from conftest import PASSPHRASE, run_cli
from omavalmentaja.services.session import Session


def _ok(*args: str, data_dir: Path) -> str:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _refused(*args: str, data_dir: Path) -> str:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines()  # the usage lines argparse prints before its error
             if line.strip() and not line.startswith(("usage:", "käyttö:", " "))]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_office_and_coach_commands(tmp_path: Path) -> None:
    office, coach = tmp_path / "office", tmp_path / "coach"
    key_file, bundle, receipt = tmp_path / "office.omvkey", tmp_path / "b1.omvb", tmp_path / "r1.omvb"
    office_fp = _ok("office", "init", "--name", "Pirkanmaan toimisto", data_dir=office).split()[-1]
    assert office_fp in _ok("office", "enrol-file", "--out", str(key_file), data_dir=office)
    assert office_fp in _ok("device", data_dir=office)
    _ok("init", data_dir=coach)
    enrolled = _ok("enrol", str(key_file), "--coach", "Venla", "--fingerprint", office_fp.lower().replace("-", " "),
                   data_dir=coach)
    assert office_fp in enrolled and "Pirkanmaan toimisto" in enrolled
    device_lines = _ok("device", data_dir=coach).splitlines()
    device_fp = next(line.split()[-1] for line in device_lines if line.startswith("Sormenjälki"))
    assert device_fp in enrolled
    _ok("demo-data", "--clients", "3", data_dir=coach)
    assert "b1.omvb" in _ok("sync", "export", "--out", str(bundle), data_dir=coach)

    unknown = _refused("office", "import", str(bundle), data_dir=office)
    assert device_fp in unknown and "--trust" in unknown
    imported = _ok("office", "import", str(bundle), "--trust", device_fp.lower(), "--receipt-out", str(receipt),
                   data_dir=office)
    assert "tuotu" in imported and receipt.exists()
    assert "jo tuotu" in _ok("office", "import", str(bundle), data_dir=office)
    assert "kuitattu" in _ok("sync", "import", str(receipt), data_dir=coach)
    assert "Venla" in _ok("office", "devices", data_dir=office)

    report = _ok("office", "report", "--month", dt.date.today().strftime("%Y-%m"), "--csv", data_dir=office)
    rows = list(csv.DictReader(io.StringIO(report)))
    first_of_month = dt.date.today().replace(day=1).isoformat()
    with Session.unlock(coach, PASSPHRASE) as laptop:  # in service: not closed before the month began
        expected = laptop.db.query_one("SELECT count(*) FROM clients WHERE closed_on IS NULL OR closed_on >= ?",
                                       (first_of_month,))[0]
    shown = [r["count"] for r in rows if r["section"] == "clients"]
    assert expected < 5 and shown and set(shown) == {"<5"}  # a handful of demo clients: every cell suppressed
    assert "Kuukausiraportti" in _ok("office", "report", "--month", dt.date.today().strftime("%Y-%m"),
                                     data_dir=office)

    (tmp_path / "junk.omvb").write_bytes(bundle.read_bytes()[:100])
    assert "katkennut" in _refused("office", "import", str(tmp_path / "junk.omvb"), data_dir=office)
    assert "toiselle laitteelle" in _refused("sync", "import", str(bundle), data_dir=coach)
    assert "VVVV-KK" in _refused("office", "report", "--month", "2026-13", data_dir=office)
    assert "ei ole toimiston" in _refused("office", "assign", "no-such-client", "--to", "Venla", data_dir=office)
    assert "office" in _refused("sync", "export", "--out", str(tmp_path / "x.omvb"), data_dir=office)


def test_device_names_the_coach_or_says_there_is_no_name(tmp_path: Path) -> None:
    coach = tmp_path / "coach"
    _ok("init", data_dir=coach)
    assert "Valmentaja: ei nimeä (plan print-settings --coach-name" in _ok("device", data_dir=coach)
    _ok("plan", "print-settings", "--coach-name", "Veera Valmentaja", data_dir=coach)
    assert "Valmentaja: Veera Valmentaja" in _ok("device", data_dir=coach).splitlines()
