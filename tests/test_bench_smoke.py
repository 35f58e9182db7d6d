"""The benchmark suite runs end to end on a small region (its figures are not checked: CI machines are noisy),
so that it cannot rot; the full run is `python -m bench` (bench/README.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_smoke_run_writes_every_figure(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMAVALMENTAJA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-m", "bench", "--smoke", "--out", str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    figures = {f["workload"]: f for f in data["figures"]}
    assert len(figures) >= 20
    for name, figure in figures.items():
        assert figure["ms"] > 0 and figure["floor_ms"] > 0, name
        assert figure["target"] > 0, name
    floors = {f["floor"] for f in figures.values()}
    assert "the same service without a key" in floors
    assert "a bare PySide6 window in a new process" in floors
    markdown = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert markdown.count("\n| ") == len(figures) + 1  # a header row and one row per figure
    assert "targets met" in result.stdout
