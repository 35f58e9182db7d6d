"""quick-unlock enable | disable, recovery request | apply (the office's side is `office recover`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import data_dir, open_session, read_passphrase
from omavalmentaja.messages import render
from omavalmentaja.services import quick_unlock, recovery
from omavalmentaja.services.files import read_secret_file

ORDER = 15


def register(sub: Any) -> None:
    quick = sub.add_parser("quick-unlock", help=render("cli.help_quick_unlock"))
    quick_sub = quick.add_subparsers(dest="quick_command", required=True, parser_class=type(quick))
    enable = quick_sub.add_parser("enable", help=render("cli.help_turn_on"))
    enable.add_argument("--pin-file", dest="new_pin_file", required=True, metavar="F")
    enable.set_defaults(handler=cmd_enable)
    disable = quick_sub.add_parser("disable", help=render("cli.help_turn_off"))
    disable.set_defaults(handler=cmd_disable)
    rec = sub.add_parser("recovery", help=render("cli.help_recovery"))
    rec_sub = rec.add_subparsers(dest="recovery_command", required=True, parser_class=type(rec))
    request = rec_sub.add_parser("request", help=render("cli.help_recovery_request"))
    request.add_argument("--out", required=True)
    request.set_defaults(handler=cmd_request)
    apply = rec_sub.add_parser("apply", help=render("cli.help_recovery_apply"))
    apply.add_argument("answer")
    apply.add_argument("--new-passphrase-file", required=True)
    apply.set_defaults(handler=cmd_apply)


def cmd_enable(args: argparse.Namespace) -> int:
    pin = read_secret_file(Path(args.new_pin_file))
    with open_session(args) as session:
        passphrase = read_passphrase(args)
        quick_unlock.enable(session, passphrase, pin)
    print(messages.render("keys.quick_unlock_enabled"))
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        quick_unlock.disable(session)
    print(messages.render("keys.quick_unlock_disabled"))
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    result = recovery.write_request(data_dir(args), Path(args.out))
    print(messages.render("keys.recovery_request_written", result.path, result.device_id, result.fingerprint))
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    new = read_secret_file(Path(args.new_passphrase_file))
    with recovery.apply_answer(data_dir(args), Path(args.answer), new):
        pass
    print(messages.render("keys.recovery_applied"))
    return 0
