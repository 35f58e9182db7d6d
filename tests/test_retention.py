"""Retention: the office's retention period reaches the laptops with its receipts, erasure for the end of retention
is refused (one line, exit 2, with the date it is allowed from) until the closing date plus the period has passed,
and the retention view lists the clients past retention on a laptop and at the office."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import run_cli
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.domain.retention import add_months, erasable_from
from omavalmentaja.services import office, sync
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.closing import close_client
from omavalmentaja.services.retention import past_retention, retention_setting, set_office_retention
from omavalmentaja.services.session import Session
from sync_support import make_coach, make_office


def _closed(session: Session, last: str, start: dt.date, closed: dt.date) -> Client:
    client = save_client(session, Client(first_name="Aino", last_name=last, start_date=start))
    return close_client(session, client.id, closed, ExitReason.EDUCATION)


def test_months_are_added_by_the_calendar() -> None:
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert erasable_from(dt.date(2020, 12, 31), 60) == dt.date(2026, 1, 1)


def test_the_office_period_reaches_the_laptop_and_governs_erasure(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aino")
    old = _closed(coach, "Vanha", dt.date(2019, 3, 1), dt.date(2020, 1, 15))
    recent = _closed(coach, "Tuore", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert retention_setting(coach).months is None and past_retention(coach) == []
    coach_dir, office_dir = coach.vault.folder, office_session.vault.folder
    coach.lock()
    unknown = run_cli("client", "erase", old.id, "--reason", "retention_ended", data_dir=coach_dir)
    assert unknown.returncode == 2 and "ei ole vielä tullut" in unknown.stderr
    assert "ei vielä saatu toimistolta" in run_cli("client", "retention", data_dir=coach_dir).stdout

    assert run_cli("office", "retention", "--months", "0", data_dir=office_dir).returncode == 2
    assert run_cli("retention", data_dir=coach_dir).returncode == 2  # not a command of its own
    office_session.lock()
    set_result = run_cli("office", "retention", "--months", "72", data_dir=office_dir)
    assert set_result.returncode == 0 and "72 kuukautta" in set_result.stdout
    refused = run_cli("office", "retention", "--months", "72", data_dir=coach_dir)
    assert refused.returncode == 2 and "toimiston holvi" in refused.stderr

    with Session.unlock(coach_dir, "kaksi kissaa ja koira 2026") as laptop, \
            Session.unlock(office_dir, "kaksi kissaa ja koira 2026") as central:
        sync.export_bundle(laptop, tmp_path / "1.omvb")
        office.import_bundle(central, tmp_path / "1.omvb", sync.device_info(laptop).fingerprint,
                             tmp_path / "1-receipt.omvb")
        sync.import_bundle(laptop, tmp_path / "1-receipt.omvb")
        assert retention_setting(laptop).months == 72 and retention_setting(laptop).from_office
        assert [r.client_id for r in past_retention(central)] == [old.id]  # the office's own view
    view = run_cli("client", "retention", "--json", data_dir=coach_dir)
    listed = json.loads(view.stdout)
    assert listed["retention_months"] == 72
    assert [(c["id"], c["erasable_from"]) for c in listed["clients"]] == [(old.id, "2026-01-16")]

    too_early = run_cli("client", "erase", recent.id, "--reason", "retention_ended", data_dir=coach_dir)
    assert too_early.returncode == 2 and "1.7.2031" in too_early.stderr and "\n" not in too_early.stderr.strip()
    english = run_cli("--lang", "en", "client", "erase", recent.id, "--reason", "retention_ended", data_dir=coach_dir)
    assert "erasure is allowed from 1.7.2031" in english.stderr
    erased = run_cli("client", "erase", old.id, "--reason", "retention_ended", data_dir=coach_dir)
    assert erased.returncode == 0 and "toimisto päättää" in erased.stdout.lower()
    with Session.unlock(coach_dir, "kaksi kissaa ja koira 2026") as laptop:
        assert [c.id for c in [laptop.clients.get(recent.id)]] == [recent.id]
        assert laptop.db.query("SELECT 1 FROM clients WHERE id = ?", (old.id,)) == []


def test_an_open_client_cannot_be_erased_for_retention(session: Session) -> None:
    client = save_client(session, Client(first_name="Aino", last_name="Avoin"))
    folder = session.vault.folder
    session.lock()
    result = run_cli("client", "erase", client.id, "--reason", "retention_ended", data_dir=folder)
    assert result.returncode == 2 and "ei ole päättynyt" in result.stderr


def test_the_app_shows_the_period_and_the_clients_past_retention(qtbot, tmp_path: Path, session: Session) -> None:
    from omavalmentaja.ui.retention_box import RetentionBox

    laptop = RetentionBox(session)
    qtbot.addWidget(laptop)
    assert "ei vielä saatu toimistolta" in laptop.setting.text()
    with office.create_office(tmp_path / "office", "kaksi kissaa ja koira 2026") as central:
        old = _closed(central, "Vanha", dt.date(2019, 3, 1), dt.date(2020, 1, 15))
        _closed(central, "Tuore", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
        box = RetentionBox(central)
        qtbot.addWidget(box)
        assert "60 kuukautta" in box.setting.text() and "oletus" in box.setting.text()
        assert box.clients.count() == 1 and "Vanha" in box.clients.item(0).text()
        assert "16.1.2025" in box.clients.item(0).text()
        set_office_retention(central, 120)
        box.refresh()
        assert "120 kuukautta" in box.setting.text() and "Vanha" not in box.clients.item(0).text()
        assert old.id
