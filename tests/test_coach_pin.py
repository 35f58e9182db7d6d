"""The coach's PIN for leaving hand-over mode: set with the passphrase, hashed in the encrypted store,
locked after five wrong codes until the passphrase is used."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from gui_helpers import answer_coach_check, unlock
from omavalmentaja.errors import UserError
from omavalmentaja.services.coach_pin import MAX_FAILURES, clear_pin, pin_usable, set_pin, verify_pin
from omavalmentaja.services.session import Session


def test_pin_rules_and_lockout(session: Session, passphrase: str) -> None:
    assert not pin_usable(session)
    with pytest.raises(UserError, match="4–8"):
        set_pin(session, passphrase, "12")
    with pytest.raises(UserError, match="Väärä tunnuslause"):
        set_pin(session, "väärä tunnuslause tässä", "2468")
    set_pin(session, passphrase, "2468")
    assert "2468" not in (session.db.meta("coach_pin") or "")
    assert verify_pin(session, "2468")
    for _ in range(MAX_FAILURES):
        assert not verify_pin(session, "1111")
    assert not pin_usable(session)
    with pytest.raises(UserError, match="lukittu"):
        verify_pin(session, "2468")
    actions = [e.action for e in session.audit.recent()]
    assert "pin.locked" in actions and "pin.set" in actions
    clear_pin(session)
    assert not pin_usable(session)


def test_pin_leaves_handover_and_lockout_falls_back_to_the_passphrase(qtbot, vault_dir, passphrase) -> None:  # type: ignore[no-untyped-def]
    from omavalmentaja.ui.main_window import MainWindow

    with Session.create(vault_dir, passphrase) as session:
        set_pin(session, passphrase, "2468")
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, passphrase)
    handover = window.start_handover(QLabel("Kysymys"), "Kysely")
    qtbot.addWidget(handover)
    try:
        messages = [answer_coach_check(qtbot, handover, code) for code in ["1111"] * MAX_FAILURES + ["2468"]]
        # five wrong codes lock the PIN: even the right one is refused now
        assert "lukittu" in messages[-1] and handover.isVisible() and not window.isVisible()
        answer_coach_check(qtbot, handover, passphrase)  # the passphrase still works, and makes the PIN work again
        assert window.isVisible() and not handover.isVisible() and pin_usable(window.session)
        handover = window.start_handover(QLabel("Kysymys"), "Kysely")
        qtbot.addWidget(handover)
        answer_coach_check(qtbot, handover, "2468")
        assert window.isVisible() and not handover.isVisible()
    finally:
        window.lock()  # closes any hand-over still open without asking
