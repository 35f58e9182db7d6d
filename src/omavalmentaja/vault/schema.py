"""Strict reading of the JSON in the vault's own files (the vault header, the backup header).

A header is checked field by field against a schema before any of it is used: the exact set of keys, the
JSON type of each value (a bool is not a number, a float is not an integer), bounds on numbers and lengths,
and base64 that decodes to the expected number of bytes. Anything else raises Malformed, which the caller
turns into its one-line "damaged" message. json.loads itself is bounded: the text has a size limit and a
nesting depth limit is checked before parsing, so a 100,000-deep document costs nothing."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], Any]
MAX_DEPTH = 8  # the headers nest three levels deep


class Malformed(ValueError):
    """The JSON does not follow the schema."""


def load_json(raw: bytes, max_bytes: int) -> Any:
    """Parse UTF-8 JSON of at most max_bytes and MAX_DEPTH levels of nesting, or raise Malformed."""
    if len(raw) > max_bytes:
        raise Malformed("too large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed("not UTF-8") from None
    if _depth(text) > MAX_DEPTH:
        raise Malformed("nested too deeply")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise Malformed("not JSON") from None


def _depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings (an upper bound is enough to refuse early)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def obj(value: Any, fields: Mapping[str, Check]) -> dict[str, Any]:
    """A JSON object with exactly these keys, each value passed through its check."""
    if not isinstance(value, dict) or set(value) != set(fields):
        raise Malformed("unexpected keys")
    return {name: check(value[name]) for name, check in fields.items()}


def integer(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise Malformed("not an integer in bounds")
        return value
    return check


def text(max_length: int, allowed: tuple[str, ...] | None = None) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not 0 < len(value) <= max_length or (allowed and value not in allowed):
            raise Malformed("not an expected text")
        return value
    return check


def base64_bytes(min_bytes: int, max_bytes: int | None = None) -> Check:
    """Base64 text (kept as text) that decodes to min_bytes…max_bytes bytes (exactly min_bytes if no max)."""
    high = min_bytes if max_bytes is None else max_bytes

    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > 4 * (high // 3 + 1):
            raise Malformed("not base64")
        try:
            decoded = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise Malformed("not base64") from None
        if not min_bytes <= len(decoded) <= high:
            raise Malformed("wrong length")
        return value
    return check
