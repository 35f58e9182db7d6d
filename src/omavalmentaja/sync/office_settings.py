"""Settings the office decides for its coaches, carried to the laptops in every receipt (payload key
"office_settings", docs/bundle-format.md). Today one: the retention period in months (its records-management
plan), which decides when a closed client's record may be erased for the end of retention."""

from __future__ import annotations

from typing import Any

from omavalmentaja.domain.retention import DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from omavalmentaja.store.db import Database, now_iso
from omavalmentaja.sync.bundle import DAMAGED, BundleError

OFFICE_KEY = "retention_months"  # at the office: its own setting (absent: the documented default)
RECEIVED_KEY = "office_retention_months"  # on a laptop: as the office's newest receipt carried it
RECEIVED_AT_KEY = "office_retention_received_at"


def office_retention_months(db: Database) -> tuple[int, bool]:
    """The office's retention period and whether the office set it (False: the default)."""
    value = db.meta(OFFICE_KEY)
    return (int(value), True) if value else (DEFAULT_RETENTION_MONTHS, False)


def outgoing(db: Database) -> dict[str, Any]:
    return {"retention_months": office_retention_months(db)[0]}


def parse(value: Any) -> dict[str, Any]:
    """The office_settings of a receipt ({} when it carries none, as receipts of older offices)."""
    if value is None:
        return {}
    months = value.get("retention_months") if isinstance(value, dict) else None
    if not isinstance(months, int) or isinstance(months, bool) \
            or not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise BundleError(DAMAGED)
    return {"retention_months": months}


def store_received(db: Database, settings: dict[str, Any]) -> None:
    """A laptop keeps what the office's receipt carried. In a transaction."""
    if "retention_months" in settings:
        db.set_meta(RECEIVED_KEY, str(settings["retention_months"]))
        db.set_meta(RECEIVED_AT_KEY, now_iso())
