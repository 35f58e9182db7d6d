"""argparse's own words (usage:, options, "the following arguments are required"…) in the CLI's language.

argparse looks its words up through the module's gettext functions `_` and `ngettext`; while the parser
runs they are pointed at the catalogue (argparse.* entries, each keyed by argparse's English text). A word
the catalogue does not know (a newer Python's) stays as argparse wrote it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from omavalmentaja.messages import render

WORDS = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positional_arguments",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "the following arguments are required: %s": "argparse.required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "expected one argument": "argparse.expected_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "one of the arguments %s is required": "argparse.one_required",
    "unexpected option string: %s": "argparse.unexpected_option",
    "ignored explicit argument %r": "argparse.ignored_argument",
    "expected %s argument": "argparse.expected_n",
    "expected %s arguments": "argparse.expected_n",
}


def translate(text: str) -> str:
    message_id = WORDS.get(text)
    return render(message_id) if message_id else text


def translate_plural(singular: str, plural: str, count: int) -> str:
    return translate(singular if count == 1 else plural)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse speaks the catalogue's language (messages.set_language) inside the block."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
