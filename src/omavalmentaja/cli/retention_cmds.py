"""client retention (the retention view), office retention (the office's setting), office erasures (decisions)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import open_session
from omavalmentaja.domain.dates import format_date
from omavalmentaja.messages import render
from omavalmentaja.services import office_erasure
from omavalmentaja.services.closing import closing_date
from omavalmentaja.services.office import require_office
from omavalmentaja.services.retention import past_retention, retention_setting, set_office_retention

ORDER = 75


def register(sub: Any) -> None:
    """Adds to the `client` and `office` parsers made by client_cmds and office_cmds (lower ORDER: made first)."""
    client_sub = _subparsers(sub.choices["client"])
    office_sub = _subparsers(sub.choices["office"])
    view = client_sub.add_parser("retention", help=render("cli.help_retention"))
    view.add_argument("--json", action="store_true")
    view.add_argument("--on", metavar="YYYY-MM-DD", help=render("cli.help_date_default_today"))
    view.set_defaults(handler=cmd_retention)
    setting = office_sub.add_parser("retention", help=render("cli.help_office_retention"))
    setting.add_argument("--months", type=int, help=render("cli.help_retention_months"))
    setting.set_defaults(handler=cmd_office_retention)
    erasures = office_sub.add_parser("erasures", help=render("cli.help_erasures"))
    action = erasures.add_mutually_exclusive_group()
    action.add_argument("--approve", metavar="CLIENT_ID", help=render("cli.help_approve"))
    action.add_argument("--refuse", metavar="CLIENT_ID", help=render("cli.help_refuse"))
    erasures.set_defaults(handler=cmd_erasures)


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def cmd_retention(args: argparse.Namespace) -> int:
    on = closing_date(args.on) if args.on else dt.date.today()
    with open_session(args) as session:
        setting = retention_setting(session)
        rows = past_retention(session, on)
        session.audit.record("client.retention", detail=f"rows={len(rows)}")
    if args.json:
        json.dump({"retention_months": setting.months, "from_office": setting.from_office, "clients": [
            {"id": r.client_id, "last_name": r.last_name, "first_name": r.first_name,
             "closed_on": r.closed_on.isoformat(), "erasable_from": r.erasable_from.isoformat()} for r in rows]},
            sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(_setting_line(setting.months, setting.from_office))
    if not rows:
        print(messages.render("retention.none_past"))
    for r in rows:
        print(f"{r.client_id}  {r.last_name}, {r.first_name}  "
              + messages.render("retention.row", format_date(r.closed_on), format_date(r.erasable_from)))
    return 0


def _setting_line(months: int | None, from_office: bool) -> str:
    if months is None:
        return messages.render("retention.not_received")
    return messages.render("retention.setting" if from_office else "retention.setting_default", months)


def cmd_office_retention(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        require_office(session)
        if args.months is not None:
            set_office_retention(session, args.months)
        setting = retention_setting(session)
    print(_setting_line(setting.months, setting.from_office))
    return 0


def cmd_erasures(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.approve:
            removed = office_erasure.approve_erasure(session, args.approve)
            print(messages.render("erasure.approved", args.approve, removed))
            return 0
        if args.refuse:
            office_erasure.refuse_erasure(session, args.refuse)
            print(messages.render("erasure.refused", args.refuse))
            return 0
        pending = office_erasure.pending_erasures(session)
    if not pending:
        print(messages.render("erasure.none_pending"))
    for r in pending:
        print(f"{r.client_id}  {r.peer_id}  {messages.render('label.erasure_reason.' + r.reason)}  "
              f"{format_date(dt.date.fromisoformat(r.requested_at[:10]))}  "
              + messages.render("erasure.records", r.records))
    return 0
