"""plan pdf | verify | print-settings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omavalmentaja.cli.common import add_force_option, open_session
from omavalmentaja.errors import UserError
from omavalmentaja.messages import Message, render
from omavalmentaja.services import plan_seal, plans
from omavalmentaja.services.files import read_bounded
from omavalmentaja.services.plan_settings import MAX_LOGO_BYTES, load_print_settings, save_print_settings

ORDER = 40


def register(sub: Any) -> None:
    plan = sub.add_parser("plan", help=render("cli.help_plan"))
    plan_sub = plan.add_subparsers(dest="plan_command", required=True, parser_class=type(plan))
    pdf = plan_sub.add_parser("pdf", help=render("cli.help_plan_pdf"))
    pdf.add_argument("client_id")
    pdf.add_argument("--out", required=True, help=render("cli.help_pdf_out"))
    pdf.add_argument("--version", type=int, dest="plan_version",
                     help=render("cli.help_plan_version"))
    add_force_option(pdf)
    pdf.set_defaults(handler=cmd_pdf)
    verify = plan_sub.add_parser("verify", help=render("cli.help_plan_verify"))
    verify.add_argument("client_id")
    verify.set_defaults(handler=cmd_verify)
    settings = plan_sub.add_parser("print-settings", help=render("cli.help_print_settings"))
    settings.add_argument("--municipality", help=render("cli.help_municipality"))
    settings.add_argument("--logo", help=render("cli.help_logo"))
    settings.add_argument("--coach-name", help=render("cli.help_coach_name"))
    settings.set_defaults(handler=cmd_print_settings)


def cmd_pdf(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with open_session(args) as session:
        plans.export_plan_pdf(session, args.client_id, out, args.plan_version, force=args.force)
    print(Message.of("cli.pdf_written", out))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.clients.get(args.client_id)
        signed = [v for v in plans.versions(session, args.client_id) if v.is_signed]
        if not signed:
            raise UserError("cli.no_signed_plan")
        failed = False
        for version in signed:
            problems = plans.verify(session, version.id)
            failed = failed or bool(problems)
            state = "OK" if not problems else str(Message.joined(problems))
            device = plan_seal.device_seal(session, version)
            note = f"  ({device.text})" if device.valid else ""
            print(Message.of("cli.verify_row", version.number, version.verification_code, state, note))
    if failed:
        raise UserError("cli.signed_plan_changed")
    return 0


def cmd_print_settings(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        settings = load_print_settings(session)
        if args.municipality is not None:
            settings.municipality_name = args.municipality
        if args.coach_name is not None:
            settings.coach_name = args.coach_name
        if args.logo is not None:
            settings.logo_png = _read_logo(args.logo) if args.logo else None
        save_print_settings(session, settings)
    logo = render("common.yes" if settings.logo_png else "common.no")
    print(Message.of("cli.print_settings", settings.municipality_name or "–", logo, settings.coach_name or "–"))
    return 0


def _read_logo(name: str) -> bytes:
    return read_bounded(Path(name), MAX_LOGO_BYTES)  # /dev/zero or a pipe stops at the limit
