"""Reads and bulk writes of the store, on the encrypted vault and on the same engine without a key."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import statistics
import tempfile
from pathlib import Path

from bench import engines
from bench.region import FILLED_TABLES, insert_rows, table_rows
from bench.results import Figure, ratio
from bench.timing import paired_medians_ms, timed_ms
from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.csv_import import import_clients_csv
from omavalmentaja.services.demo import fictional_client
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import not_met_days, today_overview

ENCRYPTION_TARGET = 1.15
CSV_RUNS = 3  # imports of the file per engine (median); each takes seconds, so fewer than the reads' repeat
SHOWN_COLUMNS = ("SELECT c.id, c.last_name, c.first_name, c.preferred_name, c.date_of_birth, c.municipality, "
                 "c.status, c.target_group, (SELECT max(m.starts_at) FROM meetings m WHERE m.client_id = c.id "
                 "AND m.starts_at <= ?) FROM clients c")
# The day's items in one indexed query, the same items the Today overview returns, each with its client's name:
# the day's meetings, the follow-ups due by today, and the active clients not met since the not-met limit
# with their last meeting (on the indexes of meetings by start, open follow-ups, and meetings by client).
_NAME = "coalesce(coalesce(nullif(c.preferred_name, ''), c.first_name) || ' ' || c.last_name, '?')"
DAYS_ITEMS = (
    f"SELECT m.id, m.client_id, {_NAME}, m.starts_at, m.place FROM meetings m LEFT JOIN clients c "
    "ON c.id = m.client_id WHERE m.starts_at >= :start AND m.starts_at < :end "
    f"UNION ALL SELECT m.id, m.client_id, {_NAME}, m.follow_up_on, m.next_steps FROM meetings m "
    "LEFT JOIN clients c ON c.id = m.client_id "
    "WHERE m.follow_up_done = 0 AND m.follow_up_on IS NOT NULL AND m.follow_up_on <= :day "
    f"UNION ALL SELECT '', c.id, {_NAME}, (SELECT max(m.starts_at) FROM meetings m WHERE m.client_id = c.id "
    "AND m.starts_at < :end), '' FROM clients c WHERE c.status = 'active' AND NOT EXISTS (SELECT 1 FROM "
    "meetings m WHERE m.client_id = c.id AND m.starts_at >= :since AND m.starts_at < :end)"
)

READS = {
    "client list, every client (service)": lambda s: list_clients(s),
    "search 'kor' (names, FTS prefix)": lambda s: list_clients(s, text="kor"),
    "search 'työkokeilu' (notes)": lambda s: list_clients(s, text="työkokeilu"),
    "search henkilötunnus prefix '01'": lambda s: list_clients(s, text="01"),
    "Today overview": lambda s: today_overview(s),
}


def read_figures(encrypted: Session, plain: Session, repeat: int) -> list[Figure]:
    figures = []
    for name, fn in READS.items():
        figures.append(ratio(f"{name}, encrypted", "the same service without a key",
                             *paired_medians_ms(lambda fn=fn: fn(encrypted), lambda fn=fn: fn(plain), repeat),
                             ENCRYPTION_TARGET))
    now = dt.datetime.now().isoformat(timespec="minutes")
    figures.append(ratio("client list, every client (service)", "one SELECT of the shown columns",
                         *paired_medians_ms(lambda: list_clients(encrypted),
                                            lambda: encrypted.db.query(SHOWN_COLUMNS, (now,)), repeat), 2.0))
    now_moment = dt.datetime.now()
    day = dt.datetime.combine(now_moment.date(), dt.time())
    bounds = {"start": day.isoformat(timespec="minutes"),
              "end": (day + dt.timedelta(days=1)).isoformat(timespec="minutes"), "day": day.date().isoformat(),
              "since": (now_moment - dt.timedelta(days=not_met_days(encrypted))).isoformat(timespec="minutes")}
    figures.append(ratio("Today overview", "one indexed query for the same items (the day's meetings, follow-ups "
                         "due, active clients not met lately), with names",
                         *paired_medians_ms(lambda: today_overview(encrypted),
                                            lambda: encrypted.db.query(DAYS_ITEMS, bounds), repeat), 2.0))
    return figures


def executemany_ms(source: Session, work: Path, tables: tuple[str, ...]) -> float:
    """The floor of a bulk save: the same rows, inserted with executemany in one transaction, same schema."""
    rows = {table: table_rows(source, table) for table in tables}
    with engines.create(work / "executemany", encrypted=True) as target:
        def insert() -> None:
            with target.db.transaction():
                for table in tables:
                    insert_rows(target, table, *rows[table])
        return timed_ms(insert)


def fill_figures(fill_ms: dict[bool, float], encrypted: Session, work: Path) -> list[Figure]:
    floor = executemany_ms(encrypted, work, FILLED_TABLES)
    count = encrypted.clients.count()
    return [
        ratio(f"demo fill of the region ({count} clients), encrypted", "the same fill without a key",
              fill_ms[True], fill_ms[False], ENCRYPTION_TARGET),
        ratio(f"demo fill of the region ({count} clients)", "executemany of the same rows, same schema",
              fill_ms[True], floor, 3.0, note="with questionnaires and plans for a tenth" if count else ""),
    ]


def write_csv(path: Path, clients: int, seed: int) -> None:
    rng = random.Random(seed)
    today = dt.date.today()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["etunimi", "sukunimi", "henkilötunnus", "kotikunta", "puhelin", "sähköposti", "kieli",
                     "kohderyhmä", "alkupäivä"])
    seen: set[str] = set()
    for n in range(clients):
        c = fictional_client(rng, today, n)
        hetu = "" if c.henkilotunnus in seen else c.henkilotunnus  # a fictional twin: leave it out
        seen.add(c.henkilotunnus)
        writer.writerow([c.first_name, c.last_name, hetu, c.municipality, c.phone, c.email,
                         c.languages[0], c.target_group.value if c.target_group else "",
                         c.start_date.strftime("%d.%m.%Y") if c.start_date else ""])
    path.write_text(out.getvalue(), encoding="utf-8")


def csv_figures(clients: int, seed: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-csv-") as tmp:
        work = Path(tmp)
        source = work / "clients.csv"
        write_csv(source, clients, seed)
        samples: dict[bool, list[float]] = {True: [], False: []}
        for run in range(CSV_RUNS):  # encrypted and without a key in turns, each into a new vault
            for encrypted in ((True, False) if run % 2 == 0 else (False, True)):
                with engines.create(work / f"vault-{encrypted}-{run}", encrypted) as session:
                    samples[encrypted].append(timed_ms(lambda session=session: import_clients_csv(session, source)))
                    if encrypted and run == 0:
                        floor = executemany_ms(session, work, ("clients", "client_search", "audit_log"))
        times = {encrypted: statistics.median(values) for encrypted, values in samples.items()}
    return [
        ratio(f"CSV import of {clients} clients, encrypted", "the same import without a key",
              times[True], times[False], ENCRYPTION_TARGET),
        ratio(f"CSV import of {clients} clients", "executemany of the same rows, same schema",
              times[True], floor, 3.0),
    ]
