"""Erasing a client: every row of theirs goes, no readable trace stays in any file of the vault folder,
a tombstone per removed record syncs the erasure to the office, and the audit log keeps no names."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from datalife_support import NOTE, SURNAME, add_full_client, encodings_of, vault_plaintext
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.session import Session
from omavalmentaja.sync.records import client_records, synced_tables
from sync_support import add_client, make_coach, make_office

SECRETS = (SURNAME, NOTE)


def _traces(folder: Path) -> list[str]:
    found = []
    for path, data in vault_plaintext(folder).items():
        for word in SECRETS:
            if any(form in data for form in encodings_of(word)):
                found.append(f"{word} in {path.name}")
    return found


def test_erase_through_the_cli_leaves_no_trace_in_any_vault_file(session: Session, passphrase: str) -> None:
    gone = add_full_client(session)
    kept = add_full_client(session, "Kalle", "Pysyväinen", "Pysyvämuistiinpano")
    removed = {(r.table, r.id) for r in client_records(session.db, gone.id)}
    assert {t for t, _ in removed} >= {"clients", "assessments", "meetings", "questionnaire_responses",
                                       "questionnaire_answers", "plan_versions", "plan_signatures"}
    folder = session.vault.folder
    session.lock()
    assert _traces(folder), "the decrypting reader must see the client before erasure"

    result = run_cli("client", "erase", gone.id, "--reason", "recorded_by_mistake", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert f"({len(removed)} tietuetta)" in result.stdout
    assert _traces(folder) == []

    after = Session.unlock(folder, passphrase)
    try:
        db = after.db
        for table in synced_tables(db):
            assert db.query(f'SELECT id FROM "{table}" WHERE id IN (SELECT record_id FROM tombstones)') == []
        tombs = {(r[0], r[1]) for r in db.query("SELECT record_table, record_id FROM tombstones WHERE reason = "
                                                "'erasure:recorded_by_mistake'")}
        assert tombs == removed
        assert after.drafts.keys_for_client(gone.id) == []
        assert [r.id for r in list_clients(after, text=SURNAME)] == []
        assert [r.id for r in list_clients(after, text="Pysyvämuistiinpano")] == [kept.id]
        assert len(client_records(db, kept.id)) == len(removed)  # the other client is untouched
        entry = [e for e in after.audit.for_client(gone.id) if e.action == "client.erase"][0]
        assert entry.detail == f"reason=recorded_by_mistake records={len(removed)}"
        assert SURNAME not in repr(db.query("SELECT * FROM audit_log"))
    finally:
        after.close_quietly()


def test_erase_in_an_open_vault_leaves_nothing_in_the_write_ahead_log(session: Session) -> None:
    gone = add_full_client(session)
    add_client(session, "Eero", "Korhonen")
    folder = session.vault.folder
    assert any(name.endswith("-wal") for name in _traces(folder))
    erase_client(session, gone.id, "consent_withdrawn")
    assert (folder / "vault.db-wal").exists() and _traces(folder) == []  # still open: checked, not closed
    assert session.clients.count() == 1


def test_erasure_reaches_the_office_as_a_request_the_office_decides(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aino")
    gone = add_full_client(coach)
    kept_at_office = add_client(coach, "Eero", "Korhonen")
    sync.export_bundle(coach, tmp_path / "1.omvb")
    office.import_bundle(office_session, tmp_path / "1.omvb", sync.device_info(coach).fingerprint,
                         tmp_path / "1-receipt.omvb")
    sync.import_bundle(coach, tmp_path / "1-receipt.omvb")
    assert [r.id for r in list_clients(office_session, text=SURNAME)] == [gone.id]
    count = len(client_records(coach.db, gone.id))

    erase_client(coach, gone.id, "recorded_by_mistake")
    erase_client(coach, kept_at_office.id, "consent_withdrawn")
    export = sync.export_bundle(coach, tmp_path / "2.omvb")
    assert export.tombstones == count + 1
    outcome = office.import_bundle(office_session, tmp_path / "2.omvb", None, tmp_path / "2-receipt.omvb").outcome
    assert (outcome.deleted, outcome.erasures_held) == (0, 2)
    assert office_session.clients.count() == 2  # nothing of the office's copy goes before it decides
    folder = office_session.vault.folder
    office_session.lock()
    listed = run_cli("office", "erasures", data_dir=folder)
    assert listed.returncode == 0 and gone.id in listed.stdout and "Tallennettu virheellisesti" in listed.stdout
    approved = run_cli("office", "erasures", "--approve", gone.id, data_dir=folder)
    assert approved.returncode == 0 and "kirjattu lokiin" in approved.stdout
    refused = run_cli("office", "erasures", "--refuse", kept_at_office.id, data_dir=folder)
    assert refused.returncode == 0, refused.stderr
    again = run_cli("office", "erasures", "--approve", gone.id, data_dir=folder)
    assert again.returncode == 2 and "ei ole odottamassa" in again.stderr
    after = Session.unlock(folder, PASSPHRASE)
    try:
        assert client_records(after.db, gone.id) == [] and list_clients(after, text=SURNAME) == []
        assert [r.id for r in list_clients(after)] == [kept_at_office.id]
        actions = {(e.action, e.client_id) for e in after.audit.recent()}
        assert {("office.erasure_approve", gone.id), ("office.erasure_refuse", kept_at_office.id)} <= actions
    finally:
        after.close_quietly()
    coach.close_quietly()


def test_bad_input_is_one_line_and_exit_2(session: Session) -> None:
    client = add_client(session, "Eero", "Korhonen")
    folder = session.vault.folder
    with pytest.raises(UserError, match="pyyntö ei yksin riitä"):
        erase_client(session, client.id, "request")
    session.lock()
    for args, message in ((("no-such-id", "--reason", "recorded_by_mistake"), "ei löydy"),
                          ((client.id, "--reason", "request"), "virheellinen valinta"),
                          ((client.id, "--reason", "retention_ended"), "ei ole päättynyt"),
                          ((client.id,), "--reason")):
        result = run_cli("client", "erase", *args, data_dir=folder)
        assert result.returncode == 2, result
        assert message in result.stderr and "Traceback" not in result.stderr
    assert run_cli("client", "list", "--json", data_dir=folder).stdout.count(client.id) == 1
