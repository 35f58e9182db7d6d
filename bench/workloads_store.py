"""Reads and bulk writes of the store, on the encrypted vault and on the same engine without a key."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import tempfile
from pathlib import Path

from bench import engines
from bench.region import FILLED_TABLES, insert_rows, table_rows
from bench.results import Figure, ratio
from bench.timing import median_ms, timed_ms
from omavalmentaja.services.clients import list_clients
from omavalmentaja.services.csv_import import import_clients_csv
from omavalmentaja.services.demo import fictional_client
from omavalmentaja.services.session import Session
from omavalmentaja.services.today import today_overview

ENCRYPTION_TARGET = 1.15
SHOWN_COLUMNS = ("SELECT c.id, c.last_name, c.first_name, c.preferred_name, c.date_of_birth, c.municipality, "
                 "c.status, c.target_group, (SELECT max(m.starts_at) FROM meetings m WHERE m.client_id = c.id "
                 "AND m.starts_at <= ?) FROM clients c")
# The day's items in one indexed query: the day's meetings and the follow-ups due by today.
DAYS_ITEMS = ("SELECT id, client_id, starts_at, place FROM meetings WHERE starts_at >= ? AND starts_at < ? "
              "UNION ALL SELECT id, client_id, follow_up_on, next_steps FROM meetings "
              "WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL AND follow_up_on <= ?")

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
                             median_ms(lambda fn=fn: fn(encrypted), repeat),
                             median_ms(lambda fn=fn: fn(plain), repeat), ENCRYPTION_TARGET))
    now = dt.datetime.now().isoformat(timespec="minutes")
    floor = median_ms(lambda: encrypted.db.query(SHOWN_COLUMNS, (now,)), repeat)
    figures.append(ratio("client list, every client (service)", "one SELECT of the shown columns",
                         median_ms(lambda: list_clients(encrypted), repeat), floor, 2.0))
    day = dt.datetime.combine(dt.date.today(), dt.time())
    bounds = (day.isoformat(timespec="minutes"), (day + dt.timedelta(days=1)).isoformat(timespec="minutes"),
              day.date().isoformat())
    figures.append(ratio("Today overview", "one indexed query for the day's meetings and follow-ups",
                         median_ms(lambda: today_overview(encrypted), repeat),
                         median_ms(lambda: encrypted.db.query(DAYS_ITEMS, bounds), repeat), 2.0))
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
        times = {}
        for encrypted in (True, False):
            with engines.create(work / f"vault-{encrypted}", encrypted) as session:
                times[encrypted] = timed_ms(lambda session=session: import_clients_csv(session, source))
                if encrypted:
                    floor = executemany_ms(session, work, ("clients", "client_search", "audit_log"))
    return [
        ratio(f"CSV import of {clients} clients, encrypted", "the same import without a key",
              times[True], times[False], ENCRYPTION_TARGET),
        ratio(f"CSV import of {clients} clients", "executemany of the same rows, same schema",
              times[True], floor, 3.0),
    ]
