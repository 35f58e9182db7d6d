"""Erasing a client for good (GDPR erasure, end of retention): every row of theirs in every table goes, in one
transaction, leaving a tombstone per removed record so that sync removes them at the office too.

What stays: the tombstones (table and record ids only) and the audit log's entries about the client, which
hold ids, actions and counts, never names. The reason itself is not kept: only its category and length."""

from __future__ import annotations

from dataclasses import dataclass

from omavalmentaja.errors import NotFound, UserError
from omavalmentaja.services.pdf_view import FOLDER_NAME as PDF_VIEW_FOLDER
from omavalmentaja.services.pdf_view import remove_viewed_pdfs, viewed_pdfs_left
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import remove_migration_copies
from omavalmentaja.store.records import delete_record, erasing, was_erased
from omavalmentaja.store.search import drop_client_document, purge_removed_words
from omavalmentaja.store.snapshot import checkpoint
from omavalmentaja.sync import keystore
from omavalmentaja.sync.office import forget_conflicts_of
from omavalmentaja.sync.records import client_records

TOMBSTONE_REASON = "erasure"
# The reasons offered in the app; their key is what the audit log keeps. Any other text counts as "other".
REASONS = {
    "request": "Asiakkaan pyyntö (tietosuoja-asetus)",
    "retention": "Säilytysaika on päättynyt",
    "mistake": "Tiedot tallennettu virheellisesti",
}


@dataclass(frozen=True)
class Erasure:
    client_id: str
    records: int


def reason_category(reason: str) -> str:
    text = reason.strip().casefold()
    for key, label in REASONS.items():
        if text in (key, label.casefold()):
            return key
    return "other"


def erase_client(session: Session, client_id: str, reason: str) -> Erasure:
    """Remove the client and everything of theirs; raises UserError for an unknown client or no reason.

    The erasure must reach every copy or say it did not: if a copy remains (another program holds an older
    snapshot of the database, a viewer holds a PDF open), the rows are gone but a UserError says what is
    left and to retry; the retry, for a client already erased, finishes the clean-up."""
    if not reason.strip():
        raise UserError("svc.erase_reason_missing")
    db = session.db
    if was_erased(db, "clients", client_id, TOMBSTONE_REASON) and not _still_there(session, client_id):
        _finish_erasure(session, client_id)
        return Erasure(client_id, 0)
    session.clients.get(client_id)  # an unknown id is a clear error, not a silent no-op
    with db.transaction():
        records = client_records(db, client_id)
        drop_client_document(db, client_id)
        with erasing(db, [client_id]):  # signed plans go only with their client
            for record in reversed(records):  # children before the rows they point to
                delete_record(db, record.table, record.id, TOMBSTONE_REASON)
                keystore.forget_agreed(db, record.table, record.id)
        for key in session.drafts.keys_for_client(client_id):
            session.drafts.discard(key)
        purge_removed_words(db)
        # an office's conflict copies (of child rows too) and assignments
        forget_conflicts_of(db, "clients", client_id, [record.id for record in records])
        session.audit.record("client.erase", client_id, detail=(
            f"reason={reason_category(reason)} reason_chars={len(reason.strip())} records={len(records)}"))
    _finish_erasure(session, client_id)
    return Erasure(client_id, len(records))


def _still_there(session: Session, client_id: str) -> bool:
    try:
        session.clients.get(client_id)
    except NotFound:
        return False
    return True


def _finish_erasure(session: Session, client_id: str) -> None:
    """The copies outside the rows: the write-ahead log, migration copies, PDFs left for the viewer."""
    remove_migration_copies(session.db)  # they were taken before the erasure and still hold the client
    remove_viewed_pdfs(session.vault.folder / PDF_VIEW_FOLDER)
    if not checkpoint(session.db):  # no page holding the removed rows may stay in the log or the file
        raise UserError("erase.database_in_use", client_id)
    if viewed_pdfs_left(session.vault.folder):
        raise UserError("erase.pdf_in_use", client_id)
