"""A crash or a power cut loses at most a few seconds of typing: the real editor in its own process is
killed with SIGKILL after typing, and the note is found in the vault afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from omavalmentaja.domain.client import Client
from omavalmentaja.services.clients import save_client
from omavalmentaja.services.meetings import load_draft
from omavalmentaja.services.session import Session
from omavalmentaja.ui.meeting_editor import AUTOSAVE_INTERVAL_MS

CHILD = Path(__file__).with_name("autosave_child.py")
TYPED = "Asiakas kertoi tyokokeilusta ja sovittiin uusi tapaaminen"


def test_killed_editor_keeps_the_typed_note(vault_dir: Path, passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        client_id = save_client(session, Client(first_name="Aino", last_name="Korhonen")).id
    child = subprocess.Popen([sys.executable, str(CHILD), str(vault_dir), passphrase, client_id, TYPED],
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "TYPED"
        # at most one autosave interval plus margin: "a few seconds" of typing at risk, never more
        time.sleep(AUTOSAVE_INTERVAL_MS / 1000 * 2 + 2.0)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    with Session.unlock(vault_dir, passphrase) as session:
        draft = load_draft(session, client_id)
        assert draft is not None and draft.notes == TYPED
        assert session.meetings.for_client(client_id) == []  # a draft, not a saved meeting
