"""The service model's records as carried in a bundle, checked by the domain's rules before they are written:
a job application (its date, method and text) and a client's registration date and job-search obligation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from omavalmentaja.domain.service_model import (
    ApplicationMethod,
    Conversation,
    InvalidServiceModel,
    JobApplication,
    ObligationStatus,
    validate_application,
)
from omavalmentaja.sync.bundle import BundleError

BAD_VALUE = "sync.bad_value"
LATEST_DAY = dt.date(9999, 12, 31)  # a bundle's application may be dated on the sender's today, not ours


def _date(table: str, column: str, value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BundleError(BAD_VALUE, f"{table}.{column}") from None


_CODES: dict[Any, frozenset[Any]] = {}


def _values(codes: type[Any]) -> frozenset[Any]:
    """The values of an enumeration of codes, gathered once (not per row)."""
    if codes not in _CODES:
        _CODES[codes] = frozenset(code.value for code in codes)
    return _CODES[codes]


def _code(table: str, column: str, value: Any, codes: type[Any], empty: bool) -> None:
    if value in _values(codes) or (empty and value == ""):  # a scalar: the columns were checked before
        return
    raise BundleError(BAD_VALUE, f"{table}.{column}")


def check_row(table: str, row: dict[str, Any]) -> None:
    """Raise BundleError for a service-model value the domain refuses; other tables pass untouched."""
    if table == "job_applications":
        applied = _date(table, "applied_on", row.get("applied_on"))
        _code(table, "method", row.get("method"), ApplicationMethod, empty=False)
        try:
            validate_application(JobApplication(str(row.get("client_id")), applied or dt.date.min,
                                                str(row.get("employer_or_job") or ""), ApplicationMethod(row["method"]),
                                                str(row.get("notes") or "")), LATEST_DAY)
        except InvalidServiceModel:
            raise BundleError(BAD_VALUE, f"{table}.employer_or_job") from None
    elif table == "clients":
        for column in ("registered_on", "obligation_from"):
            _date(table, column, row.get(column))
        if "obligation_status" in row:
            _code(table, "obligation_status", row["obligation_status"], ObligationStatus, empty=True)
        per_month = row.get("obligation_per_month")
        if per_month is not None and not (isinstance(per_month, int) and 0 <= per_month <= 31):
            raise BundleError(BAD_VALUE, f"{table}.obligation_per_month")
        months = row.get("obligation_review_months", 1)
        if not (isinstance(months, int) and 1 <= months <= 12):
            raise BundleError(BAD_VALUE, f"{table}.obligation_review_months")
    elif table == "meetings" and "fulfils" in row:
        _code(table, "fulfils", row["fulfils"], Conversation, empty=True)
