"""What the command line prints, made safe for a terminal.

Names, municipalities, coach names from bundles and file names come from stored data or from a file or a
device, and may hold terminal escape sequences (ESC, OSC, CSI: they can retitle the window, hide text or
rewrite what was printed), other control characters, or bidi overrides (U+202E…) that make text read
differently from what it is. Every line the CLI writes passes through escape_controls, which shows each such
character as a visible \\uXXXX escape — the same notation JSON uses, so `--json` output stays valid JSON and
reads back to the stored text. Newlines and tabs of the CLI's own layout stay as they are."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# C0 and C1 controls and DEL (not newline or tab), line and paragraph separators, and the bidi controls.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """`text` with every control, separator and bidi character written as a visible \\uXXXX."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class EscapingWriter:
    """A text stream that escapes what is written to it before passing it on."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(escape_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding… of the real stream
        return getattr(self.stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """For the length of the block, everything written to stdout and stderr is escaped."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingWriter(saved[0]), EscapingWriter(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
