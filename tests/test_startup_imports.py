"""Start-up: the unlock screen is painted before the services, the store and the OS keyring are imported (they
took longer to import than Qt itself takes to start); unlocking imports them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from omavalmentaja.services.session import Session

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from omavalmentaja.ui.app import prepare_app
from omavalmentaja.ui.main_window import MainWindow
app = QApplication([])
prepare_app(app, "fi")
window = MainWindow(__import__("pathlib").Path(sys.argv[1]))
window.show()
app.processEvents()
heavy = ("keyring", "omavalmentaja.services.session", "omavalmentaja.store.db", "omavalmentaja.vault.vault")
print(json.dumps({"gate": type(window.gate).__name__, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_the_unlock_screen_needs_no_services_store_or_keyring(vault_dir: Path, passphrase: str) -> None:
    with Session.create(vault_dir, passphrase):
        pass
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(vault_dir)], capture_output=True, text=True, env=env,
                            timeout=120, check=True)
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {"gate": "UnlockPage", "loaded": []}
