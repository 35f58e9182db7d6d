"""The command line: the same services as the UI. Exit 0 on success, 2 on a user's error."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from omavalmentaja import messages
from omavalmentaja.cli.output import escaped_output
from omavalmentaja.errors import UserError, storage_message

# The desktop app starts through main() with no command: what only the commands need (the command modules, the
# store) is imported where a command is parsed or an error reported, not before the first window is painted.


def _desktop_options(argv: Sequence[str]) -> dict[str, Any] | None:
    """The desktop app's options when the command line holds nothing else (--data-dir DIR, --demo, --lang LANG,
    each also as --option=value), read without argparse, the commands and every service they load: the app's
    first window appears that much sooner. Anything else (a command, --help, an abbreviated option, a value
    that looks like an option, a mistake) is None, and the full parser reads the command line."""
    options: dict[str, Any] = {"data_dir": None, "demo": False, "lang": None}
    rest = list(argv)
    while rest:
        name, has_value, value = rest.pop(0).partition("=")
        if name == "--demo" and not has_value:
            options["demo"] = True
            continue
        if name not in ("--data-dir", "--lang"):
            return None
        if not has_value:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name == "--lang" and value not in messages.LANGUAGES:
            return None
        options[name[2:].replace("-", "_")] = value
    return options


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
    argv = sys.argv[1:] if argv is None else argv
    messages.set_language(_lang_option(argv) or messages.language_from_environment())
    try:
        desktop = _desktop_options(argv)
        if desktop is not None:
            return _run_app(**desktop)
        from omavalmentaja.cli.parser import parse

        args = parse(argv)
        if args.command is None:
            return _run_app(data_dir=args.data_dir, demo=args.demo, lang=args.lang)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"omavalmentaja: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"omavalmentaja: {messages.render('common.interrupted')}", file=sys.stderr)
        return 130
    except Exception as exc:
        return _unexpected(exc)


def _run_app(data_dir: str | None, demo: bool, lang: str | None) -> int:
    from omavalmentaja.ui.app import run_app  # Qt is loaded only for the desktop app

    return run_app(data_dir=data_dir, demo=demo, lang=lang)


def _unexpected(exc: Exception) -> int:
    """Errors no service turned into a UserError: the disk's, the system's, or a bug."""
    storage = storage_message(exc)
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
