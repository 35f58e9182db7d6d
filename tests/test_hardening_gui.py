"""The app with damaged records in the vault (issue 10, finding 2, the reading side): the first screen, the
client list and the client view stay up; the damaged record is named in place of what cannot be shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gui_helpers import unlock
from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.services.session import Session
from omavalmentaja.ui.main_window import MainWindow
from sync_support import add_client, add_meeting


def test_damaged_records_never_take_a_screen_down(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with Session.create(vault_dir, passphrase) as session:
        eero = add_client(session, "Eero", "Korhonen")
        broken = add_client(session, "Rikki", "Rekisteri")
        bad = add_meeting(session, eero.id, MeetingKind.PHONE, when=dt.datetime.now().replace(second=0))
        with session.db.transaction():
            session.db.execute("UPDATE meetings SET kind = 'séance' WHERE id = ?", (bad.id,))
            session.db.execute("UPDATE clients SET languages = 'fi, sv', date_of_birth = 'eilen' WHERE id = ?",
                               (broken.id,))
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    unlock(qtbot, window, passphrase)
    assert window.pages.currentWidget() is window.today
    window.grab().save("/tmp/hardening-today.png")
    window.show_client(broken.id)
    qtbot.waitUntil(lambda: window.client_detail.client_id == broken.id, timeout=3000)
    assert "(clients, kenttä date_of_birth)" in window.client_detail.empty.text()
    assert window.client_detail.empty.isVisible() and window.client_detail.tabs.count() == 0
    window.grab().save("/tmp/hardening-client.png")
    window.show_client(eero.id)
    qtbot.waitUntil(lambda: window.client_detail.tabs.count() > 0, timeout=3000)
    assert window.client_detail.title.text() == "Eero Korhonen"
    window.lock()
