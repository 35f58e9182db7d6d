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
from omavalmentaja.services import office

ORDER = 70


def register(sub: Any) -> None:
    parser = sub.add_parser("office", help="keskustoimisto / the central office")
    office_sub = parser.add_subparsers(dest="office_command", required=True, parser_class=type(parser))
    init = office_sub.add_parser("init", help="luo toimiston holvi ja avaimet / create the office vault and keys")
    init.add_argument("--name", default="Keskustoimisto")
    init.set_defaults(handler=cmd_init)
    enrol = office_sub.add_parser("enrol-file", help="kirjoita julkinen avaintiedosto / write the public key file")
    enrol.add_argument("--out", required=True)
    add_force_option(enrol)
    enrol.set_defaults(handler=cmd_enrol_file)
    imp = office_sub.add_parser("import", help="tuo valmentajan paketti / import a coach's bundle")
    imp.add_argument("bundle")
    imp.add_argument("--trust", metavar="FINGERPRINT", help="hyväksy uusi laite tällä sormenjäljellä")
    imp.add_argument("--receipt-out", metavar="FILE", help="kirjoita kuittaus laitteelle / write the receipt")
    add_force_option(imp)
    imp.set_defaults(handler=cmd_import)
    devices = office_sub.add_parser("devices", help="hyväksytyt laitteet / the trusted devices")
    devices.add_argument("--revoke", metavar="DEVICE", help="peru laitteen oikeus / revoke a device")
    devices.set_defaults(handler=cmd_devices)
    conflicts = office_sub.add_parser("conflicts", help="ristiriidat / open conflicts")
    conflicts.add_argument("--resolve", type=int, metavar="ID")
    conflicts.add_argument("--keep", choices=("office", "incoming"), default="office")
    conflicts.set_defaults(handler=cmd_conflicts)
    assign = office_sub.add_parser("assign", help="osoita tai siirrä asiakas valmentajalle / assign or transfer")
    assign.add_argument("client_id")
    assign.add_argument("--to", required=True, metavar="COACH", help="valmentajan nimi, laitetunnus tai sormenjälki")
    assign.add_argument("--out", metavar="FILE", help="kirjoita paketti heti / write the bundle now")
    add_force_option(assign)
    assign.set_defaults(handler=cmd_assign)
    recover = office_sub.add_parser("recover", help="vastaa valmentajan palautuspyyntöön / answer a recovery request")
    recover.add_argument("request")
    recover.add_argument("--out", required=True, metavar="ANSWER")
    recover.set_defaults(handler=cmd_recover)
    report = office_sub.add_parser("report", help="kuukausiraportti / monthly report")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--csv", action="store_true")
    report.set_defaults(handler=cmd_report)


def cmd_init(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    passphrase = read_passphrase(args, confirm=True, prompt="Uusi tunnuslause: ")
    with office.create_office(folder, passphrase, args.name) as session:
        fingerprint = office.office_fingerprint(session)
    print(f"Toimiston holvi luotu / office vault created: {folder}")
    print(f"Toimiston sormenjälki / office fingerprint: {fingerprint}")
    return 0


def cmd_enrol_file(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        fingerprint = office.write_enrolment_file(session, Path(args.out), force=args.force)
    print(f"Avaintiedosto kirjoitettu / key file written: {args.out}")
    print(f"Toimiston sormenjälki / office fingerprint: {fingerprint}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    receipt = Path(args.receipt_out) if args.receipt_out else None
    with open_session(args) as session:
        result = office.import_bundle(session, Path(args.bundle), args.trust, receipt, force=args.force)
    o = result.outcome
    if o.already:
        print(f"Paketti {o.seq} laitteelta {o.device_id} on jo tuotu; mitään ei muutettu / already imported")
    else:
        print(f"Paketti {o.seq} tuotu laitteelta {o.device_id} ({o.coach}) / imported: {o.inserted} uutta / new, "
              f"{o.replaced} päivitetty / updated, {o.unchanged} ennallaan / unchanged, {o.deleted} poistettu / "
              f"deleted, {o.conflicts} ristiriitaa / conflicts")
    if o.erasures_held:
        print(messages.render("erasure.held", o.erasures_held))
    if result.receipt:
        print(f"Kuittaus kirjoitettu / receipt written: {result.receipt}")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.revoke:
            peer = office.revoke_device(session, args.revoke)
            print(f"Laitteen oikeus peruttu / revoked: {peer.peer_id} ({peer.fingerprint})")
            return 0
        found = office.devices(session)
    if not found:
        print("Ei hyväksyttyjä laitteita / no devices")
    for p in found:
        last = format_date(dt.date.fromisoformat(p.last_in_at[:10])) if p.last_in_at else "-"
        print(f"{p.peer_id}  {p.fingerprint}  {p.name}  {p.status}  paketti/bundle {p.last_in_seq}  {last}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.resolve is not None:
            office.resolve_conflict(session, args.resolve, args.keep)
            print(f"Ristiriita {args.resolve} ratkaistu / resolved ({args.keep})")
            return 0
        found = office.conflicts(session)
    if not found:
        print("Ei avoimia ristiriitoja / no open conflicts")
    for c in found:
        detected = format_date(dt.date.fromisoformat(c.detected_at[:10]))
        incoming = "poisto/deletion" if c.is_deletion else f"v{c.incoming_version}"
        print(f"{c.id}  {c.record_table}  {c.record_id}  toimisto/office v{c.office_version} {c.office_device}  "
              f"saapunut/incoming {incoming} {c.incoming_device}  {detected}")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    with open_session(args) as session:
        target, previous = office.assign(session, args.client_id, args.to, out, force=args.force)
    what = "siirretty / transferred" if previous else "osoitettu / assigned"
    print(f"Asiakas {args.client_id} {what}: {target.name} ({target.peer_id})")
    print(f"Paketti kirjoitettu / bundle written: {out}" if out else
          "Toimitetaan laitteen seuraavan kuittauksen mukana / delivered with the device's next receipt")
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
