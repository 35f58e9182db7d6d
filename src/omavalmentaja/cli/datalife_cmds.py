"""client export | client erase (registered by client_cmds), backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.common import add_force_option, data_dir, open_session, read_passphrase
from omavalmentaja.domain.retention import ErasureReason
from omavalmentaja.services.backup import make_backup, restore_backup
from omavalmentaja.services.client_erase import erase_client
from omavalmentaja.services.client_export import export_client
from omavalmentaja.services.office import is_office_vault
from omavalmentaja.services.session import Session

ORDER = 70


def register_client_commands(client_sub: Any) -> None:
    export = client_sub.add_parser("export", help="kaikki asiakkaan tiedot kansioon (PDF + JSON) / "
                                                  "everything held on one client")
    export.add_argument("client_id")
    export.add_argument("--out", required=True, help="kansio / folder")
    export.set_defaults(handler=cmd_export)
    erase = client_sub.add_parser("erase", help="poista asiakas pysyvästi / really remove a client")
    erase.add_argument("client_id")
    erase.add_argument("--reason", required=True, choices=[r.value for r in ErasureReason],
                       help="poiston peruste / the lawful reason")
    erase.set_defaults(handler=cmd_erase)


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="salattu kopio koko holvista / an encrypted copy of the whole vault")
    backup.add_argument("--out", required=True, help="varmuuskopiotiedosto / the backup file")
    add_force_option(backup)
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="palauta varmuuskopio tyhjään kansioon / restore into an empty "
                                             "--data-dir (asks the backup's passphrase)")
    restore.add_argument("file")
    restore.set_defaults(handler=cmd_restore)


def cmd_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = export_client(session, args.client_id, Path(args.out))
    print(f"Viety {result.records} tietuetta, {len(result.files)} tiedostoa kansioon {result.folder} / "
          f"exported {result.records} records")
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
    print(f"Varmuuskopio tehty / backup written: {result.path} ({result.size} tavua)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    result = restore_backup(Path(args.file), folder, read_passphrase(args, prompt="Varmuuskopion tunnuslause: "))
    print(f"Holvi palautettu kansioon {result.folder} (varmuuskopio {result.created_at[:10]}) / vault restored")
    return 0
