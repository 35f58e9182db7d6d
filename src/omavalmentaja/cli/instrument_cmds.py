"""instrument list | import FILE."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from omavalmentaja.cli.common import open_session
from omavalmentaja.domain.instruments import text_in
from omavalmentaja.messages import Message, current_language, render
from omavalmentaja.services.instrument_catalog import catalog, import_definition_file

ORDER = 40


def register(sub: Any) -> None:
    instrument = sub.add_parser("instrument", help=render("cli.help_instrument"))
    instrument_sub = instrument.add_subparsers(dest="instrument_command", required=True,
                                               parser_class=type(instrument))
    lst = instrument_sub.add_parser("list", help=render("cli.help_instrument_list"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    imp = instrument_sub.add_parser("import", help=render("cli.help_instrument_import"))
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = catalog(session)
    if args.json:
        json.dump([{
            "id": e.instrument.id, "version": e.instrument.version, "title": dict(e.instrument.title),
            "languages": list(e.instrument.languages), "fill": e.instrument.fill.value, "source": e.source,
            "items": len(e.instrument.items), "scores": [s.id for s in e.instrument.scores],
            "licence": e.instrument.licence.name, "not_kykyviisari": e.instrument.not_kykyviisari,
        } for e in entries], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for e in entries:
        source = render("cli.source_builtin") if e.source == "builtin" else render("cli.source_imported")
        print(f"{e.instrument.id}  {e.instrument.version}  {text_in(e.instrument.title, current_language())}  "
              f"[{', '.join(e.instrument.languages)}]  {source}  ({e.instrument.licence.name})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with open_session(args) as session:
        outcome = import_definition_file(session, path)
    key = f"{outcome.instrument.id} {outcome.instrument.version}"
    if outcome.added:
        print(Message.of("cli.instrument_imported", key))
    else:
        print(Message.of("cli.instrument_unchanged", key))
    return 0
