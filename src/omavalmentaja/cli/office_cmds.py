"""office init | enrol-file | import | devices | conflicts | assign | report (the central office)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import add_force_option, data_dir, open_session, read_passphrase
from omavalmentaja.domain.dates import format_date
from omavalmentaja.messages import Message, label, render
from omavalmentaja.services import office

ORDER = 70


def register(sub: Any) -> None:
    parser = sub.add_parser("office", help=render("cli.help_office"))
    office_sub = parser.add_subparsers(dest="office_command", required=True, parser_class=type(parser))
    init = office_sub.add_parser("init", help=render("cli.help_office_init"))
    init.add_argument("--name", default="Keskustoimisto")
    init.set_defaults(handler=cmd_init)
    enrol = office_sub.add_parser("enrol-file", help=render("cli.help_enrol_file"))
    enrol.add_argument("--out", required=True)
    add_force_option(enrol)
    enrol.set_defaults(handler=cmd_enrol_file)
    imp = office_sub.add_parser("import", help=render("cli.help_office_import"))
    imp.add_argument("bundle")
    imp.add_argument("--trust", metavar="FINGERPRINT", help=render("cli.help_trust"))
    imp.add_argument("--receipt-out", metavar="FILE", help=render("cli.help_receipt_out"))
    add_force_option(imp)
    imp.set_defaults(handler=cmd_import)
    devices = office_sub.add_parser("devices", help=render("cli.help_devices"))
    devices.add_argument("--revoke", metavar="DEVICE", help=render("cli.help_revoke"))
    devices.set_defaults(handler=cmd_devices)
    conflicts = office_sub.add_parser("conflicts", help=render("cli.help_conflicts"))
    conflicts.add_argument("--resolve", type=int, metavar="ID")
    conflicts.add_argument("--keep", choices=("office", "incoming"), default="office")
    conflicts.set_defaults(handler=cmd_conflicts)
    assign = office_sub.add_parser("assign", help=render("cli.help_assign"))
    assign.add_argument("client_id")
    assign.add_argument("--to", required=True, metavar="COACH", help=render("cli.help_to"))
    assign.add_argument("--out", metavar="FILE", help=render("cli.help_assign_out"))
    add_force_option(assign)
    assign.set_defaults(handler=cmd_assign)
    recover = office_sub.add_parser("recover", help=render("cli.help_office_recover"))
    recover.add_argument("request")
    recover.add_argument("--out", required=True, metavar="ANSWER")
    recover.set_defaults(handler=cmd_recover)
    report = office_sub.add_parser("report", help=render("cli.help_report"))
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--csv", action="store_true")
    report.set_defaults(handler=cmd_report)


def cmd_init(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    passphrase = read_passphrase(args, confirm=True, prompt=render("cli.prompt_new_passphrase"))
    with office.create_office(folder, passphrase, args.name) as session:
        fingerprint = office.office_fingerprint(session)
    print(Message.of("cli.office_created", folder))
    print(Message.of("cli.office_fingerprint", fingerprint))
    return 0


def cmd_enrol_file(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        fingerprint = office.write_enrolment_file(session, Path(args.out), force=args.force)
    print(Message.of("cli.key_file_written", args.out))
    print(Message.of("cli.office_fingerprint", fingerprint))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    receipt = Path(args.receipt_out) if args.receipt_out else None
    with open_session(args) as session:
        result = office.import_bundle(session, Path(args.bundle), args.trust, receipt, force=args.force)
    o = result.outcome
    if o.already:
        print(Message.of("cli.office_bundle_already", o.seq, o.device_id))
    else:
        print(Message.of("cli.office_bundle_imported", o.seq, o.device_id, o.coach, o.inserted, o.replaced,
                         o.unchanged, o.deleted, o.conflicts))
    if o.erasures_held:
        print(messages.render("erasure.held", o.erasures_held))
    if result.receipt:
        print(Message.of("cli.receipt_written", result.receipt))
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.revoke:
            peer = office.revoke_device(session, args.revoke)
            print(Message.of("cli.revoked", peer.peer_id, peer.fingerprint))
            return 0
        found = office.devices(session)
    if not found:
        print(Message.of("cli.no_devices"))
    for p in found:
        last = format_date(dt.date.fromisoformat(p.last_in_at[:10])) if p.last_in_at else "-"
        print(Message.of("cli.device_row", p.peer_id, p.fingerprint, p.name, label("device_status", p.status),
                         p.last_in_seq, last))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.resolve is not None:
            office.resolve_conflict(session, args.resolve, args.keep)
            print(Message.of("cli.resolved", args.resolve, args.keep))
            return 0
        found = office.conflicts(session)
    if not found:
        print(Message.of("cli.no_conflicts"))
    for c in found:
        detected = format_date(dt.date.fromisoformat(c.detected_at[:10]))
        incoming = render("cli.conflict_deletion") if c.is_deletion else f"v{c.incoming_version}"
        print(Message.of("cli.conflict_row", c.id, c.record_table, c.record_id, c.office_version, c.office_device,
                         incoming, c.incoming_device, detected))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    with open_session(args) as session:
        target, previous = office.assign(session, args.client_id, args.to, out, force=args.force)
    what = render("cli.transferred") if previous else render("cli.assigned")
    print(Message.of("cli.client_assigned", args.client_id, what, target.name, target.peer_id))
    print(render("cli.bundle_written", out) if out else
          render("cli.delivered_later"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = office.report(session, args.month)
    sys.stdout.write(office.report_csv(result) if args.csv else office.report_text(result) + "\n")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from omavalmentaja import messages
    from omavalmentaja.services.recovery import answer_request

    with open_session(args) as session:
        result = answer_request(session, Path(args.request), Path(args.out))
    print(messages.render("keys.recovery_answer_written", result.path, result.coach or result.device_id,
                          result.fingerprint))
    return 0
