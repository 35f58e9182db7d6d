"""The checks every incoming bundle passes before anything is written, in the order the format requires."""

from __future__ import annotations

from collections.abc import Callable

from omavalmentaja.store.db import Database
from omavalmentaja.sync.bundle import BundleError, ParsedBundle, parse_bundle
from omavalmentaja.sync.keys import KeyPairs

Progress = Callable[[int, int], None]

WRONG_KIND = {
    "changes": "Paketti ei ole valmentajan muutospaketti (se on toimiston kuittaus) / not a coach's bundle",
    "receipt": "Paketti ei ole toimiston kuittaus (se on valmentajan muutospaketti) / not an office bundle",
}


def parse_for_me(data: bytes, keys: KeyPairs, kind: str, other_recipient: str) -> ParsedBundle:
    """Structure, recipient and kind, then the signature with the sender key named in the header."""
    parsed = parse_bundle(data)
    if parsed.header.recipient_key_id != keys.public.enc_key_id:
        parsed.verify()  # a damaged bundle says so rather than naming a wrong recipient
        raise BundleError(other_recipient)
    parsed.verify()
    if parsed.header.kind != kind:
        raise BundleError(WRONG_KIND[kind])
    return parsed


def replay_error(seq: int, last: int) -> BundleError:
    return BundleError(f"Paketti on vanhempi kuin jo tuotu (järjestysnumero {seq} ≤ {last}); sitä ei tuoda / "
                       "a replayed or older bundle")


def defer_foreign_keys(db: Database) -> None:
    """Records arrive in any order inside one transaction; foreign keys are checked at its commit."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 50 == 0 or done == total):
        progress(done, total)
