"""The store's bulk save path (CSV import, demo fill): the same checks, change sequence numbers, search documents,
audit entries and sync records as saving one record at a time (issue 14)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.domain.client import Client
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.services.clients import list_clients, save_client
from omavalmentaja.services.csv_import import IMPORT_CHUNK, import_clients_csv
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.store.records import save_records
from sync_support import make_coach, make_office

HEADER = "etunimi;sukunimi;kotikunta;sähköposti\n"


def _rows(count: int, bad_line: int = 0) -> str:
    """count clients; the one on file line bad_line (the header is line 1) has an email that is not one."""
    lines = [f"Asiakas{n};Bulkkinen{n};Kajaani;asiakas{n}@example.fi\n" for n in range(2, count + 2)]
    if bad_line:
        lines[bad_line - 2] = f"Asiakas{bad_line};Bulkkinen;Kajaani;ei-osoite\n"
    return HEADER + "".join(lines)


def _change_seqs(session: Session, table: str) -> list[int]:
    return [r[0] for r in session.db.query(f"SELECT change_seq FROM {table} ORDER BY change_seq")]


def test_a_bad_row_deep_in_a_large_file_changes_nothing_and_is_named(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    assert run_cli("init", data_dir=vault).returncode == 0
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(_rows(6_000, bad_line=5_001), encoding="utf-8")
    result = run_cli("client", "import", str(csv_file), data_dir=vault)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "rivi 5001:" in result.stderr and "rivi 5000:" not in result.stderr
    assert json.loads(run_cli("client", "list", "--json", data_dir=vault).stdout) == []


def test_imported_clients_get_unique_increasing_change_seqs_search_documents_and_audit(session: Session,
                                                                                        tmp_path: Path) -> None:
    first = save_client(session, Client(first_name="Aino", last_name="Ennen"))
    count = 2 * IMPORT_CHUNK + 7  # three batches
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(_rows(count), encoding="utf-8")
    assert import_clients_csv(session, csv_file).imported == count
    seqs = _change_seqs(session, "clients")
    assert len(seqs) == count + 1 and len(set(seqs)) == len(seqs)
    before = session.db.query_one("SELECT change_seq FROM clients WHERE id = ?", (first.id,))[0]
    assert seqs[0] == before and seqs[1:] == list(range(before + 1, before + 1 + count))
    assert int(session.db.meta("change_seq") or 0) == seqs[-1]
    found = list_clients(session, text="Bulkkinen777")
    assert [(row.first_name, row.municipality) for row in found] == [("Asiakas777", "Kajaani")]
    assert session.db.query_one("SELECT count(*) FROM client_search")[0] == count + 1
    audited = session.db.query("SELECT client_id FROM audit_log WHERE action = 'client.import'")
    assert {r[0] for r in audited} == {r[0] for r in session.db.query("SELECT id FROM clients WHERE id != ?",
                                                                       (first.id,))}
    later = save_client(session, Client(first_name="Eero", last_name="Jälkeen"))
    assert session.db.query_one("SELECT change_seq FROM clients WHERE id = ?", (later.id,))[0] == seqs[-1] + 1


def test_batch_imported_clients_reach_the_office_in_a_bundle(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aino")
    try:
        csv_file = tmp_path / "clients.csv"
        csv_file.write_text(_rows(IMPORT_CHUNK + 3), encoding="utf-8")
        import_clients_csv(coach, csv_file)
        assert sync.export_bundle(coach, tmp_path / "b.omvb").records == IMPORT_CHUNK + 3
        office.import_bundle(office_session, tmp_path / "b.omvb", trust=sync.device_info(coach).fingerprint)
        assert office_session.clients.count() == IMPORT_CHUNK + 3
        assert [r.first_name for r in list_clients(office_session, text="Bulkkinen502")] == ["Asiakas502"]
    finally:
        coach.close_quietly()
        office_session.close_quietly()


def test_one_batch_inserts_and_updates_with_one_reservation_of_change_seqs(session: Session) -> None:
    kept = save_client(session, Client(first_name="Aino", last_name="Korhonen"))
    row = dict(session.db.query_one("SELECT * FROM clients WHERE id = ?", (kept.id,)))
    fields = {name: row[name] for name in ("first_name", "last_name", "municipality")}
    with session.db.transaction():
        saved = save_records(session.db, "clients", [{**fields, "municipality": "Oulu"},
                                                     {**fields, "first_name": "Eero", "municipality": "Kuhmo"}],
                             [kept.id, ""])
    assert saved[0] == (kept.id, 2) and saved[1][1] == 1 and saved[1][0] not in ("", kept.id)
    stored = session.db.query("SELECT first_name, municipality, version, change_seq FROM clients ORDER BY change_seq")
    assert [tuple(r) for r in stored] == [("Aino", "Oulu", 2, row["change_seq"] + 1),
                                          ("Eero", "Kuhmo", 1, row["change_seq"] + 2)]


def test_demo_fill_writes_every_record_with_its_own_change_seq(session: Session) -> None:
    fill_demo_data(session, clients=60, seed=7)
    tables = ("clients", "meetings", "assessments", "client_closings", "questionnaire_responses",
              "questionnaire_answers", "plan_versions", "plan_signatures")
    seqs = [seq for table in tables for seq in _change_seqs(session, table)]
    assert len(seqs) == len(set(seqs))
    assert int(session.db.meta("change_seq") or 0) >= max(seqs)
    closed = session.db.query_one("SELECT count(*) FROM clients WHERE status = 'closed'")[0]
    assert closed > 0
    assert session.db.query_one("SELECT count(DISTINCT client_id) FROM client_closings")[0] == closed
    responses = session.db.query_one("SELECT count(*) FROM questionnaire_responses")[0]
    assert responses > 0
    assert session.db.query_one("SELECT count(DISTINCT response_id) FROM questionnaire_answers")[0] == responses
    assert session.db.query_one("SELECT count(*) FROM client_search")[0] == 60


def test_a_bulk_import_leaves_the_garbage_collector_as_it_found_it(session: Session, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(_rows(3), encoding="utf-8")
    bad.write_text(_rows(3, bad_line=3), encoding="utf-8")
    assert gc.isenabled()
    import_clients_csv(session, good)
    assert gc.isenabled()
    with pytest.raises(UserError):
        import_clients_csv(session, bad)
    assert gc.isenabled() and session.clients.count() == 3


def test_an_import_after_an_erasure_takes_its_rowid_with_a_fresh_search_document(session: Session,
                                                                                  tmp_path: Path) -> None:
    """A bulk import writes its clients' search documents without first looking for old ones (they are new). A
    new client may take the rowid of the erased client last added: the erasure dropped that document, so the
    search finds the new client and nothing of the erased one."""
    from omavalmentaja.services.client_erase import erase_client

    save_client(session, Client(first_name="Aino", last_name="Pysyvä"))
    gone = save_client(session, Client(first_name="Ville", last_name="Poistettava"))
    erase_client(session, gone.id, "recorded_by_mistake")
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(HEADER + "Uuno;Tuotu;Oulu;uuno@example.fi\n", encoding="utf-8")
    assert import_clients_csv(session, csv_file).imported == 1
    assert [r.first_name for r in list_clients(session, text="Tuotu")] == ["Uuno"]
    assert list_clients(session, text="Poistettava") == []
    assert session.db.query_one("SELECT count(*) FROM client_search")[0] == 2
