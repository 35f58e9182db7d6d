"""Erasure reaches every copy or says it did not (issue 10, finding 6): held conflict copies of child rows at
the office, a PDF left for the viewer by a crashed app, and pages another connection still reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from omavalmentaja.errors import UserError
from omavalmentaja.services import office
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import new_id, now_iso
from omavalmentaja.sync.records import Record
from sync_forge import forge, office_copy, round_trip, signed_plan
from sync_support import add_client, make_coach, make_office


def test_held_copies_of_child_rows_go_with_the_client_at_the_office(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    aino, bertta = make_coach(tmp_path, key_file, "Aino"), make_coach(tmp_path, key_file, "Bertta")
    eero = add_client(aino, "Eero", "Korhonen")
    plan = signed_plan(aino, eero.id)
    round_trip(aino, office_session, tmp_path, "aino-1", trust=True)
    round_trip(bertta, office_session, tmp_path, "bertta-1", trust=True)
    signature_id = office_session.db.query_one("SELECT id FROM plan_signatures WHERE plan_version_id = ?",
                                               (plan.id,))[0]
    # Bertta's device sends rows for Aino's client: the office holds them as conflicts, child rows included.
    changed_signature = office_copy(office_session, "plan_signatures", signature_id, bertta, signer_name="Mallory")
    held_version_id = new_id()
    held_version = office_copy(office_session, "plan_versions", plan.id, bertta)
    held_version.row.update(id=held_version_id, version=1, status="draft", seal_sign_key="", seal_signature="")
    held_child = office_copy(office_session, "plan_signatures", signature_id, bertta)
    held_child.row.update(id=new_id(), version=1, plan_version_id=held_version_id)
    outcome = office.import_bundle(office_session, forge(
        bertta, tmp_path / "f.omvb",
        [Record("plan_versions", held_version.row), changed_signature, Record("plan_signatures", held_child.row)]
    )).outcome
    assert outcome.conflicts == 3
    erase_client(office_session, eero.id, "recorded_by_mistake")
    assert office.conflicts(office_session) == []
    rows = office_session.db.query("SELECT incoming_row FROM sync_conflicts")
    assert not [r for r in rows if "Mallory" in r[0] or eero.id in r[0] or plan.id in r[0]]
    for session in (aino, bertta, office_session):
        session.close_quietly()


def test_a_pdf_left_for_the_viewer_goes_with_a_cli_erasure(session: Session) -> None:
    client = add_client(session, "Aino", "Mäkinen")
    folder = session.vault.folder
    view = folder / "pdf-view"
    view.mkdir(mode=0o700)
    (view / "0123456789abcdef.pdf").write_bytes(b"%PDF-1.4 Aino Makinen")  # a crashed app's left-over
    session.lock()
    result = run_cli("client", "erase", client.id, "--reason", "recorded_by_mistake", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert list(view.iterdir()) == []


def test_an_erasure_another_reader_blocks_says_so_and_finishes_on_retry(session: Session) -> None:
    client = add_client(session, "Aino", "Mäkinen")
    folder = session.vault.folder
    session.db.execute("BEGIN")  # another program holds a read snapshot (the app, a second command)
    session.db.query("SELECT count(*) FROM clients")
    try:
        blocked = run_cli("--lang", "en", "client", "erase", client.id, "--reason", "recorded_by_mistake",
                          data_dir=folder)
        assert blocked.returncode == 2, blocked.stderr
        lines = [line for line in blocked.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "Close the app" in lines[0], blocked.stderr
    finally:
        session.db.execute("COMMIT")
    session.lock()
    again = run_cli("client", "erase", client.id, "--reason", "recorded_by_mistake", data_dir=folder)
    assert again.returncode == 0, again.stderr
    wal = folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    unknown = run_cli("client", "erase", new_id(), "--reason", "recorded_by_mistake", data_dir=folder)
    assert unknown.returncode == 2


def test_an_unknown_client_is_still_refused(session: Session) -> None:
    with pytest.raises(UserError):
        erase_client(session, new_id(), "recorded_by_mistake")
    assert now_iso() and PASSPHRASE
