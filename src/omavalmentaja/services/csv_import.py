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
from omavalmentaja.errors import UserError
from omavalmentaja.services import service_model_csv
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
REQUIRED = ("first_name", "last_name")


class CsvImportError(UserError):
    """Every bad row, each as 'rivi N: problem'."""

    def __init__(self, problems: list[str]) -> None:
        lines = "\n".join(problems)
        super().__init__(f"Tuonti peruttu, mitään ei tuotu / import cancelled, nothing imported:\n{lines}")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    imported: int


def parse_clients_csv(text: str) -> list[Client]:
    """Parse every row; raise CsvImportError listing all bad rows by file line (header = line 1)."""
    if not text.strip():
        raise CsvImportError(["rivi 1: tiedosto on tyhjä / the file is empty"])
    delimiter = ";" if text.splitlines()[0].count(";") >= text.splitlines()[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _parse_rows(reader)
    except csv.Error as exc:
        raise CsvImportError([f"rivi {reader.line_num}: CSV-tiedosto on virheellinen / malformed CSV ({exc})"]) \
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
            problems.append(f"rivi {line}: {len(values)} saraketta, odotettiin {len(columns)} / "
                            f"{len(values)} columns, expected {len(columns)}")
            continue
        try:
            client = _row_to_client(dict(zip(columns, values, strict=True)))
        except (InvalidClient, ValueError) as exc:
            problems.append(f"rivi {line}: {exc}")
            continue
        if client.henkilotunnus and client.henkilotunnus in seen_hetu:
            problems.append(f"rivi {line}: sama henkilötunnus kuin rivillä {seen_hetu[client.henkilotunnus]} / "
                            "duplicate henkilötunnus")
            continue
        seen_hetu[client.henkilotunnus] = line
        clients.append(client)
    if problems:
        raise CsvImportError(problems)
    return clients


IMPORT_CHUNK = 500  # clients per bulk statement, and per progress report


def import_clients_csv(session: Session, path: Path,
                       progress: Callable[[int, int], None] | None = None) -> ImportResult:
    clients = parse_clients_csv(read_text_file(path))
    in_vault = session.clients.henkilotunnukset()
    problems = [f"henkilötunnus {c.henkilotunnus} on jo holvissa / already in the vault"
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


def _map_header(header: list[str]) -> tuple[list[str], list[str]]:
    columns, problems = [], []
    for name in header:
        key = COLUMN_ALIASES.get(_normalise_header(name))
        if key is None:
            problems.append(f"rivi 1: tuntematon sarake '{name}' / unknown column")
        columns.append(key or name)
    for required in REQUIRED:
        if required not in columns:
            problems.append(f"rivi 1: sarake '{required}' puuttuu / required column missing")
    duplicates = {c for c in columns if columns.count(c) > 1}
    problems.extend(f"rivi 1: sarake '{c}' on kahdesti / column given twice" for c in sorted(duplicates))
    return columns, problems


def _row_to_client(row: dict[str, str]) -> Client:
    problems = []

    def date_of(key: str):  # type: ignore[no-untyped-def]
        value = row.get(key, "").strip()
        if not value:
            return None
        try:
            return parse_date(value)
        except ValueError as exc:
            problems.append(str(exc))
            return None

    group_text = row.get("target_group", "").strip()
    target_group = None
    if group_text:
        try:
            target_group = TargetGroup(group_text)
        except ValueError:
            problems.append(f"kohderyhmä '{group_text}' on tuntematon / unknown target group "
                            "(under30, immigrant, no_earnings_related)")
    language = row.get("language", "").strip()
    client = Client(
        first_name=row.get("first_name", ""), last_name=row.get("last_name", ""),
        henkilotunnus=row.get("henkilotunnus", ""), date_of_birth=date_of("date_of_birth"),
        municipality=row.get("municipality", ""), phone=row.get("phone", ""), email=row.get("email", ""),
        languages=[language] if language else [], target_group=target_group, start_date=date_of("start_date"),
    )
    service_model_csv.apply_columns(row, client, problems)
    try:
        normalise_and_validate(client)
    except InvalidClient as exc:
        problems.extend(str(p) for p in exc.problems)
    problems.extend(client_model_problems(client))
    if problems:
        raise InvalidClient(problems)
    return client
