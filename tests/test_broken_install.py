"""A broken install without the SQLCipher engine: the command line and the app's error dialog report the error
in one line; reporting it does not fail in turn (both looked up whether the disk caused it in the store,
whose import failed again: a traceback on the command line, no dialog in the app)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import run_cli


def _without_sqlcipher(tmp_path: Path) -> dict[str, str]:
    shadow = tmp_path / "shadow" / "sqlcipher3"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ImportError("sqlcipher3 is not installed")\n', encoding="utf-8")
    return {"PYTHONPATH": str(tmp_path / "shadow")}


def test_the_command_line_reports_a_missing_engine_in_one_line(tmp_path: Path) -> None:
    result = run_cli("list", data_dir=tmp_path / "vault", env=_without_sqlcipher(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("omavalmentaja: ") and "ImportError" in lines[0]
    assert not (tmp_path / "vault").exists()


def test_the_apps_error_dialog_needs_no_store(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from omavalmentaja.ui.widgets import show_error

    monkeypatch.setitem(sys.modules, "omavalmentaja.store.db", None)  # importing it now raises ImportError
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    show_error(None, ImportError("sqlcipher3 is not installed"))
    assert len(shown) == 1 and "ImportError" in shown[0]
