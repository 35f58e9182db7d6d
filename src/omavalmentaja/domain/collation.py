"""Sorting names the Finnish way: case-insensitive, Å Ä Ö after Z, other accents folded (é as e)."""

from __future__ import annotations

import unicodedata

_AFTER_Z = {"å": "{", "ä": "|", "ö": "}"}  # the three characters after "z" in ASCII order


def _fold_table() -> dict[int, str]:
    """Latin letters with accents (Latin-1 and Extended-A, e.g. é š ž č) map to their base letter."""
    table: dict[int, str] = {ord(ch): repl for ch, repl in _AFTER_Z.items()}
    for code in range(0xC0, 0x250):
        ch = chr(code).casefold()
        if len(ch) == 1 and ord(ch) not in table:
            base = unicodedata.normalize("NFD", ch)[0]
            if base != ch and base.isascii():
                table[ord(ch)] = base
    return table


_FOLD = _fold_table()


def finnish_sort_key(text: str) -> str:
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_FOLD)  # the table maps no ASCII character
