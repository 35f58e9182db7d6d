"""The service model's CSV columns (client import): the registration date and the job-search obligation."""

from __future__ import annotations

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.dates import parse_date
from omavalmentaja.domain.service_model import ObligationStatus
from omavalmentaja.messages import render

COLUMNS = {
    "registered_on": "registered_on", "ilmoittautunut": "registered_on",
    "obligation": "obligation", "työnhakuvelvollisuus": "obligation", "tyonhakuvelvollisuus": "obligation",
    "obligation_per_month": "obligation_per_month", "haettavia_kuukaudessa": "obligation_per_month",
    "obligation_reason": "obligation_reason", "velvollisuuden_peruste": "obligation_reason",
    "obligation_review_months": "obligation_review_months", "tarkastelujakso": "obligation_review_months",
    "obligation_from": "obligation_from", "velvollisuus_alkaen": "obligation_from",
}
STATUS_WORDS = {
    "full": ObligationStatus.FULL, "täysi": ObligationStatus.FULL, "taysi": ObligationStatus.FULL,
    "reduced": ObligationStatus.REDUCED, "alennettu": ObligationStatus.REDUCED,
    "none": ObligationStatus.NONE, "ei": ObligationStatus.NONE,
}


def apply_columns(row: dict[str, str], client: Client, problems: list[str]) -> None:
    """Fill client's service-model fields from a CSV row; append a readable problem for each bad value."""
    for key in ("registered_on", "obligation_from"):
        text = row.get(key, "").strip()
        if text:
            try:
                setattr(client, key, parse_date(text))
            except ValueError as exc:
                problems.append(str(exc))
    status = row.get("obligation", "").strip().lower()
    if status:
        if status in STATUS_WORDS:
            client.obligation_status = STATUS_WORDS[status]
        else:
            problems.append(render("model.bad_obligation_status", status))
    for key in ("obligation_per_month", "obligation_review_months"):
        text = row.get(key, "").strip()
        if text:
            if text.isdigit():
                setattr(client, key, int(text))
            else:
                problems.append(render("model.bad_number", text))
    client.obligation_reason = row.get("obligation_reason", "").strip()
