"""What the installable program carries: one version, the app icon in every size, the .desktop file, PDFs whose
every font is embedded (a coach's PDF viewer may have no Helvetica, and an office's archive wants them all)."""

from __future__ import annotations

import configparser
import json
import re
import subprocess
import tomllib
from pathlib import Path

from PIL import Image

from omavalmentaja import __version__
from omavalmentaja.assets import resources_dir

ROOT = Path(__file__).resolve().parent.parent
ICONS = resources_dir() / "icons"


def test_one_version_in_pyproject_and_the_package(cli) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project["dynamic"] and "version" not in project
    assert cli("--version", passphrase=None).stdout.strip() == __version__


def test_the_icon_comes_in_the_sizes_the_platforms_need() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"omavalmentaja-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(ICONS / "omavalmentaja.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_app_window_has_the_icon(qtbot) -> None:
    from omavalmentaja.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_the_desktop_file_starts_the_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(resources_dir() / "omavalmentaja.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "omavalmentaja"
    assert desktop["Icon"] == "omavalmentaja" and desktop["Name"] == "Omavalmentaja"
    assert "Office;" in desktop["Categories"]


def test_plan_pdfs_embed_every_font(cli, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert cli("init", data_dir=vault).returncode == 0
    assert cli("demo-data", "--clients", "6", data_dir=vault).returncode == 0
    ids = [c["id"] for c in json.loads(cli("client", "list", "--json", data_dir=vault).stdout)]
    out = tmp_path / "plan.pdf"
    assert any(cli("plan", "pdf", i, "--out", str(out), data_dir=vault).returncode == 0 for i in ids)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        assert re.match(r"\w{6}\+DejaVuSans", line) and re.search(r"\byes\s+yes\s+yes\b", line), line


def test_the_frozen_build_leaves_out_no_qt_module_the_program_imports() -> None:
    """installer/omavalmentaja.spec excludes unused Qt modules; a module someone starts using must leave the list
    (else the frozen app fails to start while every other test passes)."""
    imported = set()
    for path in (ROOT / "src" / "omavalmentaja").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    spec = (ROOT / "installer" / "omavalmentaja.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"PySide6\.(Qt\w+)"', spec))
    assert imported and not imported & excluded, imported & excluded
