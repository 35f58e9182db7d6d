"""The command line: the same services as the UI. Exit 0 on success, 2 on a user's error."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from omavalmentaja import __version__, messages
from omavalmentaja.cli.output import escaped_output
from omavalmentaja.errors import UserError
from omavalmentaja.messages import render

# The desktop app starts through main() with no command: what only the commands need (the command modules, the
# store) is imported where a command is parsed or an error reported, not before the first window is painted.


def command_modules() -> list[ModuleType]:
    """Every module `omavalmentaja.cli.*_cmds`; each adds its commands with register(subparsers)."""
    import importlib
    import pkgutil

    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name.endswith("_cmds"))
    modules = [importlib.import_module(f"{__name__}.{name}") for name in names]
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
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help=render("cli.help_lang"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in command_modules():
        module.register(sub)
    return parser


class _NotDesktop(Exception):
    pass


class _DesktopParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotDesktop()


def _desktop_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The desktop app's options when the command line names no command, read without importing the
    commands and every service they load (the app's first window appears that much sooner). Anything else,
    a command, --help or a mistake, is None: the full parser reads it."""
    quick = _DesktopParser(add_help=False)
    quick.add_argument("--data-dir")
    quick.add_argument("--demo", action="store_true")
    quick.add_argument("--lang", choices=("fi", "sv", "en"))
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotDesktop:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    with escaped_output():  # no stored or received text reaches the terminal as a control sequence
        return _main(argv)


def _lang_option(argv: Sequence[str]) -> str | None:
    """The value of --lang (or --lang=…) before the parser is built, if it names a language."""
    for index, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in messages.LANGUAGES:
            return value
    return None


def _main(argv: Sequence[str] | None) -> int:
    # The language first (--lang, else the locale): the parser's help texts are rendered in it.
    messages.set_language(_lang_option(sys.argv[1:] if argv is None else argv)
                          or messages.language_from_environment())
    try:
        args = _desktop_start(argv) or _parse(argv)
        if args.command is None:
            from omavalmentaja.ui.app import run_app  # Qt is loaded only for the desktop app

            return run_app(data_dir=args.data_dir, demo=args.demo, lang=args.lang)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"omavalmentaja: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"omavalmentaja: {messages.render('common.interrupted')}", file=sys.stderr)
        return 130
    except Exception as exc:
        return _unexpected(exc)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    from omavalmentaja.cli.argparse_words import argparse_in_language

    with argparse_in_language():
        return build_parser().parse_args(argv)


def _unexpected(exc: Exception) -> int:
    """Errors no service turned into a UserError: the disk's, the system's, or a bug."""
    from omavalmentaja.store.db import storage_error_message

    storage = storage_error_message(exc)
    if storage:
        message, status = storage, 2
    elif isinstance(exc, OSError):  # permissions, a vanished folder: the system's words
        message, status = messages.render("common.file_system_error", exc.strerror or type(exc).__name__), 2
    elif os.environ.get("OMAVALMENTAJA_DEBUG"):
        raise exc  # a developer asked for the traceback
    else:  # a bug: the error's kind only, since its text may quote stored data
        message, status = messages.render("common.unexpected_error", type(exc).__name__), 1
    print(f"omavalmentaja: {message}", file=sys.stderr)
    return status
