"""The Swedish and English catalogues: complete, faithful to placeholders, in step with the code and the .qm files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omavalmentaja import messages
from omavalmentaja.domain import client, meeting, plan
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


def test_tab_titles_and_sections_are_in_the_qt_catalogue() -> None:
    sources = _sources(TRANSLATIONS / "omavalmentaja_sv.ts")
    labels = {text for context, text in sources if context == "labels"}
    assert [text for text in SECTIONS if text not in labels] == [], "add them to ui/labels.py"
    titles = {text for context, text in sources if context == "tabs"}
    assert [m.TAB_TITLE for m in tab_modules() if m.TAB_TITLE not in titles] == [], "add them to ui/labels.py"


CODE_GROUPS = {
    "status": client.ClientStatus, "target_group": client.TargetGroup, "meeting_kind": meeting.MeetingKind,
    "goal_kind": plan.GoalKind, "service_kind": plan.ServiceKind, "responsible": plan.Responsible,
    "step_status": plan.StepStatus, "version_status": plan.VersionStatus, "signer_role": plan.SignerRole,
}


def test_every_code_shown_to_a_person_has_a_label_in_three_languages() -> None:
    catalogue = messages.catalogue()
    wanted = [f"label.{group}.{member.value}" for group, kind in CODE_GROUPS.items() for member in kind]
    wanted += [f"label.licence.{code}" for code in client.LICENCES]
    wanted += [f"label.passphrase_strength.{score}" for score in range(5)]
    assert [message_id for message_id in wanted if message_id not in catalogue] == []
    assert [message_id for message_id in wanted if set(catalogue[message_id]) != set(messages.LANGUAGES)] == []


def test_every_audit_action_has_a_label() -> None:
    """The log tab shows label.audit.<action>: every action the code records is in the catalogue."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "omavalmentaja").rglob("*.py"))
    actions = set(re.findall(r'audit\.record(?:_many)?\(\s*"([a-z_]+\.[a-z_]+)"', source))
    actions |= set(re.findall(r'"([a-z_]+\.(?:create|update))" if is_new', source))
    actions |= set(re.findall(r'audit_action(?:: str)?\s*=\s*"([a-z_]+\.[a-z_]+)"', source))
    assert len(actions) > 30
    assert sorted(a for a in actions if not messages.has_message(f"label.audit.{a}")) == []


def test_package_data_ships_the_qm_files() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"translations" = "omavalmentaja/translations"' in pyproject
    assert "*.qm" not in (ROOT / ".gitignore").read_text().split()
