"""Text shown to a person, by message id, in one language at a time (Finnish, Swedish or English).

Services raise errors and return results as message ids with arguments; the CLI renders them in the
language of --lang or the locale (LANG), the app in its UI language. The catalogue is the TOML files in
this folder, one per area of the program, each entry a table with the three languages:

    [vault.wrong_passphrase]
    fi = "Väärä tunnuslause."
    sv = "Fel lösenfras."
    en = "Wrong passphrase."

Arguments are written %1, %2 … in the text (as in Qt's tr()), filled in one pass by render(), never by
concatenation. An argument that is itself a Message is rendered in the same language.

The names of codes shown to a person (a client's status, a meeting kind, an audit action…) are entries
label.<group>.<code>, rendered by label(group, code). An id missing from the catalogue renders as the id
itself, so that a person sees something rather than a crash; the tests turn on set_strict(True), which makes
it an error (and tests/test_messages_in_code.py checks the ids written in the code).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
_PLACEHOLDER = re.compile(r"%(\d)")
_CATALOGUE_DIR = Path(__file__).resolve().parent


class _State:
    language = DEFAULT_LANGUAGE
    strict = False


def set_strict(strict: bool) -> None:
    """Strict: render() raises KeyError for an id missing from the catalogue (the tests turn it on)."""
    _State.strict = strict


def set_language(language: str) -> str:
    """The process's language for messages (fi, sv or en; anything else means Finnish)."""
    _State.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _State.language


def current_language() -> str:
    return _State.language


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language a terminal asks for: LC_ALL, else LC_MESSAGES, else LANG (sv_FI.UTF-8 → sv)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


@functools.cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every message id with its texts, from the TOML files of this folder (tomllib is imported here: the app's
    start-up shows no message of the catalogue before the unlock screen is painted)."""
    import tomllib

    entries: dict[str, dict[str, str]] = {}
    for path in sorted(_CATALOGUE_DIR.glob("*.toml")):
        with path.open("rb") as stream:
            _collect(tomllib.load(stream), "", entries, path.name)
    return entries


def _collect(table: dict, prefix: str, entries: dict[str, dict[str, str]], file_name: str) -> None:
    for key, value in table.items():
        if not isinstance(value, dict):
            raise ValueError(f"{file_name}: {prefix}{key} is not a message table")
        if set(value) & set(LANGUAGES):
            message_id = prefix + key
            if message_id in entries:
                raise ValueError(f"{file_name}: {message_id} is defined twice")
            entries[message_id] = {language: str(value[language]) for language in LANGUAGES if language in value}
        else:
            _collect(value, f"{prefix}{key}.", entries, file_name)


def has_message(message_id: str) -> bool:
    return message_id in catalogue()


def render(message_id: str, *args: object, language: str | None = None) -> str:
    """The text of message_id in language (default: the process's), with %1… replaced by args."""
    language = language or _State.language
    texts = catalogue().get(message_id)
    if texts is None:
        if _State.strict:
            raise KeyError(f"message id {message_id!r} is not in the catalogue")
        template = message_id  # never in a test run; a person sees the id rather than a crash
    else:
        template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    values = [arg.render(language) if isinstance(arg, (Message, Joined)) else str(arg) for arg in args]

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


@dataclass(frozen=True)
class Message:
    """A message id with its arguments, to be rendered later in whichever language is shown."""

    id: str
    args: tuple[object, ...] = ()

    @classmethod
    def of(cls, message_id: str, *args: object) -> Message:
        return cls(message_id, args)

    @classmethod
    def joined(cls, parts: Iterable[Message], separator: str = "; ") -> Message:
        """Several messages as one, e.g. every problem found in a form, each rendered in the same language."""
        return cls("common.joined", (Joined(tuple(parts), separator),))

    def render(self, language: str | None = None) -> str:
        return render(self.id, *self.args, language=language)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Joined:
    """Messages rendered one after another with a separator (an argument of common.joined)."""

    parts: tuple[Message, ...]
    separator: str = "; "

    def render(self, language: str | None = None) -> str:
        return self.separator.join(part.render(language) for part in self.parts)


def label(group: str, code: object, language: str | None = None) -> str:
    """The name of a code shown to a person (a status, a meeting kind, an audit action…): label.<group>.<code>.

    A code the catalogue does not know (e.g. from a newer program version) is shown as it is."""
    message_id = f"label.{group}.{code}"
    return render(message_id, language=language) if message_id in catalogue() else str(code)


def labels(group: str, language: str | None = None) -> dict[str, str]:
    """Every code of a group with its label, in catalogue order."""
    prefix = f"label.{group}."
    return {key[len(prefix):]: render(key, language=language) for key in catalogue() if key.startswith(prefix)}
