"""client close | reopen (registered by client_cmds): the end of a client relationship, with its date and code."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import open_session
from omavalmentaja.domain.closing import ExitReason, exit_reason_label
from omavalmentaja.domain.dates import format_date
from omavalmentaja.messages import render
from omavalmentaja.services.closing import close_client, closing_date, reopen_client


def register_closing_commands(client_sub: Any) -> None:
    close = client_sub.add_parser("close", help=render("cli.help_close"))
    close.add_argument("client_id")
    close.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=render("cli.help_closing_date"))
    close.add_argument("--reason", required=True, choices=[r.value for r in ExitReason],
                       help=render("cli.help_exit_reason"))
    close.add_argument("--note", default="", help=render("cli.help_note"))
    close.set_defaults(handler=cmd_close)
    reopen = client_sub.add_parser("reopen", help=render("cli.help_reopen"))
    reopen.add_argument("client_id")
    reopen.add_argument("--on", metavar="YYYY-MM-DD", help=render("cli.help_date_default_today"))
    reopen.set_defaults(handler=cmd_reopen)


def cmd_close(args: argparse.Namespace) -> int:
    on = closing_date(args.on)
    with open_session(args) as session:
        client = close_client(session, args.client_id, on, args.reason, args.note)
    print(messages.render("closing.closed", client.id, format_date(on), exit_reason_label(client.exit_reason)))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    on = closing_date(args.on) if args.on else dt.date.today()
    with open_session(args) as session:
        client = reopen_client(session, args.client_id, on)
    print(messages.render("closing.reopened", client.id, format_date(on)))
    return 0
