"""The frozen one-folder build (installer/build.sh) started as a coach would start it: the command line in a
fresh home folder, and the desktop app under a real Xvfb X server in Finnish and Swedish.

Slow: the first run builds the app (about a minute); later runs reuse the build cached by its inputs' hash.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import tarfile
import time
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from frozen_support import frozen_build
from omavalmentaja import __version__

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build() -> Path:
    return frozen_build()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    (tmp_path / "tmp").mkdir()
    return folder


def coach_env(home: Path, **extra: str) -> dict[str, str]:
    """What a coach's session gives the program: a home folder, a temp folder, a language; no developer state."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(home.parent / "tmp"), "LANG": "C.UTF-8",
           "OMAVALMENTAJA_PASSPHRASE": PASSPHRASE}
    if "DBUS_SESSION_BUS_ADDRESS" in os.environ:  # scripts/test.sh runs in a private session bus, as a desktop does
        env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    env.update(extra)
    return env


def run(build: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(build / "omavalmentaja" / "omavalmentaja"), *args], capture_output=True,
                          text=True, env=coach_env(home, **extra), cwd=home, timeout=180)


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_version_is_the_packages(build: Path, home: Path) -> None:
    result = run(build, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == __version__


def test_the_folder_carries_the_user_guides_and_no_unused_qt(build: Path) -> None:
    package = build / "omavalmentaja" / "_internal" / "omavalmentaja"
    for guide in ("kayttoopas.md", "anvandarguide.md", "user-guide.md"):
        assert (package / "docs" / guide).is_file()
    names = {p.name for p in (build / "omavalmentaja").rglob("*")}
    assert "libQt6Charts.so.6" in names
    assert any(n.startswith("_rl_accel") for n in names)  # reportlab's accelerator, imported through exec()
    assert not {n for n in names if n.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine", "libgtk-3"))}


def test_a_coach_works_from_the_command_line_and_nothing_is_written_outside_the_data_folder(
        build: Path, home: Path) -> None:
    app_files = files_under(build / "omavalmentaja")
    assert run(build, home, "init").returncode == 0
    # a second start opens the vault the first one made, in the platform's user data folder
    result = run(build, home, "demo-data", "--clients", "6")
    assert result.returncode == 0, result.stderr
    listed = json.loads(run(build, home, "client", "list", "--json").stdout)
    assert len(listed) == 6
    pdfs = home / "pdf"
    pdfs.mkdir()
    written = [c["id"] for c in listed
               if run(build, home, "plan", "pdf", c["id"], "--out", str(pdfs / f"{c['id']}.pdf")).returncode == 0]
    assert written, "the demo data of 6 clients holds plans"
    fonts = subprocess.run(["pdffonts", str(pdfs / f"{written[0]}.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\bDejaVu", line) and " yes " in line for line in fonts), fonts

    # the initial interview is due 5 working days after registration: Christmas holidays skipped (the holidays
    # package's calendar is in the build)
    csv = home / "uusi.csv"
    csv.write_text("etunimi;sukunimi;ilmoittautunut\nTesti;Henkilö;2025-12-18\n", encoding="utf-8")
    assert run(build, home, "client", "import", str(csv)).returncode == 0
    csv.unlink()
    due = run(build, home, "due", "--on", "2025-12-29")
    assert due.returncode == 0 and "Testi Henkilö" in due.stdout and "30.12.2025" in due.stdout, due

    office = home.parent / "office"
    made = run(build, home, "--data-dir", str(office), "office", "init", "--name", "Kainuu")
    assert made.returncode == 0
    key_file = home / "toimisto.omvkey"
    assert run(build, home, "--data-dir", str(office), "office", "enrol-file", "--out", str(key_file)).returncode == 0
    office_fp = made.stdout.split()[-1]
    result = run(build, home, "enrol", str(key_file), "--coach", "Veera Valmentaja", "--fingerprint", office_fp)
    assert result.returncode == 0, result.stderr
    bundle = home / "bundle.omv"
    result = run(build, home, "sync", "export", "--out", str(bundle))
    assert result.returncode == 0, result.stderr
    fingerprint = re.search(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){7}", run(build, home, "device").stdout)
    assert fingerprint
    result = run(build, home, "--data-dir", str(office), "office", "import", str(bundle), "--trust",
                 fingerprint.group(0))
    assert result.returncode == 0, result.stderr

    outside = {f for f in files_under(home) if not f.startswith((".local/share/omavalmentaja/", "pdf/"))}
    assert outside == {"toimisto.omvkey", "bundle.omv"}
    assert files_under(build / "omavalmentaja") == app_files  # the program's folder stays as installed


class XServer:
    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                                         "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            self.display = ":" + pipe.readline().strip()

    def window_names(self) -> list[str]:
        """The names of the windows larger than a tool window (Qt also makes small helper windows)."""
        tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                              env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}).stdout
        return [name for name, width in re.findall(r'^\s+0x[0-9a-f]+ "([^"]*)": \(.*?\)\s+(\d+)x\d+', tree, re.M)
                if int(width) > 400]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def xserver():
    server = XServer()
    yield server
    server.stop()


@pytest.mark.parametrize(("lang", "title"), [("fi", "Omavalmentaja – esittelyholvi"),
                                              ("sv", "Omavalmentaja – demovalv")])
def test_the_demo_opens_a_window_in_the_chosen_language(build: Path, home: Path, xserver: XServer, lang: str,
                                                        title: str) -> None:
    app = subprocess.Popen([str(build / "omavalmentaja" / "omavalmentaja"), "--demo", "--lang", lang],
                           env=coach_env(home, DISPLAY=xserver.display), cwd=home, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120  # the demo vault of 120 clients is made before the window shows
        while title not in xserver.window_names() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert title in xserver.window_names(), (app.poll(), xserver.window_names())
    finally:
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    assert list((home.parent / "tmp").iterdir()) == []  # the demo vault was removed when the app quit
    written = files_under(home)
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:  # without a session bus, libdbus autolaunches one and notes it
        written = {f for f in written if not f.startswith(".dbus/session-bus/")}
    assert written == set()  # and nothing was written in the home folder


def test_the_linux_tarball_carries_the_app_the_menu_entry_and_the_icon(build: Path) -> None:
    tarball = build / f"omavalmentaja-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = f"omavalmentaja-{__version__}-linux-x86_64"
    for member in ("omavalmentaja/omavalmentaja", "omavalmentaja.desktop", "icons/omavalmentaja-256.png",
                   "icons/omavalmentaja.svg", "install.sh", "uninstall.sh"):
        assert f"{top}/{member}" in names


def test_the_tarballs_install_script_puts_the_app_in_the_menu(build: Path, tmp_path: Path) -> None:
    with tarfile.open(build / f"omavalmentaja-{__version__}-linux-x86_64.tar.gz") as archive:
        archive.extractall(tmp_path, filter="tar")
    prefix = tmp_path / "local"
    script = tmp_path / f"omavalmentaja-{__version__}-linux-x86_64" / "install.sh"
    subprocess.run(["bash", str(script)], env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(prefix)},
                   check=True, capture_output=True)
    desktop = (prefix / "share" / "applications" / "omavalmentaja.desktop").read_text(encoding="utf-8")
    program = re.search(r"^Exec=(.*)$", desktop, re.M).group(1)  # type: ignore[union-attr]
    assert subprocess.run([program, "--version"], capture_output=True, text=True).stdout.strip() == __version__
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / "omavalmentaja.png").is_file()
    assert (prefix / "bin" / "omavalmentaja").resolve() == Path(program)
