"""The Swedish and English catalogues: complete, faithful to placeholders, in step with the code and the .qm files."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omavalmentaja.domain import client, meeting, passphrase, plan
from omavalmentaja.ui.main_window import SECTIONS
from omavalmentaja.ui.tabs import tab_modules

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "src" / "omavalmentaja" / "ui"
LANGUAGES = ("sv", "en")
PLACEHOLDER = re.compile(r"%n|%\d")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


def _sources(ts: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in _messages(ts)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    messages = _messages(TRANSLATIONS / f"omavalmentaja_{lang}.ts")
    assert len(messages) > 300
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type"):  # unfinished, obsolete or vanished
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if not forms or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_holds_exactly_the_messages_of_the_code(lang: str, tmp_path: Path) -> None:
    """lupdate on today's sources finds nothing new and nothing gone: run scripts/update_translations.sh if not."""
    committed = TRANSLATIONS / f"omavalmentaja_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert _sources(fresh) == _sources(committed)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_qm_file_is_compiled_from_the_ts_file(lang: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"omavalmentaja_{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"omavalmentaja_{lang}.ts"),
                    "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == (TRANSLATIONS / compiled.name).read_bytes(), \
        "run scripts/update_translations.sh"


def test_domain_labels_tab_titles_and_sections_are_in_the_catalogue() -> None:
    sources = _sources(TRANSLATIONS / "omavalmentaja_sv.ts")
    labels = {text for context, text in sources if context == "labels"}
    domain_labels = [
        *client.STATUS_LABELS.values(), *client.TARGET_GROUP_LABELS.values(), *client.LICENCE_CHOICES.values(),
        *meeting.MEETING_KIND_LABELS.values(), *plan.GOAL_KIND_LABELS.values(), *plan.SERVICE_KIND_LABELS.values(),
        *plan.RESPONSIBLE_LABELS.values(), *plan.STEP_STATUS_LABELS.values(), *plan.VERSION_STATUS_LABELS.values(),
        *plan.SIGNER_ROLE_LABELS.values(), *passphrase.STRENGTH_LABELS, *SECTIONS,
    ]
    assert [text for text in domain_labels if text not in labels] == [], "add them to ui/labels.py"
    titles = {text for context, text in sources if context == "tabs"}
    assert [m.TAB_TITLE for m in tab_modules() if m.TAB_TITLE not in titles] == [], "add them to ui/labels.py"
    audit = importlib.import_module("omavalmentaja.ui.tabs.audit")
    assert set(audit.ACTION_LABELS.values()) <= {text for context, text in sources if context == "audit"}


def test_package_data_ships_the_qm_files() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"translations" = "omavalmentaja/translations"' in pyproject
    assert "*.qm" not in (ROOT / ".gitignore").read_text().split()
