"""The desktop app's own options are read without argparse; anything else goes to the full parser."""

from __future__ import annotations

import pytest

from omavalmentaja.cli import _desktop_options


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {"data_dir": None, "demo": False, "lang": None}),
    (["--demo"], {"data_dir": None, "demo": True, "lang": None}),
    (["--data-dir", "/v", "--lang", "sv"], {"data_dir": "/v", "demo": False, "lang": "sv"}),
    (["--data-dir=/v", "--lang=en", "--demo"], {"data_dir": "/v", "demo": True, "lang": "en"}),
    (["--data-dir=-v"], {"data_dir": "-v", "demo": False, "lang": None}),
    (["--data-dir", "/a", "--data-dir", "/b"], {"data_dir": "/b", "demo": False, "lang": None}),  # the last one
])
def test_the_desktop_options_alone_are_read_here(argv: list[str], expected: dict[str, object]) -> None:
    assert _desktop_options(argv) == expected


@pytest.mark.parametrize("argv", [
    ["list"], ["--help"], ["--version"], ["--data"], ["--data-dir"], ["--data-dir", "--demo"], ["--lang", "de"],
    ["--lang=de"], ["--demo=yes"], ["--passphrase-file", "p", "list"], ["--data-dir", "/v", "list"], ["-h"],
])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert _desktop_options(argv) is None
