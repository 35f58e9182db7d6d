"""docs/security.md names the test that shows each protection: every name it gives is a real test."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_test_named_in_the_security_page_exists() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    named = re.findall(r"`tests/(test_\w+\.py)::(\w+)`", text)
    assert len(named) >= 20
    missing = [f"{file}::{name}" for file, name in named
               if not re.search(rf"^def {name}\(", (ROOT / "tests" / file).read_text(encoding="utf-8"), re.M)]
    assert missing == []
    for file in re.findall(r"`tests/(test_\w+\.py)`", text):
        assert (ROOT / "tests" / file).exists(), file
