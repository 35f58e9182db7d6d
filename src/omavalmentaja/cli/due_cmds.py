"""due [--on YYYY-MM-DD] [--json]: what the service model makes due or overdue across the caseload."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from omavalmentaja.cli.common import open_session
from omavalmentaja.domain.dates import format_date
from omavalmentaja.errors import UserError
from omavalmentaja.messages import render
from omavalmentaja.services.due import due_rows

ORDER = 25


def register(sub: Any) -> None:
    due = sub.add_parser("due", help=render("cli.help_due"))
    due.add_argument("--on", default="", help=render("cli.help_on"))
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=cmd_due)


def parse_on(text: str) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError("model.bad_day", text) from None


def cmd_due(args: argparse.Namespace) -> int:
    on = parse_on(args.on)
    with open_session(args) as session:
        rows = due_rows(session, on)
        session.audit.record("service_model.due", detail=f"rows={len(rows)}")
    if args.json:
        json.dump([row.to_json() for row in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not rows:
        print(render("model.nothing_due", format_date(on)))
    for row in rows:
        late = render("model.overdue_days", row.overdue_days) if row.overdue_days else ""
        print(f"{row.client_id}  {row.client_name}  {row.label.render()}  {format_date(row.due_on)}  {late}".rstrip())
    return 0
