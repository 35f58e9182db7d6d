"""instrument list | import FILE."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from omavalmentaja.cli.common import open_session
from omavalmentaja.domain.instruments import text_in
from omavalmentaja.services.instrument_catalog import catalog, import_definition_file

ORDER = 40


def register(sub: Any) -> None:
    instrument = sub.add_parser("instrument", help="kyselyjen määrittelyt / questionnaire definitions")
    instrument_sub = instrument.add_subparsers(dest="instrument_command", required=True,
                                               parser_class=type(instrument))
    lst = instrument_sub.add_parser("list", help="listaa kyselyt ja versiot / list instruments and versions")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    imp = instrument_sub.add_parser("import", help="tuo määrittely (JSON tai TOML) / import a definition file")
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
        source = "sisäänrakennettu / built in" if e.source == "builtin" else "tuotu / imported"
        print(f"{e.instrument.id}  {e.instrument.version}  {text_in(e.instrument.title, 'fi')}  "
              f"[{', '.join(e.instrument.languages)}]  {source}  ({e.instrument.licence.name})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with open_session(args) as session:
        outcome = import_definition_file(session, path)
    key = f"{outcome.instrument.id} {outcome.instrument.version}"
    if outcome.added:
        print(f"Tuotu kysely {key} / imported {key}")
    else:
        print(f"Kysely {key} oli jo tuotu samanlaisena, ei muutoksia / already imported unchanged")
    return 0
