"""Smoke test of a built one-folder app on any platform (the CI workflow runs it on Windows, macOS, Linux):
    python scripts/frozen_smoke.py dist/omavalmentaja
--version, a vault in a temp data folder (init, demo-data, plan pdf, a second start that opens it), and a sync
bundle to an office vault made by the same program. Exit status 0 when every step worked.
tests/test_frozen_app.py checks the same and more on Linux (fonts in the PDF, no writes outside the data folder,
the desktop app under Xvfb)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FINGERPRINT = r"[0-9A-F]{4}(?:-[0-9A-F]{4}){7}"


def main(folder: Path) -> int:
    program = folder / ("omavalmentaja-cli.exe" if os.name == "nt" else "omavalmentaja")
    work = Path(tempfile.mkdtemp(prefix="omavalmentaja-smoke-"))
    env = dict(os.environ, OMAVALMENTAJA_PASSPHRASE="kaksi kissaa ja koira 2026")

    def run(*args: str, data: Path | None = None) -> str:
        command = [str(program)] + (["--data-dir", str(data)] if data else []) + list(args)
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace", env=env,
                                timeout=300)
        print("$", " ".join(args), "->", result.returncode)
        if result.returncode != 0:
            raise SystemExit(f"failed: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
        return result.stdout

    try:
        print("version", run("--version").strip())
        coach, office = work / "coach", work / "office"
        run("init", data=coach)
        run("demo-data", "--clients", "6", data=coach)
        ids = [c["id"] for c in json.loads(run("client", "list", "--json", data=coach))]  # a second start
        pdf = work / "plan.pdf"
        for client_id in ids:
            try:
                run("plan", "pdf", client_id, "--out", str(pdf), data=coach)
                break
            except SystemExit:
                continue
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit("no plan PDF was written")
        run("office", "init", "--name", "Smoke", data=office)
        written = run("office", "enrol-file", "--out", str(work / "office.omvkey"), data=office)
        office_fp = re.search(FINGERPRINT, written)
        if office_fp is None:
            raise SystemExit("no office fingerprint")
        run("enrol", str(work / "office.omvkey"), "--coach", "Veera Valmentaja", "--fingerprint", office_fp.group(0),
            data=coach)
        run("sync", "export", "--out", str(work / "bundle.omvb"), data=coach)
        fingerprint = re.search(FINGERPRINT, run("device", data=coach))
        if fingerprint is None:
            raise SystemExit("no device fingerprint")
        run("office", "import", str(work / "bundle.omvb"), "--trust", fingerprint.group(0), data=office)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/omavalmentaja")))
