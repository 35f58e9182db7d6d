"""The frozen one-folder build for the slow tests: built by installer/build.sh, cached by the hash of its inputs.

CI runs on a fresh clone of main on the same machine, so the cache lives outside the checkout
(~/.cache/omavalmentaja-frozen/<hash>/, or OMAVALMENTAJA_FROZEN_CACHE). A build is moved into place whole, after
it finished, so a killed run leaves no half-built folder behind that a later run would trust.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("src", "resources", "translations", "installer", "pyproject.toml", "docs/kayttoopas.md",
          "docs/anvandarguide.md", "docs/user-guide.md")
KEEP_OLD_BUILDS_DAYS = 2


def cache_root() -> Path:
    return Path(os.environ.get("OMAVALMENTAJA_FROZEN_CACHE") or Path.home() / ".cache" / "omavalmentaja-frozen")


def inputs_hash() -> str:
    """The sources, assets, build files, Python and every installed package's version."""
    digest = hashlib.sha256(sys.version.encode())
    for name in INPUTS:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes() + b"\0")
    freeze = subprocess.run([sys.executable, "-m", "pip", "freeze", "--exclude-editable"], capture_output=True,
                            text=True, check=True).stdout
    digest.update(freeze.encode())
    return digest.hexdigest()[:20]


def frozen_build() -> Path:
    """The folder holding omavalmentaja/ (the app) and the Linux tarball, built now if not cached."""
    root = cache_root()
    target = root / inputs_hash()
    if (target / "omavalmentaja").is_dir():
        os.utime(target)  # in use: not an old build
        return target
    root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix="building-", dir=root))
    try:
        subprocess.run(["bash", str(ROOT / "installer" / "build.sh"), "--dist", str(building)], check=True,
                       timeout=1800)
        try:
            building.rename(target)
        except OSError:  # another run finished the same build first
            if not (target / "omavalmentaja").is_dir():
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    _remove_old_builds(root, keep=target)
    return target


def _remove_old_builds(root: Path, keep: Path) -> None:
    cutoff = time.time() - KEEP_OLD_BUILDS_DAYS * 86400
    for folder in root.iterdir():
        if folder != keep and folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
