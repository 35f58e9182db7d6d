"""Every text the code shows a person comes from the message catalogue, in one language (AST scan of src/)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from omavalmentaja import messages

SRC = Path(__file__).resolve().parent.parent / "src" / "omavalmentaja"
# Errors whose first argument is a message id (UserError and its subclasses, the domain's DomainError family).
ERROR_CLASSES = {"UserError", "WrongPassphrase", "NotFound", "CsvImportError", "BundleError", "DomainError",
                 "InvalidHetu", "InvalidAnswer", "BadImage"}
# Strings with " / " that are not a language pair shown to a person: file name -> the strings.
NOT_A_PAIR = {
    "questionnaire_fill.py": {"Kysymys {n} / {total}", "Fråga {n} / {total}", "Question {n} / {total}"},
    "questionnaires.py": {"Näytä / muokkaa"},  # ui/tabs: show or edit, in Finnish (the Qt source language)
    "job_search.py": {"Haettu / vaaditaan"},  # applied / required, in Finnish
    "service_model_fields.py": {" / kk"},  # per month
    "help_dialogs.py": {"Qt %1 / PySide6 %2"},  # two versions
}
PAIR = re.compile(r"[A-Za-zÅÄÖåäö]{2,}[^/]* / [^/]*[A-Za-zÅÄÖåäö]{2,}")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(SRC.rglob("*.py"))]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_message_call(call: ast.Call) -> bool:
    """Message.of(…), Message(…), render(…) or messages.render(…) — not another object's .render(language)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in ("render", "Message")
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return (func.attr, func.value.id) in (("of", "Message"), ("render", "messages"))
    return False


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_errors_and_messages_name_catalogue_ids() -> None:
    unknown = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name, first = _name(node), node.args[0]
            checked = name in ERROR_CLASSES or (_is_message_call(node) and "messages" not in path.parts)
            if not checked:
                continue
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            if isinstance(first, ast.JoinedStr) and name in ERROR_CLASSES:
                unknown.append(f"{where}: an f-string, not a message id")
            elif isinstance(first, ast.Call) and _name(first) in ("str", "join", "tr"):
                unknown.append(f"{where}: a text ({_name(first)}), not a message id")
            elif isinstance(first, ast.Constant) and isinstance(first.value, str) and not messages.has_message(
                    first.value):
                unknown.append(f"{where}: {first.value!r}")
    assert unknown == []


def test_no_language_pairs_in_the_code() -> None:
    """'Väärä tunnuslause / Wrong passphrase' is two languages at once: each text is one catalogue entry."""
    pairs = []
    for path, tree in _modules():
        docstrings = _docstrings(tree)
        allowed = NOT_A_PAIR.get(path.name, set())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
                continue
            if PAIR.search(node.value) and node.value not in allowed and "/" not in node.value.replace(" / ", ""):
                pairs.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.value!r}")
    assert pairs == []


def test_strict_rendering_refuses_an_unknown_id() -> None:
    """The tests render strictly (conftest): an id missing from the catalogue is an error, not a text."""
    import pytest

    with pytest.raises(KeyError):
        messages.render("no.such.message")
