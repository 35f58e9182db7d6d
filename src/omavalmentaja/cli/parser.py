"""The full command-line parser: the global options and every command module's commands. Imported when a
command line is more than the desktop app's own options (see omavalmentaja.cli._desktop_options)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from omavalmentaja import __version__
from omavalmentaja.errors import UserError
from omavalmentaja.messages import LANGUAGES, render

COMMANDS_PACKAGE = "omavalmentaja.cli"


def command_modules() -> list[ModuleType]:
    """Every module `omavalmentaja.cli.*_cmds`; each adds its commands with register(subparsers)."""
    package = importlib.import_module(COMMANDS_PACKAGE)
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__) if info.name.endswith("_cmds"))
    modules = [importlib.import_module(f"{COMMANDS_PACKAGE}.{name}") for name in names]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError("cli.usage_error", self.prog, message)  # argparse's words: cli.argparse_words


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="omavalmentaja", description=render("cli.description"))
    parser.add_argument("--version", action="version", version=__version__, help=render("argparse.version"))
    parser.add_argument("--data-dir", help=render("cli.help_data_dir"))
    parser.add_argument("--passphrase-file", help=render("cli.help_passphrase_file"))
    parser.add_argument("--pin-file", help=render("cli.help_pin_file"))
    parser.add_argument("--demo", action="store_true", help=render("cli.help_demo"))
    parser.add_argument("--lang", choices=LANGUAGES, help=render("cli.help_lang"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in command_modules():
        module.register(sub)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    from omavalmentaja.cli.argparse_words import argparse_in_language

    with argparse_in_language():
        return build_parser().parse_args(argv)
