"""Client and assessment repositories."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from omavalmentaja.domain.client import Assessment, Client, ClientStatus, TargetGroup
from omavalmentaja.domain.client_record import json_list, record_from_columns, record_to_columns
from omavalmentaja.domain.closing import ExitReason
from omavalmentaja.domain.collation import finnish_sort_key
from omavalmentaja.domain.service_model import ObligationStatus
from omavalmentaja.errors import NotFound
from omavalmentaja.store.damaged import DamagedRecord, read_record, readable
from omavalmentaja.store.db import Database
from omavalmentaja.store.records import insert_new_records, save_record
from omavalmentaja.store.search import build_match_query, reindex_client, reindex_clients

_CLIENT_FIELDS = (
    "first_name", "last_name", "preferred_name", "henkilotunnus", "date_of_birth", "phone", "email", "address",
    "municipality", "languages", "interpreter_needed", "target_group", "start_date", "status", "close_reason",
    "background", "multisectoral_need", "multisectoral_reason", "registered_on", "obligation_status",
    "obligation_per_month", "obligation_reason", "obligation_review_months", "obligation_from",
    "closed_on", "exit_reason",
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def client_to_fields(client: Client) -> dict[str, Any]:
    return {
        "first_name": client.first_name, "last_name": client.last_name, "preferred_name": client.preferred_name,
        "henkilotunnus": client.henkilotunnus, "date_of_birth": _iso(client.date_of_birth),
        "phone": client.phone, "email": client.email, "address": client.address,
        "municipality": client.municipality, "languages": json_list(client.languages),
        "interpreter_needed": int(client.interpreter_needed),
        "target_group": client.target_group.value if client.target_group else None,
        "start_date": _iso(client.start_date), "status": client.status.value,
        "close_reason": client.close_reason, "background": client.background,
        "multisectoral_need": int(client.multisectoral_need), "multisectoral_reason": client.multisectoral_reason,
        **service_model_fields(client), **closing_fields(client),
        **record_to_columns(client.record),
    }


def service_model_fields(client: Client) -> dict[str, Any]:
    return {
        "registered_on": _iso(client.registered_on),
        "obligation_status": client.obligation_status.value if client.obligation_status else "",
        "obligation_per_month": client.obligation_per_month, "obligation_reason": client.obligation_reason,
        "obligation_review_months": client.obligation_review_months, "obligation_from": _iso(client.obligation_from),
    }


def service_model_from_row(row: Any) -> dict[str, Any]:
    return {
        "registered_on": _date(row["registered_on"]),
        "obligation_status": ObligationStatus(row["obligation_status"]) if row["obligation_status"] else None,
        "obligation_per_month": row["obligation_per_month"], "obligation_reason": row["obligation_reason"],
        "obligation_review_months": row["obligation_review_months"], "obligation_from": _date(row["obligation_from"]),
    }


def closing_fields(client: Client) -> dict[str, Any]:
    return {"closed_on": _iso(client.closed_on), "exit_reason": client.exit_reason.value if client.exit_reason else ""}


def closing_from_row(row: Any) -> dict[str, Any]:
    return {"closed_on": _date(row["closed_on"]),
            "exit_reason": ExitReason(row["exit_reason"]) if row["exit_reason"] else None}


def client_from_row(row: Any) -> Client:
    return Client(
        id=row["id"], first_name=row["first_name"], last_name=row["last_name"],
        preferred_name=row["preferred_name"], henkilotunnus=row["henkilotunnus"],
        date_of_birth=_date(row["date_of_birth"]), phone=row["phone"], email=row["email"],
        address=row["address"], municipality=row["municipality"], languages=json.loads(row["languages"]),
        interpreter_needed=bool(row["interpreter_needed"]),
        target_group=TargetGroup(row["target_group"]) if row["target_group"] else None,
        start_date=_date(row["start_date"]), status=ClientStatus(row["status"]),
        close_reason=row["close_reason"], background=row["background"],
        multisectoral_need=bool(row["multisectoral_need"]), multisectoral_reason=row["multisectoral_reason"],
        version=row["version"], updated_at=row["updated_at"], **service_model_from_row(row),
        **closing_from_row(row), record=record_from_columns(row),
    )


class ClientRow(NamedTuple):
    """One line of the client list: only what the list shows, so 30,000 of them load quickly (a tuple of the
    query's row as it comes, with no value converted in Python)."""

    id: str
    last_name: str
    first_name: str
    preferred_name: str
    date_of_birth: str | None
    municipality: str
    status: str
    target_group: str | None
    last_met: str | None


# The list's columns. A stored date or time the list cannot show (a damaged row) is read as NULL, checked by
# SQLite itself: shown only if SQLite reads it as the same day or minute (a 30 February is read as 1 March,
# so it is not shown), in one of the forms they are stored in (the list never fails on a damaged value).
_SHOWN_DATE = "CASE WHEN date(%s, '+0 days') IS %s AND %s >= '0001' THEN %s END"
_SHOWN_TIME = ("CASE WHEN (strftime('%%Y-%%m-%%dT%%H:%%M', %s, '+0 days') IS %s OR "
               "strftime('%%Y-%%m-%%dT%%H:%%M:%%S', %s, '+0 days') IS %s) AND %s >= '0001' THEN %s END")
# The last meeting's time is named six times in its check; SQLite computes the one max() once per client.
_LIST_SQL = (
    f"SELECT c.id, c.last_name, c.first_name, c.preferred_name, {_SHOWN_DATE % (('c.date_of_birth',) * 4)}, "
    f"c.municipality, c.status, c.target_group, (SELECT {_SHOWN_TIME % (('max(m.starts_at)',) * 6)} "
    "FROM meetings m WHERE m.client_id = c.id AND m.starts_at <= ?) FROM clients c"
)


def _list_sort_key(row: ClientRow) -> str:
    """Last name, then the name the client goes by (a NUL between them sorts like the pair would)."""
    return finnish_sort_key(f"{row.last_name}\0{row.preferred_name or row.first_name}")


class ClientRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, client: Client) -> Client:
        with self.db.transaction():
            client.id, client.version = save_record(self.db, "clients", client_to_fields(client), client.id)
            reindex_client(self.db, client.id)
        return client

    def add_many(self, clients: list[Client], keep_ids: bool = False) -> None:
        """Insert new clients in bulk (ids, unless keep_ids, and versions are set on them); one search rebuild
        for all, after the caller's meetings are in if it calls inside its own transaction."""
        with self.db.transaction():
            given = [c.id for c in clients] if keep_ids else None
            ids = insert_new_records(self.db, "clients", [client_to_fields(c) for c in clients], given)
            for client, client_id in zip(clients, ids, strict=True):
                client.id, client.version = client_id, 1
            reindex_clients(self.db, ids, new=True)

    def get(self, client_id: str) -> Client:
        row = self.db.query_one("SELECT * FROM clients WHERE id = ?", (client_id,))
        if row is None:
            raise NotFound("store.no_such_client", client_id)
        return read_record("clients", row, client_from_row)

    def get_even_damaged(self, client_id: str) -> tuple[Client, DamagedRecord | None]:
        """The client, or for a row that cannot be read as one, a client with only the stored names (what a
        list or an export shows of it) and the damage."""
        try:
            return self.get(client_id), None
        except DamagedRecord as damage:
            row = self.db.query_one("SELECT first_name, last_name FROM clients WHERE id = ?", (client_id,))
            first, last = (str(row[0]), str(row[1])) if row is not None else ("?", "?")
            return Client(first_name=first, last_name=last, id=client_id), damage

    def henkilotunnukset(self) -> set[str]:
        """Every henkilötunnus in the vault (to check a whole import against in one query)."""
        return {r[0] for r in self.db.query("SELECT henkilotunnus FROM clients WHERE henkilotunnus != ''")}

    def exists_hetu(self, hetu: str, exclude_id: str = "") -> bool:
        row = self.db.query_one("SELECT 1 FROM clients WHERE henkilotunnus = ? AND id != ?", (hetu, exclude_id))
        return row is not None

    def list_rows(self) -> list[ClientRow]:
        """Every client as a list line, in Finnish name order; filtering is services.clients.filter_rows."""
        now = dt.datetime.now().isoformat(timespec="minutes")
        rows = list(map(ClientRow._make, self.db.query(_LIST_SQL, (now,))))
        # sorted here, not in SQL: SQLite's NOCASE folds ASCII only and sorts Å Ä Ö wrongly
        rows.sort(key=_list_sort_key)
        return rows

    def matching_ids(self, text: str) -> set[str] | None:
        """Ids of the clients whose name, henkilötunnus or notes match text; None when text has no words."""
        match = build_match_query(text)
        if not match:
            return None
        rows = self.db.query("SELECT client_id FROM client_search WHERE client_search MATCH ?", (match,))
        return {r[0] for r in rows}

    def municipalities(self) -> list[str]:
        rows = self.db.query("SELECT DISTINCT municipality FROM clients WHERE municipality != '' ORDER BY 1")
        return [r[0] for r in rows]

    def count(self) -> int:
        return int(self.db.query_one("SELECT count(*) FROM clients")[0])


_ASSESSMENT_FIELDS = ("education", "work_history", "skills", "language_skills", "circumstances", "wishes",
                      "service_need")


def assessment_to_fields(item: Assessment) -> dict[str, Any]:
    fields: dict[str, Any] = {name: getattr(item, name) for name in _ASSESSMENT_FIELDS}
    fields.update(client_id=item.client_id, assessed_on=item.assessed_on.isoformat(),
                  licences=json.dumps(item.licences))
    return fields


class AssessmentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, item: Assessment) -> Assessment:
        with self.db.transaction():
            item.id, _ = save_record(self.db, "assessments", assessment_to_fields(item), item.id)
        return item

    def add_many(self, items: list[Assessment]) -> None:
        """Insert new assessments in bulk (their ids are set)."""
        with self.db.transaction():
            ids = insert_new_records(self.db, "assessments", [assessment_to_fields(a) for a in items])
            for item, item_id in zip(items, ids, strict=True):
                item.id = item_id

    def for_client(self, client_id: str) -> list[Assessment]:
        rows = self.db.query("SELECT * FROM assessments WHERE client_id = ? ORDER BY assessed_on DESC, updated_at DESC",
                             (client_id,))
        return readable("assessments", rows, assessment_from_row)


def assessment_from_row(row: Any) -> Assessment:
    return Assessment(id=row["id"], client_id=row["client_id"], assessed_on=dt.date.fromisoformat(row["assessed_on"]),
                      licences=json.loads(row["licences"]), **{name: row[name] for name in _ASSESSMENT_FIELDS})
