"""Erasing a client for good, for a lawful reason only: every row of theirs in every table goes, in one
transaction, leaving a tombstone per removed record so that sync carries the erasure to the office.

The reasons are codes (domain.retention.ErasureReason): the end of the retention period (allowed only from the
closing date plus the office's retention period), a record made by mistake, or consent withdrawn for data held
on consent. The client's request alone is not a reason: records kept under a legal duty are not erased on
request (GDPR art. 17(3)(b); docs/data-protection.md). At the office, a laptop's erasure is held until the
office approves it (sync.erasure_requests): the office's copy is the one the controller must keep.

What stays: the tombstones (table, record id and the reason code) and the audit log's entries about the client,
which hold ids, actions, the reason code and counts, never names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.retention import ErasureReason, erasable_from
from omavalmentaja.errors import NotFound, UserError
from omavalmentaja.services.pdf_view import FOLDER_NAME as PDF_VIEW_FOLDER
from omavalmentaja.services.pdf_view import remove_viewed_pdfs, viewed_pdfs_left
from omavalmentaja.services.retention import retention_setting
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import remove_migration_copies
from omavalmentaja.store.records import delete_record, erasing, was_erased
from omavalmentaja.store.search import drop_client_document, purge_removed_words
from omavalmentaja.store.snapshot import checkpoint
from omavalmentaja.sync import keystore
from omavalmentaja.sync.erasure_requests import TOMBSTONE_PREFIX
from omavalmentaja.sync.office import forget_conflicts_of
from omavalmentaja.sync.records import client_records


@dataclass(frozen=True)
class Erasure:
    client_id: str
    records: int
    reason: ErasureReason


def erasure_reason(value: ErasureReason | str) -> ErasureReason:
    """A reason code; UserError naming the lawful codes for anything else."""
    try:
        return ErasureReason(value.strip() if isinstance(value, str) else value)
    except ValueError:
        raise UserError("erasure.reason_unknown", value, ", ".join(r.value for r in ErasureReason)) from None


def check_retention_ended(session: Session, client_id: str, today: dt.date | None = None) -> None:
    """UserError unless the client's closing date plus the retention period has passed."""
    client = session.clients.get(client_id)
    if client.closed_on is None:
        raise UserError("erasure.retention_not_closed")
    months = retention_setting(session).months
    if months is None:
        raise UserError("erasure.retention_unknown")
    allowed = erasable_from(client.closed_on, months)
    if (today or dt.date.today()) < allowed:
        raise UserError("erasure.retention_not_ended", format_date(allowed))


def erase_client(session: Session, client_id: str, reason: ErasureReason | str,
                 today: dt.date | None = None) -> Erasure:
    """Remove the client and everything of theirs; UserError for an unknown client or an unlawful reason.

    The erasure must reach every copy or say it did not: if a copy remains (another program holds an older
    snapshot of the database, a viewer holds a PDF open), the rows are gone but a UserError says what is
    left and to retry; the retry, for a client already erased, finishes the clean-up."""
    code = erasure_reason(reason)
    db = session.db
    if was_erased(db, "clients", client_id, TOMBSTONE_PREFIX + code.value) and not _still_there(session, client_id):
        _finish_erasure(session, client_id)
        return Erasure(client_id, 0, code)
    session.clients.get(client_id)  # an unknown id is a clear error, not a silent no-op
    if code == ErasureReason.RETENTION_ENDED:
        check_retention_ended(session, client_id, today)
    with db.transaction():
        records = client_records(db, client_id)
        drop_client_document(db, client_id)
        with erasing(db, [client_id]):  # signed plans go only with their client
            for record in reversed(records):  # children before the rows they point to
                delete_record(db, record.table, record.id, TOMBSTONE_PREFIX + code.value)
                keystore.forget_agreed(db, record.table, record.id)
        for key in session.drafts.keys_for_client(client_id):
            session.drafts.discard(key)
        purge_removed_words(db)
        # an office's conflict copies (of child rows too), assignments and held erasure requests
        forget_conflicts_of(db, "clients", client_id, [record.id for record in records])
        db.execute("DELETE FROM erasure_requests WHERE client_id = ?", (client_id,))
        session.audit.record("client.erase", client_id, detail=f"reason={code.value} records={len(records)}")
    _finish_erasure(session, client_id)
    return Erasure(client_id, len(records), code)


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
