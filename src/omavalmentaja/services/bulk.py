"""Helpers of the bulk paths (CSV import, demo fill)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block. A bulk path makes hundreds of thousands of
    objects that live until it ends and form no cycles; the collector walked all of them again at each full
    collection and found nothing (about a tenth of a 30,000-client CSV import). Reference counting still
    frees everything; the collector runs again after the block, if it ran before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
