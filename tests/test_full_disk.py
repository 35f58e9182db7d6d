"""A full disk: one clear line, exit 2, and nothing half-made left behind (a small tmpfs plays the disk)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.messages import render
from omavalmentaja.store.db import DISK_FULL, STORAGE_FAILED


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "small", "40k") as folder:
        yield folder


def test_init_on_a_full_disk_says_so_and_leaves_nothing(small_disk: Path) -> None:
    vault = small_disk / "vault"
    result = run_cli("init", data_dir=vault)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not vault.exists() or list(vault.iterdir()) == []


def test_writing_to_a_full_vault_disk_changes_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        vault = disk / "vault"
        assert run_cli("init", data_dir=vault).returncode == 0
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free
        filler.write_bytes(b"\0" * (free - 12 * 1024))  # leave 12 KiB: not enough for 3,000 clients
        rows = tmp_path / "many.csv"
        rows.write_text("etunimi;sukunimi\n" + "".join(f"Aino{n};Korhonen{n}\n" for n in range(3000)),
                        encoding="utf-8")
        result = run_cli("client", "import", str(rows), data_dir=vault)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        # SQLite may say either
        assert any(render(message_id, language="fi") in result.stderr for message_id in (DISK_FULL, STORAGE_FAILED))
        filler.unlink()
        listed = run_cli("client", "list", "--json", data_dir=vault)
        assert listed.returncode == 0 and listed.stdout.strip() == "[]"
