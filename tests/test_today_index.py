"""Today and the client list on a region's caseload: the active clients and every client's list line come from
the index of clients by status alone (migration 0012 added the client's id to it, 0013 the list's columns),
and a vault of the schema before either is migrated with Today and the list unchanged."""

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


def test_the_active_clients_and_the_list_are_read_from_the_index_alone(session: Session) -> None:
    from omavalmentaja.store.clients import _LIST_SQL

    columns = [row[2] for row in session.db.query("PRAGMA index_info(clients_by_status)")]
    assert columns == ["status", "municipality", "last_name", "first_name", "preferred_name", "date_of_birth",
                       "target_group", "id"]
    for sql, params in (("SELECT id FROM clients WHERE status = 'active'", ()), (_LIST_SQL, ("2026-11-23T08:00",))):
        plan = " ".join(str(row[3]) for row in session.db.query("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX clients_by_status" in plan


def _list_migration() -> int:
    return next(n for n, name, _ in store_db.migrations() if name.endswith("_client_list_index.sql"))


def test_a_vault_before_the_list_index_is_migrated_and_lists_the_same(vault_dir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from omavalmentaja.services.clients import list_clients

    shipped = store_db.migrations()
    number = _list_migration()
    with monkeypatch.context() as patch:
        patch.setattr(store_db, "migrations", lambda: [m for m in shipped if m[0] < number])
        with Session.create(vault_dir, PASSPHRASE) as old:
            _caseload(old)
            before = list_clients(old)
            assert old.db.schema_version == number - 1
    with Session.unlock(vault_dir, PASSPHRASE) as new:
        assert new.db.schema_version == shipped[-1][0]
        assert [row[2] for row in new.db.query("PRAGMA index_info(clients_by_status)")][2] == "last_name"
        assert list_clients(new) == before
    assert [r.first_name for r in before] == ["Suljettu", "Aino", "Siiri", "Eero"]


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


def test_the_caseload_deadlines_keep_their_order_when_sorted_in_pieces(session: Session,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A region's deadlines are sorted a few thousand at a time and merged (a sort holds the interpreter, and
    the GUI thread, in one piece): the order is the same as one sort's, most overdue first."""
    from omavalmentaja.services import due

    for n in range(12):
        save_client(session, Client(first_name=f"Asiakas{n:02d}", last_name="Testi", municipality="Kajaani",
                                    registered_on=NOW.date() - dt.timedelta(days=5 + 9 * n)))
    whole = due.due_rows(session, NOW.date())
    assert len(whole) >= 10  # several pieces of two
    monkeypatch.setattr(due, "SORT_STEP", 2)
    assert due.due_rows(session, NOW.date()) == whole
    assert [r.due_on for r in whole] == sorted(r.due_on for r in whole)
