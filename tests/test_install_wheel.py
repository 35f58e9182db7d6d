"""The built wheel installed into a fresh virtual environment (not editable) carries what the program needs:
the instrument definitions, fonts, translations, message catalogue and migrations, found beside the package.

Slow: it builds the wheel and installs the dependencies into the new environment (from pip's cache and the
package indexes pip is configured with here, as scripts/install.sh does)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder / "dist"), str(ROOT)],
                   check=True, timeout=600)
    wheel = next((folder / "dist").glob("omavalmentaja-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], check=True, timeout=300)
    subprocess.run([str(folder / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   timeout=1200)
    return folder / "venv"


def run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8",
           "OMAVALMENTAJA_PASSPHRASE": PASSPHRASE}
    return subprocess.run([str(venv / "bin" / "omavalmentaja"), "--data-dir", str(cwd / "vault"), *args],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def test_the_installed_package_finds_its_assets_beside_itself(venv: Path, tmp_path: Path) -> None:
    code = ("import omavalmentaja, omavalmentaja.assets as a; "
            "print(omavalmentaja.__file__); print(a.resources_dir()); print(a.translations_dir())")
    lines = subprocess.run([str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, check=True,
                           cwd=tmp_path, env={"PATH": "/usr/bin:/bin"}).stdout.splitlines()
    site = venv.resolve()
    for line in lines:
        assert Path(line).resolve().is_relative_to(site), line  # not the checkout: a real install
    assert (Path(lines[2]) / "omavalmentaja_sv.qm").is_file()
    assert (Path(lines[1]).parent / "docs" / "kayttoopas.md").is_file()  # the user guide of the Ohje menu


def test_a_coach_works_with_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    assert run(venv, tmp_path, "init").returncode == 0
    instruments = run(venv, tmp_path, "instrument", "list", "--json")
    assert instruments.returncode == 0, instruments.stderr
    assert {"kykyviisari-results", "oma-tilanne"} <= {i["id"] for i in json.loads(instruments.stdout)}
    assert run(venv, tmp_path, "demo-data", "--clients", "3").returncode == 0
    assert run(venv, tmp_path, "demo-data", "--clients", "6").returncode == 0  # 3 fictional clients hold no plan
    ids = [c["id"] for c in json.loads(run(venv, tmp_path, "client", "list", "--json").stdout)]
    assert len(ids) == 9
    out = tmp_path / "plan.pdf"
    assert any(run(venv, tmp_path, "plan", "pdf", i, "--out", str(out)).returncode == 0 for i in ids)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "suunnitelma" in text.lower()  # the plan's Finnish title, as text (the font maps its glyphs)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    assert os.listdir(tmp_path / "vault")
