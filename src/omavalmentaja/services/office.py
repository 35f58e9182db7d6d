"""The central office: its own vault and keys, importing coaches' bundles, assignments, the monthly report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from omavalmentaja.errors import UserError
from omavalmentaja.export.csv_safe import csv_text
from omavalmentaja.messages import has_message, render
from omavalmentaja.services.files import output_path, write_output
from omavalmentaja.services.service_model import load_rules, schedule_settings
from omavalmentaja.services.session import Session
from omavalmentaja.services.sync import peek_bundle_header, read_bundle
from omavalmentaja.sync import keystore
from omavalmentaja.sync import office as office_sync
from omavalmentaja.sync.enrolment import OfficeEnrolment
from omavalmentaja.sync.incoming import Progress, store_refused
from omavalmentaja.sync.keystore import Peer
from omavalmentaja.sync.office import Conflict, OfficeImport
from omavalmentaja.sync.report import MonthlyReport, monthly_report, parse_month
from omavalmentaja.sync.report_record import record_figures
from omavalmentaja.sync.report_service_model import service_model_figures
from omavalmentaja.sync.report_services import services_figures
from omavalmentaja.sync.report_suppression import THRESHOLD, shown_counts, shown_mean, shown_total

OFFICE_NAME_KEY = "office_name"


def create_office(folder: Path, passphrase: str, name: str = "Keskustoimisto") -> Session:
    """A new office vault: the same store as a coach's, with role 'office' and the office's key pairs."""
    return make_office(Session.create(folder, passphrase), name)


def make_office(session: Session, name: str) -> Session:
    """Give a new, empty vault the office's role, name and key pairs."""
    with session.db.transaction():
        session.db.set_meta("role", keystore.ROLE_OFFICE)
        session.db.set_meta(OFFICE_NAME_KEY, name.strip() or "Keskustoimisto")
        keystore.ensure_own_keys(session.db)
        session.audit.record("office.init")
    return session


def require_office(session: Session) -> None:
    if keystore.vault_role(session.db) != keystore.ROLE_OFFICE:
        raise UserError("svc.not_office_vault")


def office_fingerprint(session: Session) -> str:
    require_office(session)
    keys = keystore.own_keys(session.db)
    assert keys is not None
    return keys.public.fingerprint


def write_enrolment_file(session: Session, out: Path, *, force: bool = False) -> str:
    """Write the office's public key file for coaches' laptops; returns the office fingerprint."""
    require_office(session)
    out = output_path(out, session.vault.folder, force=force)
    keys = keystore.own_keys(session.db)
    assert keys is not None
    enrolment = OfficeEnrolment(office_id=session.device_id, name=session.db.meta(OFFICE_NAME_KEY) or "",
                                keys=keys.public)
    write_output(out, enrolment.to_bytes(keys), force=force, mode=0o644)
    return keys.public.fingerprint


@dataclass
class OfficeImportResult:
    outcome: OfficeImport
    receipt: Path | None


def import_bundle(session: Session, path: Path, trust: str | None = None, receipt_out: Path | None = None,
                  progress: Progress | None = None, *, force: bool = False) -> OfficeImportResult:
    """Merge a coach's bundle all or nothing; with receipt_out, write the answer bundle for that device
    (an existing file only with `force`, never into the vault's folder: checked before anything is merged)."""
    require_office(session)
    if receipt_out is not None:
        receipt_out = output_path(receipt_out, session.vault.folder, force=force)
    data = read_bundle(path, lambda header: office_sync.check_before_reading(session.db, header, trust))
    def audit(outcome: office_sync.OfficeImport) -> None:
        session.audit.record("office.import", detail=f"device={outcome.device_id} seq={outcome.seq} "
                                                     f"records={outcome.inserted + outcome.replaced} "
                                                     f"conflicts={outcome.conflicts}")

    outcome = office_sync.import_changes(session.db, data, trust, progress, within=audit)
    if receipt_out is not None:
        with session.db.transaction():
            write_output(receipt_out, office_sync.make_office_bundle(session.db, outcome.device_id, outcome.ack),
                         force=force)
    return OfficeImportResult(outcome, receipt_out)


def devices(session: Session) -> list[Peer]:
    require_office(session)
    return keystore.peers(session.db, "device")


def revoke_device(session: Session, device: str) -> Peer:
    require_office(session)
    with session.db.transaction():
        peer = office_sync.find_device(session.db, device)
        keystore.set_peer_status(session.db, peer.peer_id, "revoked")
        session.audit.record("office.revoke", detail=f"device={peer.peer_id}")
    return peer


def conflicts(session: Session) -> list[Conflict]:
    require_office(session)
    return office_sync.open_conflicts(session.db)


def resolve_conflict(session: Session, conflict_id: int, keep: str) -> None:
    require_office(session)
    if keep not in ("office", "incoming"):
        raise UserError("svc.keep_choice")
    with store_refused(), session.db.transaction():
        office_sync.resolve_conflict(session.db, conflict_id, keep)
        session.audit.record("office.resolve", detail=f"conflict={conflict_id} keep={keep}")


def assign(session: Session, client_id: str, to: str, out: Path | None = None, *,
           force: bool = False) -> tuple[Peer, str | None]:
    """Assign or transfer a client to a coach's device; delivered with that device's next receipt, or now to `out`."""
    require_office(session)
    if out is not None:
        out = output_path(out, session.vault.folder, force=force)
    with session.db.transaction():
        target, previous = office_sync.assign_client(session.db, client_id, to)
        session.audit.record("office.transfer" if previous else "office.assign", client_id,
                             detail=f"device={target.peer_id}")
        if out is not None:
            write_output(out, office_sync.make_office_bundle(session.db, target.peer_id, None), force=force)
    return target, previous


def report(session: Session, month: str) -> MonthlyReport:
    require_office(session)
    result = monthly_report(session.db, month)
    result.figures += service_model_figures(session.db, *parse_month(month), load_rules(), schedule_settings(session))
    result.figures += services_figures(session.db, *parse_month(month))
    result.figures += record_figures(session.db, *parse_month(month))
    session.audit.record("office.report", detail=f"month={result.month}")
    return result


SECTIONS = ("clients", "new_clients", "closed_clients", "exits", "meetings", "kykyviisari_responses", "plans_made",
            "plans_signed", "initial_interviews", "intensive_conversations", "plans_by_type", "services_started",
            "services_ended", "services_ongoing", "age_groups", "unemployment_duration", "long_term_unemployed",
            "benefits", "kykyviisari_followed", "kykyviisari_change")  # in the order printed, headed report.section.*


# no sum is meant (the services: a client in two services is counted under each)
PARTS_NOT_SUMMED = {"intensive_conversations", "kykyviisari_followed", "kykyviisari_change", "services_started",
                    "services_ended", "services_ongoing"}


def report_csv(result: MonthlyReport) -> str:
    """The figures as CSV, small cells suppressed (sync.report_suppression; the rule is the last row); municipality
    and category names come from coaches' records, so no cell may be a formula (csv_text neutralises them)."""
    header = [["month", "section", "category", "municipality", "count"]]
    texts = _shown(result)
    rows = [[result.month, f.section, f.category, f.municipality, text] for f, text in zip(result.figures, texts,
                                                                                             strict=True)]
    rule = [[result.month, "suppression_rule", "", "", render("report.suppression_rule", THRESHOLD)]]
    return csv_text(header + rows + rule)


def _shown(result: MonthlyReport) -> list[str]:
    """Each figure's count as shown: suppressed, and the Kykyviisari mean change only over 5 clients or more."""
    texts = shown_counts(result.figures)
    followed = result.total("kykyviisari_followed")
    for index, figure in enumerate(result.figures):
        if figure.section == "kykyviisari_change":
            texts[index] = shown_mean(figure.count / 10 if followed else None, followed)
    return texts


def report_text(result: MonthlyReport) -> str:
    lines = [render("report.title", result.month)]
    texts = dict(zip(map(id, result.figures), _shown(result), strict=True))
    for section in SECTIONS:
        label = render(f"report.section.{section}")
        figures = [f for f in result.figures if f.section == section]
        lines.append("")
        total = shown_total(sum(f.count for f in figures))
        lines.append(label if section in PARTS_NOT_SUMMED else f"{label}: {total}")
        if not figures and section in PARTS_NOT_SUMMED:
            lines.append("  –")  # nothing to count this month
        for f in figures:
            if f.category != "total":
                where = f"  {f.municipality}" if f.municipality else ""
                lines.append(f"  {_category(f.section, f.category):<28}{where:<20}{texts[id(f)]:>6}")
    lines += ["", render("report.suppression_rule", THRESHOLD)]
    return "\n".join(lines)


def _category(section: str, category: str) -> str:
    """A category in the coaches' terms where the catalogue has them (exit reasons, age groups, services…),
    else its code."""
    group = {"exits": "exit_reason", "benefits": "benefit", "services_started": "service_kind",
             "services_ended": "service_kind", "services_ongoing": "service_kind", "clients": "target_group",
             "new_clients": "target_group", "closed_clients": "target_group", "meetings": "meeting_kind",
             "plans_by_type": "plan_type"}.get(section, "")
    for message_id in (f"label.report.{section}.{category}", f"label.{group}.{category}" if group else ""):
        if message_id and has_message(message_id):
            return render(message_id)
    return render("report.unknown") if category == "unknown" else category


def is_office_vault(session: Session) -> bool:
    return keystore.vault_role(session.db) == keystore.ROLE_OFFICE


@dataclass(frozen=True)
class BundleSender:
    device_id: str
    fingerprint: str
    known: bool
    status: str


def bundle_sender(session: Session, path: Path) -> BundleSender:
    """Who says they sent a coach's bundle, from its plain header (a few kilobytes read, nothing written), so
    the office can confirm a new device's fingerprint first; the import then checks the signature with it."""
    require_office(session)
    header = peek_bundle_header(path)
    peer = keystore.get_peer(session.db, header.sender_id)
    return BundleSender(header.sender_id, header.sender.fingerprint, peer is not None, peer.status if peer else "")
