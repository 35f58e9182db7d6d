"""What every headless command needs: the vault folder, the passphrase, an unlocked session."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from omavalmentaja.errors import UserError
from omavalmentaja.messages import render
from omavalmentaja.paths import resolve_data_dir
from omavalmentaja.services.files import read_secret_file
from omavalmentaja.services.session import Session

PASSPHRASE_ENV = "OMAVALMENTAJA_PASSPHRASE"


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "") -> str:
    """--passphrase-file, else OMAVALMENTAJA_PASSPHRASE, else a prompt that does not echo."""
    if args.passphrase_file:  # bounded, UTF-8 only, a BOM and the line ending dropped
        return read_secret_file(Path(args.passphrase_file))
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UserError("cli.no_passphrase")
    passphrase = getpass.getpass(prompt or render("cli.prompt_passphrase"))
    if confirm and getpass.getpass(render("cli.prompt_repeat_passphrase")) != passphrase:
        raise UserError("cli.passphrases_differ")
    return passphrase


def open_session(args: argparse.Namespace) -> Session:
    """Unlock with --pin-file (the PIN with the OS keyring's device secret), else with the passphrase."""
    folder = data_dir(args)
    if getattr(args, "pin_file", None):
        from omavalmentaja.services.quick_unlock import unlock

        return unlock(folder, read_secret_file(Path(args.pin_file)))
    return Session.unlock(folder, read_passphrase(args))


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """--force: the one way a command may replace a file that exists (never one in the vault's folder)."""
    parser.add_argument("--force", action="store_true", help=render("cli.help_force"))
