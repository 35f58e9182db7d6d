"""init, demo-data, passwd."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import data_dir, open_session, read_passphrase
from omavalmentaja.errors import UserError
from omavalmentaja.messages import Message, render
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.files import read_secret_file
from omavalmentaja.services.passphrase import change_passphrase
from omavalmentaja.services.session import Session

ORDER = 10


def register(sub: Any) -> None:
    init = sub.add_parser("init", help=render("cli.help_init"))
    init.set_defaults(handler=cmd_init)
    demo = sub.add_parser("demo-data", help=render("cli.help_demo_fill"))
    demo.add_argument("--clients", type=int, default=120)
    demo.set_defaults(handler=cmd_demo_data)
    passwd = sub.add_parser("passwd", help=render("cli.help_passwd"))
    passwd.add_argument("--new-passphrase-file", required=True)
    passwd.set_defaults(handler=cmd_passwd)


def cmd_init(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    passphrase = read_passphrase(args, confirm=True, prompt=render("cli.prompt_new_passphrase"))
    with Session.create(folder, passphrase) as session:
        print(Message.of("cli.vault_created", folder, session.device_id))
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    if not 0 < args.clients <= 100_000:
        raise UserError("cli.clients_range")
    with open_session(args) as session:
        added = fill_demo_data(session, clients=args.clients)
        print(Message.of("cli.demo_added", added))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    new = read_secret_file(Path(args.new_passphrase_file))
    with open_session(args) as session:
        old = read_passphrase(args)
        result = change_passphrase(session, old, new)
    print(messages.render("keys.passphrase_changed"))
    if result.quick_unlock_turned_off:
        print(messages.render("keys.quick_unlock_turned_off"))
    return 0
