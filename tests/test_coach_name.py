"""One setting, the coach's own name: the audit log, printed plans, signatures and the office's lists use it,
never the operating system's user name."""

from __future__ import annotations

import getpass

import pytest

from omavalmentaja.errors import UserError
from omavalmentaja.services import settings, sync
from omavalmentaja.services.plan_settings import PrintSettings, load_print_settings, save_print_settings
from omavalmentaja.services.session import LEGACY_PRINT_COACH_KEY, Session


def test_a_new_vault_names_no_one_and_never_the_os_user(session: Session) -> None:
    assert settings.coach_name(session) == ""
    assert session.actor != getpass.getuser()
    assert sync.device_info(session).coach_name == ""
    assert all(entry.actor != getpass.getuser() for entry in session.audit.recent())


def test_the_coach_name_is_used_everywhere_and_survives_a_restart(session: Session, vault_dir, passphrase) -> None:
    settings.set_coach_name(session, "  Veera Valmentaja ")
    assert settings.coach_name(session) == "Veera Valmentaja"
    assert load_print_settings(session).coach_name == "Veera Valmentaja"
    assert sync.device_info(session).coach_name == "Veera Valmentaja"
    assert session.audit.recent()[0].actor == "Veera Valmentaja"
    session.lock()
    with Session.unlock(vault_dir, passphrase) as again:
        assert again.actor == "Veera Valmentaja"
        save_print_settings(again, PrintSettings(municipality_name="Kajaani", coach_name="Veera V."))
        assert settings.coach_name(again) == "Veera V."


def test_an_empty_or_overlong_name_is_refused(session: Session) -> None:
    with pytest.raises(UserError):
        settings.set_coach_name(session, "   ")
    with pytest.raises(UserError):
        settings.set_coach_name(session, "x" * 101)
    assert settings.coach_name(session) == ""


def test_a_vault_made_before_the_setting_keeps_its_printed_name(session: Session) -> None:
    with session.db.transaction():
        session.db.set_meta(LEGACY_PRINT_COACH_KEY, "Aino Ohjaaja")
    assert settings.coach_name(session) == "Aino Ohjaaja"
    assert sync.device_info(session).coach_name == "Aino Ohjaaja"
