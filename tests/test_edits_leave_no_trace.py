"""An edited note must not survive in the decrypted database: not in the meeting row's old page space
(SQLite secure_delete) and not in the search index (FTS5 secure-delete, migration 0005)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from datalife_support import PASSPHRASE, encodings_of, vault_plaintext
from omavalmentaja.domain.client import Client
from omavalmentaja.domain.meeting import Meeting
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import save_meeting
from omavalmentaja.services.session import Session

OLD_WORD = "Kirahvinkaulamuisto"


def test_edited_note_text_is_gone_from_every_page(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with Session.create(folder, PASSPHRASE) as session:
        client = save_client(session, Client(first_name="Aino", last_name="Korhonen"))
        meeting = save_meeting(session, Meeting(client_id=client.id, starts_at=dt.datetime(2026, 11, 2, 10),
                                                notes=f"Puhuttiin: {OLD_WORD} ja muuta"))
    before = vault_plaintext(folder)
    assert any(form in data for data in before.values() for form in encodings_of(OLD_WORD)), "sanity: found"
    with Session.unlock(folder, PASSPHRASE) as session:
        meeting.notes = "Puhuttiin työkokeilusta"
        save_meeting(session, meeting)
        assert [r.id for r in session.clients.list_rows()] == [client.id]
        assert session.clients.matching_ids(OLD_WORD) == set()
    after = vault_plaintext(folder)
    for path, data in after.items():
        for form in encodings_of(OLD_WORD):
            assert form not in data, f"{OLD_WORD!r} left in {path.name}"
