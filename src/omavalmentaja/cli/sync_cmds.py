"""enrol FILE, device, sync export --out FILE, sync import FILE (the coach's laptop)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja.cli.common import add_force_option, open_session
from omavalmentaja.services import office, sync

ORDER = 60


def register(sub: Any) -> None:
    enrol = sub.add_parser("enrol", help="rekisteröi toimiston avaintiedosto / register the office's key file")
    enrol.add_argument("file")
    enrol.add_argument("--coach", help="valmentajan nimi toimistolle / the coach's name shown at the office")
    enrol.add_argument("--fingerprint", metavar="FP", help="toimiston sormenjälki toimistolta / the office's "
                                                           "fingerprint, as the office reads it out")
    enrol.add_argument("--replace", action="store_true", help="vaihda toimiston avain / replace the office key")
    enrol.set_defaults(handler=cmd_enrol)
    device = sub.add_parser("device", help="laitteen tunnus ja sormenjälki / this device's id and fingerprint")
    device.set_defaults(handler=cmd_device)
    sync_parser = sub.add_parser("sync", help="synkronointipaketit / sync bundles")
    sync_sub = sync_parser.add_subparsers(dest="sync_command", required=True, parser_class=type(sync_parser))
    export = sync_sub.add_parser("export", help="kirjoita muutokset paketiksi / write changes to a bundle")
    export.add_argument("--out", required=True)
    add_force_option(export)
    export.set_defaults(handler=cmd_export)
    imp = sync_sub.add_parser("import", help="tuo toimiston kuittaus / import the office's receipt")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)


def cmd_enrol(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        info = sync.enrol(session, Path(args.file), args.coach, fingerprint=args.fingerprint,
                          replace=args.replace)
    print(f"Rekisteröity toimistoon / enrolled with: {info.office_name}")
    print(f"Toimiston sormenjälki / office fingerprint: {info.office_fingerprint}")
    print(f"Tämän laitteen sormenjälki / this device's fingerprint: {info.fingerprint}")
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if office.is_office_vault(session):
            print(f"Toimisto / office: {session.device_id}")
            print(f"Sormenjälki / fingerprint: {office.office_fingerprint(session)}")
            return 0
        info = sync.device_info(session)
    print(f"Laite / device: {info.device_id}")
    print(f"Sormenjälki / fingerprint: {info.fingerprint}")
    print(f"Valmentaja / coach: {info.coach_name}")
    if info.office_fingerprint:
        print(f"Toimisto / office: {info.office_name} ({info.office_fingerprint})")
    else:
        print("Toimisto / office: ei rekisteröity / not enrolled")
    print(f"Lähettämättömiä muutoksia / changes not yet confirmed: {info.pending_records}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        export = sync.export_bundle(session, Path(args.out), force=args.force)
    print(f"Paketti {export.seq} kirjoitettu / bundle written: {args.out} "
          f"({export.records} tietuetta / records, {export.tombstones} poistoa / deletions)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        outcome = sync.import_bundle(session, Path(args.file))
    if outcome.already:
        print(f"Paketti {outcome.seq} on jo tuotu; mitään ei muutettu / already imported, nothing changed")
        return 0
    print(f"Toimiston paketti {outcome.seq} tuotu / imported: {outcome.acknowledged} kuitattu / acknowledged, "
          f"{outcome.applied} päivitetty / updated, {outcome.deleted} poistettu / deleted, "
          f"{len(outcome.assigned_clients)} asiakasta osoitettu / clients assigned")
    if outcome.kept_local:
        print(f"{outcome.kept_local} omaa muutosta säilytettiin; toimisto näkee molemmat / "
              "local changes kept, the office sees both")
    return 0
