"""client import | list | export | erase."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from omavalmentaja.cli.client_record import register_closing_commands
from omavalmentaja.cli.common import open_session
from omavalmentaja.cli.datalife_cmds import register_client_commands
from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.csv_import import import_clients_csv

ORDER = 20


def register(sub: Any) -> None:
    client = sub.add_parser("client", help="asiakkaat / clients")
    client_sub = client.add_subparsers(dest="client_command", required=True, parser_class=type(client))
    imp = client_sub.add_parser("import", help="tuo asiakkaat CSV-tiedostosta / import clients from CSV")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)
    lst = client_sub.add_parser("list", help="listaa asiakkaat / list clients")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--search", default="", help="hae nimellä, henkilötunnuksella tai muistiinpanoista")
    lst.add_argument("--active", action="store_true", help="vain aktiiviset / active only")
    lst.add_argument("--municipality", default="")
    lst.set_defaults(handler=cmd_list)
    register_client_commands(client_sub)
    register_closing_commands(client_sub)


def cmd_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = import_clients_csv(session, Path(args.file))
    print(f"Tuotu {result.imported} asiakasta / imported {result.imported} clients")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        rows = list_clients(session, text=args.search, active_only=args.active, municipality=args.municipality)
        session.audit.record("client.list", detail=f"rows={len(rows)}")
    if args.json:
        json.dump([{
            "id": r.id, "first_name": r.first_name, "last_name": r.last_name, "preferred_name": r.preferred_name,
            "date_of_birth": r.date_of_birth, "municipality": r.municipality, "status": r.status,
            "target_group": r.target_group, "last_met": r.last_met,
        } for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in rows:
        print(f"{r.id}  {r.last_name}, {r.first_name}  {r.municipality}  {r.status}")
    return 0
