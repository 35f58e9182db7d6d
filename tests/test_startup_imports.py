"""Start-up: the unlock screen is painted before the services, the store, the OS keyring and cryptography are
imported (they took longer to import than Qt itself takes to start), and before the guards that only matter
while a vault is open (the sleep lock's D-Bus connections, the clipboard guard); unlocking imports them."""

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
from PySide6.QtWidgets import QApplication
from omavalmentaja.ui.app import prepare_app
from omavalmentaja.ui.main_window import MainWindow
app = QApplication([])
prepare_app(app, "fi")
window = MainWindow(__import__("pathlib").Path(sys.argv[1]))
window.show()
app.processEvents()
heavy = ("keyring", "cryptography", "omavalmentaja.services.session", "omavalmentaja.store.db",
         "omavalmentaja.vault.vault", "omavalmentaja.ui.sleep_lock", "omavalmentaja.ui.clipboard")
print(json.dumps({"gate": type(window.gate).__name__, "loaded": [m for m in heavy if m in sys.modules]}))
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
