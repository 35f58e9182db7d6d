"""Every record arriving in a bundle (at the office from a coach, on a laptop from the office) passes the same
domain validation as a record typed in the app, before anything is written: the row, as it would be stored
(the vault's current row and the column defaults under the incoming values), is read as its record by the
store's own converters and checked by the domain's validation functions. The first record that fails
refuses the whole bundle with one line naming the kind of record and the field, never the value."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, TypeVar

from omavalmentaja.domain import limits
from omavalmentaja.domain.client import normalise_and_validate, validate_assessment
from omavalmentaja.domain.instruments_parse import parse_definition
from omavalmentaja.domain.meeting import validate_meeting
from omavalmentaja.domain.plan import InvalidPlan, content_problems, validate_signature
from omavalmentaja.domain.problems import Problems
from omavalmentaja.messages import Message
from omavalmentaja.store.clients import assessment_from_row, client_from_row
from omavalmentaja.store.damaged import CONVERSION_ERRORS, UNKNOWN_FIELD, DamagedRecord
from omavalmentaja.store.damaged import read_record as read_traced
from omavalmentaja.store.db import Database
from omavalmentaja.store.meetings import meeting_from_row
from omavalmentaja.store.plans import signature_from_row, version_from_row
from omavalmentaja.store.responses import answer_from_row, response_from_row
from omavalmentaja.sync.bundle import BundleError
from omavalmentaja.sync.closing_rows import check_closing
from omavalmentaja.sync.records import Record
from omavalmentaja.sync.stored import stored_values

T = TypeVar("T")


def read_record(table: str, row: dict[str, Any], convert: Callable[[Any], T]) -> T:
    """store.damaged.read_record, tracing the columns read only when the conversion fails: a converter is a pure
    function of the row, so the traced second try fails at the same column and names it."""
    try:
        return convert(row)
    except CONVERSION_ERRORS:
        return read_traced(table, row, convert)


def _client(row: dict[str, Any]) -> None:
    normalise_and_validate(read_record("clients", row, client_from_row))


def _assessment(row: dict[str, Any]) -> None:
    validate_assessment(read_record("assessments", row, assessment_from_row))


def _meeting(row: dict[str, Any]) -> None:
    validate_meeting(read_record("meetings", row, meeting_from_row))


def _plan_version(row: dict[str, Any]) -> None:
    version = read_record("plan_versions", row, lambda r: version_from_row(r, []))
    problems = content_problems(version.content)
    name = limits.check_line("client_name", version.client_name, limits.NAME * 2 + 1)
    dates = [limits.check_date("signed_at", version.signed_at),
             limits.check_date("client_date_of_birth", version.client_date_of_birth)]
    problems += [p for p in (name, *dates) if p is not None]
    if problems:
        raise InvalidPlan(problems)


def _plan_signature(row: dict[str, Any]) -> None:
    validate_signature(read_record("plan_signatures", row, signature_from_row))


def _line_fields(table: str, names: tuple[str, ...]) -> Callable[[dict[str, Any]], None]:
    def check(row: dict[str, Any]) -> None:
        problems = limits.check_fields([(name, row.get(name, ""), limits.LINE, False) for name in names])
        if problems:
            raise Problems(problems)
    return check


def _response(row: dict[str, Any]) -> None:
    response = read_record("questionnaire_responses", row, response_from_row)
    _line_fields("questionnaire_responses", ("instrument_id", "instrument_version", "language"))(row)
    date = limits.check_date("responded_on", response.responded_on)
    if date is not None:
        raise Problems([date])


MAX_ANSWER_NUMBER = 1e9  # far above any scale; keeps a score's sum finite


def _answer_value(value: Any) -> bool:
    """An answer as stored: nothing, a number a score can add up, a text, or a short list of option values."""
    if value is None:
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        return math.isfinite(value) and abs(value) <= MAX_ANSWER_NUMBER
    if isinstance(value, str):
        return limits.check_text("value", value) is None
    if isinstance(value, list):
        return len(value) <= limits.LIST_ITEMS and all(isinstance(v, str) and limits.check_line("value", v) is None
                                                       for v in value)
    return False


def _answer(row: dict[str, Any]) -> None:
    answer = read_record("questionnaire_answers", row, answer_from_row)
    _line_fields("questionnaire_answers", ("item_id",))(row)
    if not _answer_value(answer.value):
        raise Problems([limits.Problem("value", Message.of("input.unknown_code", limits.label("value")))])


def _definition(row: dict[str, Any]) -> None:
    _line_fields("instrument_definitions", ("instrument_id", "instrument_version", "sha256"))(row)
    read_record("instrument_definitions", row, lambda r: parse_definition(json.loads(r["definition"])))


def _job_application(row: dict[str, Any]) -> None:
    """Codes, dates and lengths are checked by sync.service_model_rows (the domain's validate_application)
    while the payload is parsed; the characters of its texts here."""
    problems = limits.check_fields([("employer_or_job", row.get("employer_or_job"), limits.LINE, False),
                                    ("notes", row.get("notes"), limits.LONG_TEXT, True)])
    if problems:
        raise Problems(problems)


VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    "clients": _client, "assessments": _assessment, "meetings": _meeting, "plan_versions": _plan_version,
    "plan_signatures": _plan_signature, "questionnaire_responses": _response, "questionnaire_answers": _answer,
    "instrument_definitions": _definition, "job_applications": _job_application,
    "client_closings": check_closing,
}


def _any_table(row: dict[str, Any]) -> None:
    """A table of synced records that no rule above knows (added by a later feature): its texts follow the
    character rules of a multi-line field, with room for a stored document."""
    problems = limits.check_fields([(name, value, limits.LONG_TEXT * 5, True) for name, value in row.items()
                                    if isinstance(value, str)])
    if problems:
        raise Problems(problems)


def column_defaults(db: Database, table: str) -> dict[str, Any]:
    """The value SQLite gives a column the INSERT leaves out (the schema's DEFAULT literals)."""
    defaults: dict[str, Any] = {}
    for row in db.query(f'PRAGMA table_info("{table}")'):
        literal = row[4]
        if literal is None or literal.upper() == "NULL":
            defaults[row[1]] = None
        elif literal.startswith("'") and literal.endswith("'"):
            defaults[row[1]] = literal[1:-1].replace("''", "'")
        else:
            try:
                defaults[row[1]] = int(literal)
            except ValueError:
                defaults[row[1]] = literal
    return defaults


def refused(table: str, field: str) -> BundleError:
    return BundleError(Message.of("sync.record_refused", table, field))


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "clients": client_from_row, "assessments": assessment_from_row, "meetings": meeting_from_row,
    "plan_versions": lambda r: version_from_row(r, []), "plan_signatures": signature_from_row,
    "questionnaire_responses": response_from_row, "questionnaire_answers": answer_from_row,
}


def unreadable_field(table: str, row: dict[str, Any]) -> str | None:
    """The field of a stored row that the store's reader cannot convert (the reader then leaves the record
    out of lists and exports); None when it reads."""
    convert = CONVERTERS.get(table)
    if convert is None:
        return None
    try:
        read_record(table, row, convert)
    except DamagedRecord as exc:
        return exc.field
    return None


def row_problem(table: str, row: dict[str, Any]) -> str | None:
    """The field of a plain row (blobs as bytes) that is not a valid domain value; None when the row is sound.
    The row's values are scalars (None, numbers, text, bytes: decode_value gives no other), so a copy of the
    dict keeps the caller's row whatever a check does with its copy."""
    check = VALIDATORS.get(table, _any_table)
    try:
        check(dict(row))
    except DamagedRecord as exc:
        return exc.field
    except Problems as exc:
        return (exc.fields() or [UNKNOWN_FIELD])[0]
    except (ValueError, TypeError, KeyError, AttributeError):
        return UNKNOWN_FIELD
    return None


def validate_records(db: Database, records: list[Record]) -> None:
    """Raise BundleError for the first record that is not a valid domain record once written."""
    defaults: dict[str, dict[str, Any]] = {}
    stored: dict[str, dict[str, dict[str, Any]]] = {}
    for record in records:
        defaults.setdefault(record.table, {})
        stored.setdefault(record.table, {})[record.id] = {}
    for table in defaults:  # once per table and chunk of ids, not once per record
        defaults[table] = column_defaults(db, table)
        stored[table] = stored_values(db, table, stored[table])
    for record in records:
        row = {**defaults[record.table], **stored[record.table].get(record.id, {}), **record.values()}
        field = row_problem(record.table, row)
        if field is not None:
            raise refused(record.table, field)
