"""Today on a region's caseload: the active clients come from the index of clients by status (migration
0012 adds the client's id to it), and a vault of the schema before it is migrated with Today unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import today_overview
from omavalmentaja.store import db as store_db

NOW = dt.datetime(2026, 11, 23, 8, 0)


def _index_migration() -> int:
    return next(n for n, name, _ in store_db.migrations() if name.endswith("_active_clients_index.sql"))


def _caseload(session: Session) -> dict[str, str]:
    ids = {}
    for first, last, met in (("Aino", "Korhonen", NOW - dt.timedelta(days=3)),
                             ("Eero", "Virtanen", NOW - dt.timedelta(days=60)), ("Siiri", "Mäkinen", None)):
        client = save_client(session, Client(first_name=first, last_name=last, municipality="Kajaani"))
        if met is not None:
            session.meetings.save(Meeting(client_id=client.id, starts_at=met))
        ids[first] = client.id
    closed = save_client(session, Client(first_name="Suljettu", last_name="Asiakas", status=ClientStatus.CLOSED,
                                         closed_on=NOW.date(), exit_reason=ExitReason.MOVED_AWAY,
                                         close_reason="Muutti"))
    ids["closed"] = closed.id
    return ids


def test_the_active_clients_are_listed_from_the_index_alone(session: Session) -> None:
    columns = [row[2] for row in session.db.query("PRAGMA index_info(clients_by_status)")]
    assert columns == ["status", "municipality", "id"]
    plan = " ".join(str(row[3]) for row in session.db.query(
        "EXPLAIN QUERY PLAN SELECT id FROM clients WHERE status = 'active'"))
    assert "COVERING INDEX clients_by_status" in plan


def test_a_vault_of_the_previous_schema_is_migrated_and_today_is_the_same(vault_dir: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = store_db.migrations()
    number = _index_migration()
    with monkeypatch.context() as patch:  # a vault made by the schema before the index migration
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < number])
        with Session.create(vault_dir, PASSPHRASE) as old:
            ids = _caseload(old)
            before = today_overview(old, NOW)
            assert old.db.schema_version == number - 1
    with Session.unlock(vault_dir, PASSPHRASE) as new:
        assert new.db.schema_version == shipped[-1][0]
        assert [row[2] for row in new.db.query("PRAGMA index_info(clients_by_status)")][-1] == "id"
        after = today_overview(new, NOW)
    assert after == before
    assert [i.client_id for i in after.not_met] == [ids["Siiri"], ids["Eero"]]


def test_the_caseload_schedule_stops_at_its_jobs_cancel_check(session: Session) -> None:
    from omavalmentaja.services.due import due_rows

    class Stopped(Exception):
        pass

    def stop() -> None:
        raise Stopped

    _caseload(session)
    assert due_rows(session, NOW.date()) == due_rows(session, NOW.date(), check=lambda: None)
    with pytest.raises(Stopped):  # what Task.check raises once locking asks the Today page's job to stop
        due_rows(session, NOW.date(), check=stop)
