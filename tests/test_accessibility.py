"""Every control that takes the keyboard focus has an accessible name, on every screen.

Walked in-process through Qt's accessibility interfaces (what Qt hands to AT-SPI, UIA and NSAccessibility).
tests/a11y/ holds the walk over the real AT-SPI bus (Xvfb, dbus, at-spi2-core, the system's pyatspi); see
test_every_screen_over_at_spi below."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from gui_helpers import wait_for_jobs
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.ui.main_window import MainWindow

A11Y = Path(__file__).parent / "a11y"


def unnamed_focusable(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.state().focusable:
            continue
        if not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_focusable_control_has_a_name(qtbot, vault_dir: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    with Session.create(vault_dir, passphrase) as session:
        fill_demo_data(session, clients=12)
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems = {"unlock": unnamed_focusable(window)}
    window.gate.passphrase.edit.setText(passphrase)
    window.gate.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    problems["today, loading"] = unnamed_focusable(window)
    wait_for_jobs(qtbot)
    problems["today"] = unnamed_focusable(window)
    window.show_section(1)
    wait_for_jobs(qtbot)
    window.client_list.table.selectRow(1)
    qtbot.waitUntil(lambda: window.client_detail.tabs.count() > 0, timeout=10_000)
    tabs = window.client_detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems[tabs.tabText(index)] = unnamed_focusable(window)
    for section, name in ((2, "sync"), (3, "settings")):
        window.show_section(section)
        problems[name] = unnamed_focusable(window)
    window.lock()
    assert {screen: found for screen, found in problems.items() if found} == {}


def _at_spi_available() -> str:
    needed = [shutil.which("xvfb-run"), shutil.which("dbus-run-session"), Path("/usr/libexec/at-spi-bus-launcher")]
    if not all(needed) or not Path(str(needed[2])).exists():
        return "xvfb-run, dbus-run-session or at-spi2-core missing"
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return "the system's python3 has no pyatspi (python3-pyatspi)"
    return ""


@pytest.mark.skipif(bool(_at_spi_available()), reason=_at_spi_available() or "available")
def test_every_screen_over_at_spi() -> None:
    """The real route: the app under Xvfb with the AT-SPI bus, walked by pyatspi as a screen reader does, on
    every screen a coach uses (tests/a11y/drive_app.py lists them): a coach's demo vault, an office vault and
    the first-run guide. Fails on a control a screen reader lands on without a name or label."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "OMAVALMENTAJA_"))}
    # The keyring: keyring's "fail" backend, so quick unlock is off. With the Secret Service backend the
    # unlock asks org.freedesktop.secrets on this private session bus, which starts gnome-keyring; its
    # collection is locked and the prompt it starts (gcr-prompter) finds no session: the walk stalled there.
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", PYTHON=sys.executable,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "dbus-run-session", "--",
                           "bash", str(A11Y / "walk_screens.sh"), "coach", "office", "first-run"],
                          capture_output=True, text=True, env=env, timeout=300)
    walks = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    failed = [line for line in done.stdout.splitlines() if line.startswith("failed")]
    screens = {walk["screen"] for walk in walks if "error" not in walk}
    assert not failed and len(screens) >= 25, done.stdout + done.stderr[-3000:]
    assert {"coach: plan signing: coach", "office: sync", "first-run: office key"} <= screens
    assert [walk for walk in walks if walk.get("error") or walk["unnamed"]] == []
