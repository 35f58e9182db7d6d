"""Imported instrument definitions, questionnaire responses and their answers (one row per answer)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from omavalmentaja.domain.instruments import FillMode
from omavalmentaja.domain.instruments_answers import Answer, Response, ResponseStatus
from omavalmentaja.errors import NotFound
from omavalmentaja.store.damaged import read_record, readable
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import delete_record, insert_new_records, save_record

# Definitions get a UUID derived from (instrument id, version), so two devices importing the same file make
# the same record and sync merges them instead of holding two.
_DEFINITION_NAMESPACE = uuid.UUID("6f1c3a4e-2d0b-4b7e-9f51-0c8a5e7d2b19")


@dataclass(frozen=True)
class StoredDefinition:
    instrument_id: str
    instrument_version: str
    definition: str  # the JSON text as imported
    sha256: str
    created_at: str


class InstrumentDefinitionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def record_id(instrument_id: str, version: str) -> str:
        return str(uuid.uuid5(_DEFINITION_NAMESPACE, f"{instrument_id}@{version}"))

    def add(self, instrument_id: str, version: str, definition: str, sha256: str) -> None:
        fields = {"instrument_id": instrument_id, "instrument_version": version, "definition": definition,
                  "sha256": sha256}
        with self.db.transaction():
            save_record(self.db, "instrument_definitions", fields, self.record_id(instrument_id, version))

    def get(self, instrument_id: str, version: str) -> StoredDefinition | None:
        row = self.db.query_one("SELECT * FROM instrument_definitions WHERE instrument_id = ? AND "
                                "instrument_version = ?", (instrument_id, version))
        return None if row is None else _definition_from_row(row)

    def all(self) -> list[StoredDefinition]:
        rows = self.db.query("SELECT * FROM instrument_definitions ORDER BY instrument_id, created_at")
        return [_definition_from_row(r) for r in rows]


def _definition_from_row(row: Any) -> StoredDefinition:
    return StoredDefinition(row["instrument_id"], row["instrument_version"], row["definition"], row["sha256"],
                            row["created_at"])


def response_from_row(row: Any) -> Response:
    return Response(
        id=row["id"], client_id=row["client_id"], instrument_id=row["instrument_id"],
        instrument_version=row["instrument_version"], responded_on=dt.date.fromisoformat(row["responded_on"]),
        language=row["language"], fill_mode=FillMode(row["fill_mode"]), status=ResponseStatus(row["status"]),
        completed_at=row["completed_at"], version=row["version"], updated_at=row["updated_at"],
    )


def answer_from_row(row: Any) -> Answer:
    value = json.loads(row["value"]) if row["value"] is not None else None
    return Answer(item_id=row["item_id"], value=value, skipped=bool(row["skipped"]), id=row["id"],
                  version=row["version"])


def response_to_fields(response: Response) -> dict[str, Any]:
    return {
        "client_id": response.client_id, "instrument_id": response.instrument_id,
        "instrument_version": response.instrument_version, "responded_on": response.responded_on.isoformat(),
        "language": response.language, "fill_mode": response.fill_mode.value, "status": response.status.value,
        "completed_at": response.completed_at,
    }


def answer_to_fields(response_id: str, answer: Answer) -> dict[str, Any]:
    return {"response_id": response_id, "item_id": answer.item_id,
            "value": None if answer.value is None else json.dumps(answer.value, ensure_ascii=False),
            "skipped": int(answer.skipped)}


class ResponseRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, response: Response) -> Response:
        """The response's own fields (not its answers: those are written one by one with save_answer)."""
        with self.db.transaction():
            response.id, response.version = save_record(self.db, "questionnaire_responses",
                                                        response_to_fields(response), response.id)
        return response

    def add_many(self, responses: list[tuple[Response, list[Answer]]]) -> None:
        """Insert new responses with their answers: one statement for the responses, one for every answer
        (ids and versions are set)."""
        with self.db.transaction():
            ids = insert_new_records(self.db, "questionnaire_responses",
                                     [response_to_fields(response) for response, _ in responses])
            for (response, _), response_id in zip(responses, ids, strict=True):
                response.id, response.version = response_id, 1
            self._insert_answers([(response.id, answer) for response, answers in responses for answer in answers])

    def save_answer(self, response_id: str, answer: Answer) -> Answer:
        """Write one answer now (insert or replace the item's earlier answer)."""
        if not answer.id:
            row = self.db.query_one("SELECT id FROM questionnaire_answers WHERE response_id = ? AND item_id = ?",
                                    (response_id, answer.item_id))
            answer.id = row[0] if row else ""
        with self.db.transaction():
            answer.id, answer.version = save_record(self.db, "questionnaire_answers",
                                                    answer_to_fields(response_id, answer), answer.id)
        return answer

    def _insert_answers(self, answers: list[tuple[str, Answer]]) -> None:
        fields = [answer_to_fields(response_id, answer) for response_id, answer in answers]
        for (_, answer), answer_id in zip(answers, insert_new_records(self.db, "questionnaire_answers", fields),
                                          strict=True):
            answer.id, answer.version = answer_id, 1

    def get(self, response_id: str) -> Response:
        row = self.db.query_one("SELECT * FROM questionnaire_responses WHERE id = ?", (response_id,))
        if row is None:
            raise NotFound("store.no_such_response", response_id)
        response = read_record("questionnaire_responses", row, response_from_row)
        rows = self.db.query("SELECT * FROM questionnaire_answers WHERE response_id = ?", (response.id,))
        for answer in readable("questionnaire_answers", rows, answer_from_row):
            response.answers[answer.item_id] = answer
        return response

    def for_client(self, client_id: str, instrument_id: str | None = None) -> list[Response]:
        """Every response of the client with its answers, oldest first."""
        sql = "SELECT * FROM questionnaire_responses WHERE client_id = ?"
        params: tuple[str, ...] = (client_id,)
        if instrument_id:
            sql += " AND instrument_id = ?"
            params += (instrument_id,)
        rows = self.db.query(sql + " ORDER BY responded_on, created_at", params)
        responses = {r.id: r for r in readable("questionnaire_responses", rows, response_from_row)}
        if responses:
            marks = ", ".join("?" for _ in responses)
            for row in self.db.query(f"SELECT * FROM questionnaire_answers WHERE response_id IN ({marks})",
                                     tuple(responses)):
                for answer in readable("questionnaire_answers", [row], answer_from_row):
                    responses[row["response_id"]].answers[answer.item_id] = answer
        return list(responses.values())

    def delete(self, response: Response, reason: str = "") -> None:
        with self.db.transaction():
            for answer in response.answers.values():
                delete_record(self.db, "questionnaire_answers", answer.id, reason)
            delete_record(self.db, "questionnaire_responses", response.id, reason)
