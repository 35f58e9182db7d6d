"""A vault whose database is missing, empty, cut short or damaged is reported as damaged, with nothing
changed and a pointer to restore — never made into a new vault, never called a wrong key, and without
SQLCipher's own log lines on stderr (issue 10, findings 10 and 12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_cli


@pytest.fixture(scope="module")
def made_vault(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("holvi") / "v"
    assert run_cli("init", data_dir=folder).returncode == 0
    assert run_cli("demo-data", "--clients", "20", data_dir=folder).returncode == 0
    return folder


def _copy(source: Path, target: Path) -> Path:
    target.mkdir()
    for name in ("vault.header", "vault.db"):
        (target / name).write_bytes((source / name).read_bytes())
    return target


def _damage(folder: Path, how: str) -> None:
    db = folder / "vault.db"
    if how == "missing":
        db.unlink()
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "cut_mid_page":
        os.truncate(db, db.stat().st_size // 2 + 100)
    elif how == "cut_at_page":
        os.truncate(db, 4096 * 3)
    elif how == "pages_flipped":
        data = bytearray(db.read_bytes())
        for page in range(2, len(data) // 4096):
            data[page * 4096 + 100] ^= 0xFF
        db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["missing", "empty", "cut_mid_page", "cut_at_page", "pages_flipped"])
def test_a_damaged_database_is_reported_and_left_alone(made_vault: Path, tmp_path: Path, how: str) -> None:
    folder = _copy(made_vault, tmp_path / "v")
    _damage(folder, how)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for command in (["client", "list"], ["device"], ["sync", "export", "--out", str(tmp_path / "b.omvb")]):
        result = run_cli("--lang", "en", *command, data_dir=folder)
        assert result.returncode == 2, (how, command, result.stdout, result.stderr)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, result.stderr
        assert "damaged" in lines[0] and "restore" in lines[0], lines[0]
        assert "ERROR" not in result.stderr and "wrong" not in lines[0].lower()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not (tmp_path / "b.omvb").exists()
