"""Everything held on one client (a GDPR access request): every record as JSON, a readable PDF summary, and
the signature images as PNG files, written into one folder, owner-only and atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omavalmentaja.atomic import make_private_folders, write_atomic
from omavalmentaja.domain.instruments import text_in
from omavalmentaja.domain.instruments_answers import ResponseStatus
from omavalmentaja.errors import UserError
from omavalmentaja.export.client_pdf import ClientSummary, QuestionnaireResult, render_client_summary
from omavalmentaja.export.service_model_pdf import printout_language
from omavalmentaja.services.damaged import damaged_marker, damaged_records
from omavalmentaja.services.files import output_path
from omavalmentaja.services.plans import plans
from omavalmentaja.services.questionnaire_history import client_responses, format_score, responses_as_data
from omavalmentaja.services.service_model import rules_on
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import now_iso
from omavalmentaja.store.service_model import JobApplicationRepository
from omavalmentaja.sync.records import client_records, decode_value

JSON_NAME = "asiakastiedot.json"
PDF_NAME = "asiakastiedot.pdf"
FORMAT = "omavalmentaja-client-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ClientExport:
    folder: Path
    files: list[Path]
    records: int


def export_client(session: Session, client_id: str, folder: Path) -> ClientExport:
    """Write the client's data into `folder` (made if missing, owner-only); refuses to overwrite any file there
    and to write into the vault's folder."""
    folder = output_path(Path(folder), session.vault.folder, folder=True)
    files, records = client_export_files(session, client_id)
    written = write_files(Path(folder), files)
    session.audit.record("client.export", client_id, detail=f"records={records} files={len(written)}")
    return ClientExport(Path(folder), written, records)


def client_export_files(session: Session, client_id: str) -> tuple[dict[str, bytes], int]:
    """The files of the export by name (JSON, PDF, signature PNGs), in memory, and the number of records."""
    client, _ = session.clients.get_even_damaged(client_id)
    language = printout_language(client.languages)
    document, images = client_document(session, client_id)
    summary = ClientSummary(
        client=client, exported_at=dt.datetime.now(),
        assessments=session.assessments.for_client(client_id),
        meetings=sorted(session.meetings.for_client(client_id), key=lambda m: m.starts_at),
        questionnaires=_questionnaire_results(session, client_id, language),
        plans=sorted(plans(session).for_client(client_id), key=lambda v: v.number),
        applications=JobApplicationRepository(session.db).for_client(client_id),
        obligation_default=rules_on(dt.date.today()).obligation_default_per_month,
        damaged=[damaged_marker(d).render(language) for d in damaged_records(session, client_id)],
        language=language,
    )
    files = {JSON_NAME: json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
             PDF_NAME: render_client_summary(summary), **images}
    return files, sum(len(rows) for rows in document["records"].values())


def client_document(session: Session, client_id: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The JSON document: every synced record of the client from every table (binary columns written as
    files beside it), the scored questionnaire results, unsaved drafts, and the audit entries about them."""
    tables: dict[str, list[dict[str, Any]]] = {}
    images: dict[str, bytes] = {}
    plan_numbers: dict[str, int] = {}
    for record in client_records(session.db, client_id):
        row = dict(record.row)
        if record.table == "plan_versions":
            plan_numbers[record.id] = int(row["number"])
        for name, value in row.items():
            if isinstance(value, dict):  # a binary column (a signature image): its own file
                file_name = _binary_file_name(record.table, row, name, plan_numbers)
                images[file_name] = decode_value(value)
                row[name] = {"file": file_name}
        tables.setdefault(record.table, []).append(row)
    drafts = _drafts(session, client_id)
    audit = [{"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
             for e in reversed(session.audit.for_client(client_id, limit=1_000_000))]
    return {
        "format": FORMAT, "version": FORMAT_VERSION, "exported_at": now_iso(), "client_id": client_id,
        "records": tables, "questionnaire_results": responses_as_data(session, client_id),
        "unsaved_drafts": drafts, "audit_log": audit,
        "damaged_records": [{"table": d.table, "id": d.record_id, "field": d.field}
                            for d in damaged_records(session, client_id)],
    }, images


def _drafts(session: Session, client_id: str) -> list[dict[str, Any]]:
    found = []
    for key in session.drafts.keys_for_client(client_id):
        payload = session.drafts.get(key)
        if payload is not None:
            found.append({"key": key, "payload": _json_or_text(payload)})
    return found


def _json_or_text(payload: str) -> Any:
    try:
        return json.loads(payload)
    except ValueError:
        return payload


def _binary_file_name(table: str, row: dict[str, Any], column: str, plan_numbers: dict[str, int]) -> str:
    if table == "plan_signatures":
        number = plan_numbers.get(str(row["plan_version_id"]), 0)
        return f"allekirjoitus-suunnitelma-{number}-{row['role']}.png"
    return f"{table}-{row['id']}-{column}.bin"


def _questionnaire_results(session: Session, client_id: str, language: str) -> list[QuestionnaireResult]:
    results = []
    for view in client_responses(session, client_id):
        scores = []
        if view.instrument is not None:
            for rule in view.instrument.scores:
                scores.append((text_in(rule.title, language), format_score(view.scores.get(rule.id), language)))
        results.append(QuestionnaireResult(view.title(language), view.response.responded_on, scores=scores,
                                           completed=view.response.status == ResponseStatus.COMPLETED))
    return results


def is_plain_file_name(name: str) -> bool:
    """A name that stays inside its folder: no separator, no '..', nothing Path would read as a path."""
    return (name not in ("", ".", "..") and Path(name).name == name and not any(c in name for c in "/\\\0")
            and not Path(name).is_absolute())


def write_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file or none: existing files are never overwritten, a failure removes what was written."""
    unsafe = sorted(name for name in files if not is_plain_file_name(name))
    if unsafe:
        raise UserError("svc.export_name_outside", repr(unsafe[0]))
    if folder.exists() and not folder.is_dir():
        raise UserError("svc.not_a_folder", folder)
    taken = sorted(name for name in files if (folder / name).exists())
    if taken:
        raise UserError("svc.export_folder_taken", folder, taken[0])
    written: list[Path] = []
    try:
        make_private_folders(folder)
        for name, data in files.items():
            write_atomic(folder / name, data, mode=0o600, replace=False)
            written.append(folder / name)
    except OSError as exc:
        for path in written:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise UserError("svc.export_not_written", folder, exc.strerror or exc) from None
    return written
