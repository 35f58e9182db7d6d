"""Sync on the coach's laptop: enrolling with the office, exporting bundles, importing the office's answers."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from omavalmentaja.errors import UserError
from omavalmentaja.services.files import output_path, write_output
from omavalmentaja.services.session import Session
from omavalmentaja.services.settings import coach_name, set_coach_name
from omavalmentaja.sync import keystore
from omavalmentaja.sync.bundle import FIXED_PREFIX_BYTES, MAX_PAYLOAD_BYTES, Header, header_length, peek_header
from omavalmentaja.sync.coach import CoachImport, Export, check_office_sender, export_changes, import_office_bundle
from omavalmentaja.sync.enrolment import OfficeEnrolment
from omavalmentaja.sync.incoming import Progress
from omavalmentaja.sync.keys import normalise_fingerprint
from omavalmentaja.sync.records import changed_records, changed_tombstones

MAX_BUNDLE_FILE_BYTES = MAX_PAYLOAD_BYTES + 64 * 1024  # the payload and everything around it


def read_bundle(path: Path, check_header: Callable[[Header], None]) -> bytes:
    """A bundle's bytes, read only after its size and its plain header passed `check_header` (who sent it,
    to whom): a large file from an unknown device is refused having read a few kilobytes."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BUNDLE_FILE_BYTES:
                raise UserError("svc.bundle_file_too_large")
            prefix = _read_header_prefix(handle)
            check_header(peek_header(prefix))
            if handle.seekable():  # one buffer for the whole file, not the prefix and the rest joined
                handle.seek(0)
                data = handle.read(MAX_BUNDLE_FILE_BYTES + 1)
            else:
                data = prefix + handle.read(MAX_BUNDLE_FILE_BYTES + 1 - len(prefix))
    except OSError as exc:
        raise UserError("svc.bundle_not_read", path, exc.strerror) from None
    if len(data) > MAX_BUNDLE_FILE_BYTES:
        raise UserError("svc.bundle_file_too_large")
    return data


def peek_bundle_header(path: Path) -> Header:
    """The plain header of a bundle file (not yet authenticated), reading only its first kilobytes."""
    try:
        with open(path, "rb") as handle:
            return peek_header(_read_header_prefix(handle))
    except OSError as exc:
        raise UserError("svc.bundle_not_read", path, exc.strerror) from None


def _read_header_prefix(handle: BinaryIO) -> bytes:
    """Exactly the fixed part and the plain header (a pipe is not read past them)."""
    fixed = handle.read(FIXED_PREFIX_BYTES)
    return fixed + handle.read(header_length(fixed))


def read_file(path: Path, limit: int = MAX_BUNDLE_FILE_BYTES) -> bytes:
    """A bundle or key file's bytes, or one clear line if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError("svc.bundle_not_read", path, exc.strerror) from None
    if len(data) > limit:
        raise UserError("svc.bundle_file_too_large")
    return data


def require_coach_vault(session: Session) -> None:
    if keystore.vault_role(session.db) == keystore.ROLE_OFFICE:
        raise UserError("svc.office_vault_here")


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    fingerprint: str
    coach_name: str
    office_name: str | None
    office_fingerprint: str | None
    pending_records: int
    last_receipt_at: str | None
    last_export_seq: int


def device_info(session: Session) -> DeviceInfo:
    """This laptop's identity for the office to confirm; makes the device keys on first use."""
    require_coach_vault(session)
    with session.db.transaction():
        keys = keystore.ensure_own_keys(session.db)
    offices = keystore.peers(session.db, keystore.ROLE_OFFICE)
    office = offices[0] if offices else None
    since = office.acked_change_seq if office else 0
    pending = len(changed_records(session.db, since)) + len(changed_tombstones(session.db, since))
    return DeviceInfo(device_id=session.device_id, fingerprint=keys.public.fingerprint, coach_name=coach_name(session),
                      office_name=office.name if office else None,
                      office_fingerprint=office.fingerprint if office else None, pending_records=pending,
                      last_receipt_at=office.last_in_at if office else None,
                      last_export_seq=office.last_out_seq if office else 0)


def read_enrolment_file(path: Path) -> OfficeEnrolment:
    """The office's key file, checked (format and self-signature) but not yet trusted: its fingerprint must
    still be compared with the one the office reads out or prints (the file may come over any channel)."""
    return OfficeEnrolment.from_bytes(read_file(path, 64 * 1024))


def enrol(session: Session, path: Path, name: str | None = None, *, fingerprint: str | None,
          replace: bool = False) -> DeviceInfo:
    """Register the office's public key file, and this device's own keys; idempotent for the same office.

    `fingerprint` is the office's, as the coach got it from the office by another channel (read out on the
    phone, printed): without it, or when it differs from the file's, nothing is registered. An enrolled laptop
    takes another office key only with `replace` (key rotation, or a new office vault): logged in the audit
    log with both fingerprints."""
    require_coach_vault(session)
    enrolment = read_enrolment_file(path)
    if not fingerprint or not normalise_fingerprint(fingerprint):
        raise UserError("sync.enrol_fingerprint_missing")
    if normalise_fingerprint(fingerprint) != enrolment.keys.fingerprint:
        raise UserError("sync.enrol_fingerprint_differs", normalise_fingerprint(fingerprint),
                        enrolment.keys.fingerprint)
    db = session.db
    with db.transaction():
        existing = keystore.peers(db, keystore.ROLE_OFFICE)
        same = bool(existing) and existing[0].peer_id == enrolment.office_id \
            and existing[0].fingerprint == enrolment.keys.fingerprint
        if existing and not same:
            if not replace:
                raise UserError("sync.enrolled_elsewhere_replace", existing[0].name, existing[0].fingerprint)
            keystore.replace_office(db, existing[0], enrolment.office_id, enrolment.name, enrolment.keys)
            session.audit.record("sync.enrol_replace", detail=f"office={enrolment.office_id} "
                                 f"old={existing[0].fingerprint} new={enrolment.keys.fingerprint}")
        if not existing:
            keystore.add_peer(db, enrolment.office_id, keystore.ROLE_OFFICE, enrolment.name, enrolment.keys)
        keystore.ensure_own_keys(db)
        if name is not None:
            set_coach_name(session, name)
        session.audit.record("sync.enrol", detail=f"office={enrolment.office_id}")
    from omavalmentaja.services.recovery import ensure_wrap  # recovery reads the office this just stored

    ensure_wrap(session)
    return device_info(session)


def export_bundle(session: Session, out: Path, *, force: bool = False) -> Export:
    """Write every change since the last receipt to `out`, encrypted to the office and signed by this device.
    An existing file is replaced only with `force`; the vault's folder is never written into."""
    require_coach_vault(session)
    out = output_path(out, session.vault.folder, force=force)
    with session.db.transaction():
        export = export_changes(session.db, coach_name(session))
        write_output(out, export.bundle, force=force)
        session.audit.record("sync.export", detail=f"seq={export.seq} records={export.records} "
                                                   f"tombstones={export.tombstones}")
    return export


def import_bundle(session: Session, path: Path, progress: Progress | None = None) -> CoachImport:
    """Apply a receipt or assignment bundle from the office; refuses anything not sound, changing nothing."""
    require_coach_vault(session)
    data = read_bundle(path, lambda header: check_office_sender(session.db, header, before_reading=True))
    def audit(outcome: CoachImport) -> None:
        session.audit.record("sync.import", detail=f"seq={outcome.seq} applied={outcome.applied} "
                                                   f"kept_local={outcome.kept_local}")
        for client_id in outcome.assigned_clients:
            session.audit.record("sync.assigned", client_id)

    return import_office_bundle(session.db, data, progress, within=audit)
