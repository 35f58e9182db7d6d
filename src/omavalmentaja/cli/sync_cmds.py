"""enrol FILE, device, sync export --out FILE, sync import FILE (the coach's laptop)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja.cli.common import add_force_option, open_session
from omavalmentaja.messages import Message, render
from omavalmentaja.services import office, sync

ORDER = 60


def register(sub: Any) -> None:
    enrol = sub.add_parser("enrol", help=render("cli.help_enrol"))
    enrol.add_argument("file")
    enrol.add_argument("--coach", help=render("cli.help_coach"))
    enrol.add_argument("--fingerprint", metavar="FP", help=render("cli.help_fingerprint"))
    enrol.add_argument("--replace", action="store_true", help=render("cli.help_replace_office"))
    enrol.set_defaults(handler=cmd_enrol)
    device = sub.add_parser("device", help=render("cli.help_device"))
    device.set_defaults(handler=cmd_device)
    sync_parser = sub.add_parser("sync", help=render("cli.help_sync"))
    sync_sub = sync_parser.add_subparsers(dest="sync_command", required=True, parser_class=type(sync_parser))
    export = sync_sub.add_parser("export", help=render("cli.help_sync_export"))
    export.add_argument("--out", required=True)
    add_force_option(export)
    export.set_defaults(handler=cmd_export)
    imp = sync_sub.add_parser("import", help=render("cli.help_sync_import"))
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)


def cmd_enrol(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        info = sync.enrol(session, Path(args.file), args.coach, fingerprint=args.fingerprint,
                          replace=args.replace)
    print(Message.of("cli.enrolled_with", info.office_name))
    print(Message.of("cli.office_fingerprint", info.office_fingerprint))
    print(Message.of("cli.device_fingerprint", info.fingerprint))
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if office.is_office_vault(session):
            print(Message.of("cli.office", session.device_id))
            print(Message.of("cli.fingerprint", office.office_fingerprint(session)))
            return 0
        info = sync.device_info(session)
    print(Message.of("cli.device", info.device_id))
    print(Message.of("cli.fingerprint", info.fingerprint))
    print(Message.of("cli.coach", info.coach_name or Message.of("cli.coach_not_named")))
    if info.office_fingerprint:
        print(Message.of("cli.office_row", info.office_name, info.office_fingerprint))
    else:
        print(Message.of("cli.not_enrolled"))
    print(Message.of("cli.pending", info.pending_records))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        export = sync.export_bundle(session, Path(args.out), force=args.force)
    print(Message.of("cli.sync_bundle_written", export.seq, args.out, export.records, export.tombstones))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        outcome = sync.import_bundle(session, Path(args.file))
    if outcome.already:
        print(Message.of("cli.receipt_already", outcome.seq))
        return 0
    print(Message.of("cli.receipt_imported", outcome.seq, outcome.acknowledged, outcome.applied, outcome.deleted,
                     len(outcome.assigned_clients)))
    if outcome.kept_local:
        print(Message.of("cli.kept_local", outcome.kept_local))
    return 0
