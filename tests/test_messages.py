"""The message catalogue: every entry complete in fi/sv/en with the same placeholders; rendering by language."""

from __future__ import annotations

import re

import pytest

from omavalmentaja import messages
from omavalmentaja.errors import UserError

PLACEHOLDER = re.compile(r"%\d")


def test_every_message_has_three_languages_with_the_same_placeholders() -> None:
    entries = messages.catalogue()
    assert entries, "the catalogue is empty"
    for message_id, texts in entries.items():
        assert set(texts) == set(messages.LANGUAGES), message_id
        expected = sorted(PLACEHOLDER.findall(texts["fi"]))
        for language, text in texts.items():
            assert text.strip(), (message_id, language)
            assert sorted(PLACEHOLDER.findall(text)) == expected, (message_id, language)
            assert " / " not in text or message_id.startswith("label."), (message_id, language, "a language pair?")


def test_render_fills_arguments_in_one_pass_and_in_the_chosen_language() -> None:
    assert messages.render("common.unexpected_error", "%2", language="sv") == "oväntat fel (%2)"
    nested = messages.Message.of("common.file_system_error", messages.Message.of("common.interrupted"))
    assert nested.render("en") == "file system error: interrupted"
    assert nested.render("fi") == "tiedostojärjestelmän virhe: keskeytetty"


@pytest.fixture
def restore_language():
    yield
    messages.set_language(messages.DEFAULT_LANGUAGE)


def test_user_error_renders_in_the_process_language(restore_language) -> None:
    error = UserError("common.unexpected_error", "X")
    messages.set_language("en")
    assert str(error) == "unexpected error (X)"
    messages.set_language("sv")
    assert str(error) == "oväntat fel (X)"


@pytest.mark.parametrize(("lang", "env"), [("en", "en_GB.UTF-8"), ("sv", "sv_FI.UTF-8"), ("fi", "C.UTF-8")])
def test_language_from_the_locale(lang: str, env: str) -> None:
    assert messages.language_from_environment({"LANG": env}) == lang
    assert messages.language_from_environment({"LANG": "fi_FI.UTF-8", "LC_ALL": env}) == lang
