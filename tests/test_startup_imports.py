"""Start-up: the unlock screen is painted before the services, the store, the OS keyring, cryptography, the
command-line parser and its commands are imported (they took longer to import than Qt itself takes to start), the
workspace's dialogs neither, and before the
guards that only matter while a vault is open (the sleep lock's D-Bus connections, the clipboard guard: the
tests of the sleep lock and the clipboard unlock the window and find them started)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from omavalmentaja.services.session import Session
from sync_support import make_coach, make_office

PROBE = """
import json, sys
from omavalmentaja.cli import main  # the program's entry point, as `omavalmentaja --data-dir DIR` starts it
from PySide6.QtWidgets import QApplication

def first_window(app):
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "gate"))
    heavy = ("keyring", "cryptography", "omavalmentaja.services.session", "omavalmentaja.store.db",
             "omavalmentaja.vault.vault", "omavalmentaja.ui.sleep_lock", "omavalmentaja.ui.clipboard",
             "omavalmentaja.cli.parser", "omavalmentaja.ui.new_client_dialog")
    loaded = [m for m in heavy if m in sys.modules] + sorted(m for m in sys.modules if m.endswith("_cmds"))
    print(json.dumps({"gate": type(window.gate).__name__, "loaded": loaded}))
    return 0

QApplication.exec = first_window
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "fi"]))
"""


def _first_window(folder: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, env=env,
                            timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_unlock_screen_needs_no_services_store_or_keyring(vault_dir: Path, passphrase: str) -> None:
    with Session.create(vault_dir, passphrase):
        pass
    assert _first_window(vault_dir) == {"gate": "UnlockPage", "loaded": []}


def test_an_enrolled_vaults_unlock_screen_reads_its_recovery_section_without_cryptography(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    office_session.close_quietly()
    make_coach(tmp_path, key_file, "aino").lock()
    assert "recovery" in (tmp_path / "aino" / "vault.header").read_text(encoding="utf-8")
    assert _first_window(tmp_path / "aino") == {"gate": "UnlockPage", "loaded": []}
