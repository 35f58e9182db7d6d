"""The checks every incoming bundle passes before anything is written, in the order the format requires."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import sqlcipher3

from omavalmentaja.store.db import Database
from omavalmentaja.sync.bundle import BundleError, ParsedBundle, parse_bundle
from omavalmentaja.sync.keys import KeyPairs

Progress = Callable[[int, int], None]

WRONG_KIND = {
    "changes": "sync.not_coach_bundle",
    "receipt": "sync.not_office_receipt",
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
    return BundleError("sync.replayed", seq, last)


def defer_foreign_keys(db: Database) -> None:
    """Records arrive in any order inside one transaction; foreign keys are checked at its commit."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 50 == 0 or done == total):
        progress(done, total)


STORE_REFUSED = "sync.store_refused"


@contextlib.contextmanager
def store_refused() -> Iterator[None]:
    """A write the store itself refuses (a signed plan changed, a CHECK or foreign key broken) becomes one line;
    wrap the transaction in it, so that the rollback has happened when the error is raised."""
    try:
        yield
    except sqlcipher3.Error as exc:
        rule = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise BundleError(STORE_REFUSED, rule) from None
