"""client export | client erase (registered by client_cmds), backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import add_force_option, data_dir, open_session, read_passphrase
from omavalmentaja.domain.retention import ErasureReason
from omavalmentaja.messages import Message, render
from omavalmentaja.services.backup import make_backup, restore_backup
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.client_export import export_client
from omavalmentaja.services.office import is_office_vault
from omavalmentaja.services.session import Session

ORDER = 70


def register_client_commands(client_sub: Any) -> None:
    export = client_sub.add_parser("export", help=render("cli.help_client_export"))
    export.add_argument("client_id")
    export.add_argument("--out", required=True, help=render("cli.help_folder"))
    export.set_defaults(handler=cmd_export)
    erase = client_sub.add_parser("erase", help=render("cli.help_erase"))
    erase.add_argument("client_id")
    erase.add_argument("--reason", required=True, choices=[r.value for r in ErasureReason],
                       help=render("cli.help_erase_reason"))
    erase.set_defaults(handler=cmd_erase)


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help=render("cli.help_backup"))
    backup.add_argument("--out", required=True, help=render("cli.help_backup_file"))
    add_force_option(backup)
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help=render("cli.help_restore"))
    restore.add_argument("file")
    restore.set_defaults(handler=cmd_restore)


def cmd_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = export_client(session, args.client_id, Path(args.out))
    print(Message.of("cli.exported", result.records, len(result.files), result.folder))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = erase_client(session, args.client_id, args.reason)
        at_office = is_office_vault(session)
    print(messages.render("erasure.done", result.client_id, result.records))
    if not at_office:
        print(messages.render("erasure.office_decides"))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    with Session.unlock(data_dir(args), passphrase) as session:
        result = make_backup(session, Path(args.out), passphrase, overwrite=args.force)
    print(Message.of("cli.backup_written", result.path, result.size))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    passphrase = read_passphrase(args, prompt=render("cli.prompt_backup_passphrase"))
    result = restore_backup(Path(args.file), folder, passphrase)
    print(Message.of("cli.restored", result.folder, result.created_at[:10]))
    return 0
