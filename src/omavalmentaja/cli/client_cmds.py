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
from omavalmentaja.messages import Message, label, render
from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.csv_import import import_clients_csv

ORDER = 20


def register(sub: Any) -> None:
    client = sub.add_parser("client", help=render("cli.help_client"))
    client_sub = client.add_subparsers(dest="client_command", required=True, parser_class=type(client))
    imp = client_sub.add_parser("import", help=render("cli.help_client_import"))
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)
    lst = client_sub.add_parser("list", help=render("cli.help_client_list"))
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--search", default="", help=render("cli.help_search"))
    lst.add_argument("--active", action="store_true", help=render("cli.help_active"))
    lst.add_argument("--municipality", default="")
    lst.set_defaults(handler=cmd_list)
    register_client_commands(client_sub)
    register_closing_commands(client_sub)


def cmd_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = import_clients_csv(session, Path(args.file))
    print(Message.of("cli.imported_clients", result.imported))
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
    table = [[render("cli.column_id"), render("cli.column_name"), render("cli.column_municipality"),
              render("cli.column_status")]]
    table += [[r.id, f"{r.last_name}, {r.first_name}", r.municipality, label("status", r.status)] for r in rows]
    widths = [max(len(row[column]) for row in table) for column in range(3)]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
    return 0
