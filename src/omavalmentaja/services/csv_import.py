"""Importing clients from a CSV file: all or nothing, bad rows reported by their line in the file."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omavalmentaja.domain.client import Client, InvalidClient, TargetGroup, normalise_and_validate
from omavalmentaja.domain.dates import parse_date
from omavalmentaja.domain.problems import DomainError
from omavalmentaja.errors import UserError
from omavalmentaja.messages import Message
from omavalmentaja.services import client_record_csv, service_model_csv
from omavalmentaja.services.bulk import collector_paused
from omavalmentaja.services.files import read_text_file
from omavalmentaja.services.service_model import client_model_problems
from omavalmentaja.services.session import Session

COLUMN_ALIASES = {
    "first_name": "first_name", "etunimi": "first_name",
    "last_name": "last_name", "sukunimi": "last_name",
    "henkilotunnus": "henkilotunnus", "henkilötunnus": "henkilotunnus", "hetu": "henkilotunnus",
    "date_of_birth": "date_of_birth", "syntymäaika": "date_of_birth", "syntymaaika": "date_of_birth",
    "municipality": "municipality", "kotikunta": "municipality",
    "phone": "phone", "puhelin": "phone",
    "email": "email", "sähköposti": "email", "sahkoposti": "email",
    "language": "language", "kieli": "language",
    "target_group": "target_group", "kohderyhmä": "target_group", "kohderyhma": "target_group",
    "start_date": "start_date", "alkupäivä": "start_date", "alkupaiva": "start_date",
}
COLUMN_ALIASES.update(service_model_csv.COLUMNS)
COLUMN_ALIASES.update(client_record_csv.COLUMNS)
REQUIRED = ("first_name", "last_name")


class CsvImportError(UserError):
    """Every bad row, each as 'rivi N: problem'."""

    def __init__(self, problems: list[Message]) -> None:
        super().__init__("svc.csv_cancelled", Message.joined(problems, "\n"))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    imported: int


def parse_clients_csv(text: str) -> list[Client]:
    """Parse every row; raise CsvImportError listing all bad rows by file line (header = line 1)."""
    if not text.strip():
        raise CsvImportError([Message.of("svc.csv_empty")])
    delimiter = ";" if text.splitlines()[0].count(";") >= text.splitlines()[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _parse_rows(reader)
    except csv.Error as exc:
        raise CsvImportError([Message.of("svc.csv_malformed", reader.line_num, str(exc))]) \
            from None


def _parse_rows(reader: Any) -> list[Client]:
    header = next(reader)
    columns, problems = _map_header(header)
    if problems:
        raise CsvImportError(problems)
    clients: list[Client] = []
    seen_hetu: dict[str, int] = {}
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(columns):
            problems.append(Message.of("svc.csv_column_count", line, len(values), len(columns)))
            continue
        try:
            client = _row_to_client(dict(zip(columns, values, strict=True)))
        except DomainError as exc:
            problems.append(Message.of("svc.csv_line", line, exc.message))
            continue
        if client.henkilotunnus and client.henkilotunnus in seen_hetu:
            problems.append(Message.of("svc.csv_hetu_twice", line, seen_hetu[client.henkilotunnus]))
            continue
        seen_hetu[client.henkilotunnus] = line
        clients.append(client)
    if problems:
        raise CsvImportError(problems)
    return clients


IMPORT_CHUNK = 500  # clients per bulk statement, and per progress report


def import_clients_csv(session: Session, path: Path,
                       progress: Callable[[int, int], None] | None = None) -> ImportResult:
    with collector_paused():
        return _import(session, parse_clients_csv(read_text_file(path)), progress)


def _import(session: Session, clients: list[Client], progress: Callable[[int, int], None] | None) -> ImportResult:
    in_vault = session.clients.henkilotunnukset()
    problems = [Message.of("svc.csv_hetu_in_vault", c.henkilotunnus)
                for c in clients if c.henkilotunnus and c.henkilotunnus in in_vault]
    if problems:
        raise CsvImportError(problems)
    with session.db.transaction():
        for start in range(0, len(clients), IMPORT_CHUNK):
            chunk = clients[start:start + IMPORT_CHUNK]
            session.clients.add_many(chunk)
            session.audit.record_many("client.import", [client.id for client in chunk])
            if progress:
                progress(start + len(chunk), len(clients))
    return ImportResult(imported=len(clients))


def _normalise_header(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip().lower())


def _map_header(header: list[str]) -> tuple[list[str], list[Message]]:
    columns: list[str] = []
    problems: list[Message] = []
    for name in header:
        key = COLUMN_ALIASES.get(_normalise_header(name))
        if key is None:
            problems.append(Message.of("svc.csv_unknown_column", name))
        columns.append(key or name)
    for required in REQUIRED:
        if required not in columns:
            problems.append(Message.of("svc.csv_column_missing", required))
    duplicates = {c for c in columns if columns.count(c) > 1}
    problems.extend(Message.of("svc.csv_column_twice", c) for c in sorted(duplicates))
    return columns, problems


def _row_to_client(row: dict[str, str]) -> Client:
    problems: list[Message] = []

    def date_of(key: str):  # type: ignore[no-untyped-def]
        value = row.get(key, "").strip()
        if not value:
            return None
        try:
            return parse_date(value)
        except DomainError as exc:
            problems.append(exc.message)
            return None

    group_text = row.get("target_group", "").strip()
    target_group = None
    if group_text:
        try:
            target_group = TargetGroup(group_text)
        except ValueError:
            problems.append(Message.of("svc.csv_unknown_target_group", group_text))
    language = row.get("language", "").strip()
    client = Client(
        first_name=row.get("first_name", ""), last_name=row.get("last_name", ""),
        henkilotunnus=row.get("henkilotunnus", ""), date_of_birth=date_of("date_of_birth"),
        municipality=row.get("municipality", ""), phone=row.get("phone", ""), email=row.get("email", ""),
        languages=[language] if language else [], target_group=target_group, start_date=date_of("start_date"),
    )
    model_problems: list[str] = []  # rendered already, in the current language
    service_model_csv.apply_columns(row, client, model_problems)
    client_record_csv.apply_columns(row, client, model_problems)
    try:
        normalise_and_validate(client)
    except InvalidClient as exc:
        problems.extend(exc.messages())
    model_problems.extend(client_model_problems(client))
    problems.extend(Message.of("common.text", text) for text in model_problems)
    if problems:
        raise InvalidClient(problems)
    return client
