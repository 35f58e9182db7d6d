"""The service model end to end: CSV columns, marking meetings, `omavalmentaja due`, and the migration."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.domain.service_model import Conversation, ObligationStatus
from omavalmentaja.errors import UserError
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.session import Session
from omavalmentaja.store import db as store_db
from omavalmentaja.store.db import new_id

CSV = ("etunimi;sukunimi;ilmoittautunut;työnhakuvelvollisuus;haettavia_kuukaudessa;velvollisuuden_peruste;"
       "tarkastelujakso\n"
       "Aino;Virtanen;25.3.2024;täysi;;;1\n"
       "Bo;Ek;2024-12-27;alennettu;2;osa-aikatyö;3\n"
       "Cecilia;Uusi;;;;;\n")


def _ids(vault: Path) -> dict[str, str]:
    with Session.unlock(vault, PASSPHRASE) as session:
        return {r.first_name: r.id for r in session.clients.list_rows()}


def test_csv_due_and_json(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    (tmp_path / "c.csv").write_text(CSV, encoding="utf-8")
    assert run_cli("client", "import", str(tmp_path / "c.csv"), data_dir=vault).returncode == 0
    ids = _ids(vault)
    with Session.unlock(vault, PASSPHRASE) as session:
        bo = session.clients.get(ids["Bo"])
        assert (bo.registered_on, bo.obligation_status, bo.obligation_per_month, bo.obligation_review_months) == \
            (dt.date(2024, 12, 27), ObligationStatus.REDUCED, 2, 3)
        save_meeting(session, Meeting(ids["Aino"], dt.datetime(2024, 4, 3, 10), fulfils=Conversation.INITIAL_INTERVIEW))
    result = run_cli("--lang", "en", "due", "--on", "2025-01-10", "--json", data_dir=vault)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    bo_rows = [r for r in rows if r["client_id"] == ids["Bo"]]
    # Bo registered Fri 27.12.2024: 5 working days (1.1. and 6.1. skipped) → 7.1.2025, 3 days overdue on 10.1.
    assert bo_rows[0] == {"client_id": ids["Bo"], "client_name": "Bo Ek", "what": "initial_interview",
                          "label": "Initial interview", "due_on": "2025-01-07", "overdue_days": 3,
                          "rules_version": "2022-05-02", "applications": None, "applications_required": None}
    assert not [r for r in rows if r["client_id"] == ids["Cecilia"]]
    aino = [r for r in rows if r["client_id"] == ids["Aino"]]
    assert {r["what"] for r in aino} >= {"obligation_short"}  # no applications reported in the last period
    text = run_cli("due", "--on", "2025-01-10", data_dir=vault)
    assert "Alkuhaastattelu  7.1.2025  myöhässä 3 pv" in text.stdout


def test_bad_input_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    run_cli("init", data_dir=vault)
    result = run_cli("--lang", "en", "due", "--on", "10.1.2025", data_dir=vault)
    assert result.returncode == 2 and result.stderr.strip().endswith("is not in the form YYYY-MM-DD")
    (tmp_path / "bad.csv").write_text("etunimi;sukunimi;työnhakuvelvollisuus;haettavia_kuukaudessa\n"
                                      "A;B;alennettu;7\nC;D;jotain;\n", encoding="utf-8")
    bad = run_cli("--lang", "en", "client", "import", str(tmp_path / "bad.csv"), data_dir=vault)
    assert bad.returncode == 2
    assert "line 2" in bad.stderr and "0–3" in bad.stderr and "reason" in bad.stderr
    assert "line 3" in bad.stderr and "unknown job-search obligation 'jotain'" in bad.stderr
    assert _ids(vault) == {}


def test_client_obligation_rules_in_the_service(session: Session) -> None:
    from omavalmentaja.domain.client import Client

    client = Client("Aino", "Virtanen", obligation_status=ObligationStatus.NONE)
    with pytest.raises(UserError, match="peruste puuttuu"):
        save_client(session, client)
    client.obligation_reason = "sairausloma"
    client.registered_on = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(UserError, match="tulevaisuudessa"):
        save_client(session, client)


def test_a_vault_of_the_previous_schema_migrates(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = store_db.migrations()
    mine = next(n for n, name, _ in shipped if name.endswith("_service_model.sql"))
    with monkeypatch.context() as patch:
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < mine])
        with Session.create(vault_dir, PASSPHRASE) as old:  # rows as the previous program wrote them
            client_id = write_old_client(old, "Vanha")
            old.db.execute("INSERT INTO meetings(id, created_at, updated_at, device_id, version, change_seq, "
                           "client_id, starts_at, kind) VALUES (?, 'x', 'x', ?, 1, 2, ?, '2025-03-01T09:00', "
                           "'phone')", (new_id(), old.device_id, client_id))
            assert old.db.schema_version == mine - 1
    with Session.unlock(vault_dir, PASSPHRASE) as new:
        carried = new.clients.get(client_id)
        assert (carried.first_name, carried.registered_on, carried.obligation_status) == ("Vanha", None, None)
        assert new.meetings.for_client(client_id)[0].fulfils is None
        assert new.db.query_one("SELECT count(*) FROM job_applications")[0] == 0


def write_old_client(session: Session, first_name: str) -> str:
    """A client row with only the columns every schema since the first has."""
    client_id = new_id()
    session.db.execute("INSERT INTO clients(id, created_at, updated_at, device_id, version, change_seq, first_name, "
                       "last_name) VALUES (?, '2025-01-01T00:00:00', '2025-01-01T00:00:00', ?, 1, 1, ?, 'Asiakas')",
                       (client_id, session.device_id, first_name))
    return client_id


def test_demo_data_carries_the_service_model(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    run_cli("init", data_dir=vault)
    assert run_cli("demo-data", "--clients", "25", data_dir=vault).returncode == 0
    with Session.unlock(vault, PASSPHRASE) as session:
        registered = session.db.query_one("SELECT count(*) FROM clients WHERE registered_on IS NOT NULL")[0]
        marked = session.db.query_one("SELECT count(*) FROM meetings WHERE fulfils = 'initial_interview'")[0]
    assert registered == 25 and marked > 0
    result = run_cli("due", "--json", data_dir=vault)
    assert result.returncode == 0 and json.loads(result.stdout)
