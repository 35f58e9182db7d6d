"""The rules every text field of a record follows, in one place: how long it may be and which characters it may
hold. The app, the CLI, the CSV import and the sync import all reach them through the records' validation
functions (normalise_and_validate, validate_meeting, validate_assessment, validate_draft, validate_signature).

Single-line fields (names, municipality, place…) hold no control character at all; multi-line fields (notes,
plan texts…) keep line feeds and tabs and nothing else below U+0020. Neither holds a bidirectional override or
isolate (U+202A–U+202E, U+2066–U+2069), which can make a name read differently on screen and paper than it
is stored, nor a lone surrogate (no UTF-8 form) or a line or paragraph separator in a single line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from omavalmentaja.messages import Message

NAME = 100  # first, last and preferred names; a signer's name
LINE = 200  # other single-line fields: municipality, place, organisation, a language code, a licence code
ADDRESS = 300
EMAIL = 254  # RFC 5321's longest path
REASON = 2_000  # a closing reason, a reason for multi-sectoral need
LONG_TEXT = 20_000  # notes, next steps, background, plan texts, assessment texts: some eight printed pages
LIST_ITEMS = 50  # languages, licences, plan steps

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{_BIDI_CONTROLS}]")
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """One broken rule: the record's field (its column name) and the message shown. The message never
    repeats a value from outside (a bundle's value could be anything), only the field's label and the rule."""

    field: str
    message: Message

    def __str__(self) -> str:
        return self.message.render()


def label(field: str) -> Message:
    """The field's name as shown to a person (input.field.<column> in the catalogue)."""
    return Message.of(f"input.field.{field}")


def check_line(field: str, value: object, limit: int = LINE) -> Problem | None:
    """A single-line text field: a str of at most `limit` characters without control characters."""
    return _check(field, value, limit, _LINE_CONTROL)


def check_text(field: str, value: object, limit: int = LONG_TEXT) -> Problem | None:
    """A multi-line text field: line feeds and tabs are kept, other control characters refused."""
    return _check(field, value, limit, _TEXT_CONTROL)


def _check(field: str, value: object, limit: int, controls: re.Pattern[str]) -> Problem | None:
    if not isinstance(value, str):
        return Problem(field, Message.of("input.not_text", label(field)))
    if len(value) > limit:
        return Problem(field, Message.of("input.too_long", label(field), limit, len(value)))
    if value.isprintable():  # no control, format (bidi), surrogate or separator character: the usual case
        return None
    if _BIDI.search(value):
        return Problem(field, Message.of("input.bidi_control", label(field)))
    if controls.search(value):
        return Problem(field, Message.of("input.control_character", label(field)))
    return None


def check_list(field: str, values: object, limit: int = LINE) -> Problem | None:
    """A list of short single-line texts (languages, licences)."""
    if isinstance(values, list) and not values:  # the usual case, without the generators below
        return None
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        return Problem(field, Message.of("input.not_text", label(field)))
    if len(values) > LIST_ITEMS:
        return Problem(field, Message.of("input.too_many", label(field), LIST_ITEMS))
    return next((p for p in (check_line(field, v, limit) for v in values) if p), None)


def check_fields(checks: Sequence[tuple[str, object, int, bool]]) -> list[Problem]:
    """(field, value, limit, multi-line) for each field of a record; the problems found, one per field."""
    found = [(check_text if multiline else check_line)(field, value, limit)
             for field, value, limit, multiline in checks]
    return [p for p in found if p is not None]


def check_date(field: str, value: object) -> Problem | None:
    """A date a person could mean: a date (or None) between the years 1900 and 2200."""
    if value is None:
        return None
    moment = value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(moment, dt.date) or not 1900 <= moment.year <= 2200:
        return Problem(field, Message.of("input.bad_date", label(field)))
    return None
