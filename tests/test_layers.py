"""The layering rule: domain, store, vault, services, sync, export and the CLI import no Qt."""

import pkgutil
import subprocess
import sys

import omavalmentaja

NON_UI = ("domain", "store", "vault", "services", "sync", "export", "cli", "messages", "errors", "assets")


def test_non_ui_packages_import_no_qt() -> None:
    modules = [
        info.name for info in pkgutil.walk_packages(omavalmentaja.__path__, "omavalmentaja.")
        if info.name.split(".")[1] in NON_UI
    ]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_ui_holds_no_sql() -> None:
    import pathlib

    ui = pathlib.Path(omavalmentaja.__file__).parent / "ui"
    sql_words = ("SELECT ", "INSERT ", "UPDATE ", ".execute(")
    offenders = [p.name for p in ui.rglob("*.py") if any(word in p.read_text(encoding="utf-8") for word in sql_words)]
    assert offenders == []
