"""A fictional caseload for demonstrations and benchmarks. Every person here is invented; henkilötunnus
individual numbers are in the 900–999 range, which is reserved for temporary codes and never names a person."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from omavalmentaja.domain.client import Assessment, Client, ClientStatus, TargetGroup
from omavalmentaja.domain.closing import Closing, ExitReason
from omavalmentaja.domain.hetu import make_hetu
from omavalmentaja.domain.meeting import Meeting, MeetingKind
from omavalmentaja.services.bulk import collector_paused
from omavalmentaja.services.service_model import mark_demo_service_model
from omavalmentaja.services.session import Session
from omavalmentaja.store.closings import ClosingRepository
from omavalmentaja.store.db import new_id
from omavalmentaja.store.search import batched_reindex

MUNICIPALITIES = (
    "Kajaani", "Sotkamo", "Kuhmo", "Suomussalmi", "Paltamo",  # Kainuu
    "Tampere", "Nokia", "Ylöjärvi", "Kangasala", "Lempäälä", "Orivesi",  # Pirkanmaa
    "Mikkeli", "Mäntyharju", "Juva", "Pertunmaa",  # Mikkeli region
    "Oulu", "Kempele", "Liminka", "Muhos", "Kiiminki",  # Oulu region
)
FINNISH = (("Aino", "Eero", "Siiri", "Juho", "Helmi", "Mikko", "Venla", "Lauri", "Noora", "Ville", "Iida", "Tuomas",
            "Emmi", "Joonas", "Ronja", "Aleksi"),
           ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen", "Kinnunen", "Pääkkönen", "Räsänen",
            "Hyvönen", "Keränen", "Seppälä", "Määttä", "Väisänen", "Kärkkäinen", "Löfgren", "Huttunen"))
SWEDISH = (("Elsa", "Hugo", "Wilma", "Oskar", "Saga", "Axel", "Alva", "Linnea"),
           ("Lindqvist", "Sjöberg", "Holmström", "Åkerlund", "Wikström", "Björklund", "Nyström", "Ekholm"))
IMMIGRANT = (("Олена", "Дмитро", "Anastasia", "Ахмед", "محمد", "فاطمة", "Amina", "Abdirahman", "Nguyen Thi",
              "Hawa", "Ivan", "Zeynep"),
             ("Шевченко", "Коваленко", "Petrova", "Hassan", "الحسن", "عبدالله", "Mohamud", "Ali", "Lan", "Ahmed",
              "Smirnov", "Yılmaz"))
IMMIGRANT_LANGUAGES = ("uk", "ru", "ar", "so", "vi", "tr", "fa")
NOTE_SNIPPETS = (
    "Käytiin läpi työnhakutilanne ja päivitettiin CV.",
    "Asiakas kiinnostunut logistiikka-alasta; trukkikortti suunnitteilla.",
    "Keskusteltiin työkokeilumahdollisuudesta kirjastossa.",
    "Asiakas toivoo osa-aikatyötä opintojen rinnalle.",
    "Sovittiin yhteydenotosta Ohjaamoon ja TYP-palveluun.",
    "Kielikoulutus jatkuu; suomen kielen taso A2.",
    "Terveydentila rajoittaa raskasta työtä, ohjattu työkyvyn arvioon.",
    "Harjoiteltiin työhaastattelua. Asiakas motivoitunut.",
)
PLACES = {
    MeetingKind.FACE_TO_FACE: ("Työllisyyspalvelut", "Ohjaamo"),
    MeetingKind.OUTREACH: ("Kirjasto", "Nuorisotila", "Kotikäynti"),
    MeetingKind.PHONE: ("Puhelin",),
    MeetingKind.VIDEO: ("Teams",),
}

_STATUSES, _EXIT_REASONS, _KINDS = tuple(ClientStatus), tuple(ExitReason), tuple(MeetingKind)

DemoExtension = Callable[[Session, list[Client], random.Random], None]


def demo_extensions() -> list[DemoExtension]:
    """Every `add_demo_records(session, clients, rng)` defined in a module of omavalmentaja.services:
    later features (questionnaire responses, plans) add their own fictional records this way."""
    import omavalmentaja.services as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        hook = getattr(module, "add_demo_records", None)
        if callable(hook):
            found.append(hook)
    return found


def fictional_client(rng: random.Random, today: dt.date, serial: int) -> Client:
    group = rng.choices(("fi", "sv", "imm"), weights=(6, 1, 3))[0]
    firsts, lasts = {"fi": FINNISH, "sv": SWEDISH, "imm": IMMIGRANT}[group]
    birth = today - dt.timedelta(days=rng.randint(17 * 365, 58 * 365))
    age = (today - birth).days // 365
    if group == "imm":
        target, languages = TargetGroup.IMMIGRANT, [rng.choice(IMMIGRANT_LANGUAGES), "fi"]
    else:
        target = TargetGroup.UNDER30 if age < 30 else TargetGroup.NO_EARNINGS_RELATED
        languages = ["sv", "fi"] if group == "sv" else ["fi"]
    status = rng.choices(_STATUSES, weights=(85, 7, 8))[0]
    sign = rng.choice("-YXWVU") if birth.year < 2000 else rng.choice("ABCDEF")
    multisectoral = rng.random() < 0.15
    first = rng.choice(firsts)
    start = today - dt.timedelta(days=rng.randint(10, 400))
    closed = status == ClientStatus.CLOSED
    return Client(
        first_name=first, last_name=rng.choice(lasts), henkilotunnus=make_hetu(birth, 900 + serial % 100, sign),
        date_of_birth=birth,
        phone=f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        email=f"asiakas{serial}@example.fi", municipality=rng.choice(MUNICIPALITIES), languages=languages,
        interpreter_needed=group == "imm" and rng.random() < 0.4, target_group=target,
        start_date=start, status=status,
        closed_on=start + dt.timedelta(days=rng.randint(0, (today - start).days)) if closed else None,
        exit_reason=rng.choice(_EXIT_REASONS) if closed else None,
        background=rng.choice(NOTE_SNIPPETS), multisectoral_need=multisectoral,
        multisectoral_reason="Tarvitsee sosiaali- ja terveyspalveluja työllistymisen tueksi" if multisectoral else "",
    )


def fictional_meetings(rng: random.Random, client: Client, now: dt.datetime) -> list[Meeting]:
    assert client.start_date is not None
    meetings = []
    day = client.start_date
    while True:
        day += dt.timedelta(days=rng.randint(7, 45))
        starts = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 10, 12, 13, 14, 15)), rng.choice((0, 30))))
        if starts > now + dt.timedelta(days=14):
            break
        past = starts < now
        kind = rng.choice(_KINDS)
        meetings.append(Meeting(
            client_id=client.id, starts_at=starts, duration_minutes=rng.choice((30, 45, 60, 90)),
            kind=kind, place=rng.choice(PLACES[kind]),
            notes=rng.choice(NOTE_SNIPPETS) if past else "",
            next_steps="Päivitä työnhakuprofiili ja hae kahta paikkaa." if past else "",
            follow_up_on=starts.date() + dt.timedelta(days=14) if past and rng.random() < 0.3 else None,
            follow_up_done=(now - starts).days > 30 or rng.random() < 0.3,
        ))
    return meetings


@dataclass
class Caseload:
    """Fictional records made in memory, to be saved in bulk."""

    clients: list[Client] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)


def fictional_caseload(rng: random.Random, count: int, first_serial: int, now: dt.datetime) -> Caseload:
    """count fictional clients with their meetings and (for most) an assessment. The clients get their ids
    here, so that the meetings and assessments can refer to them before anything is saved."""
    caseload = Caseload()
    for n in range(count):
        client = fictional_client(rng, now.date(), first_serial + n)
        client.id = new_id()
        caseload.clients.append(client)
        meetings = fictional_meetings(rng, client, now)
        mark_demo_service_model(client, meetings)
        caseload.meetings += meetings
        if rng.random() < 0.7:
            caseload.assessments.append(fictional_assessment(rng, client, now.date()))
    return caseload


def fictional_assessment(rng: random.Random, client: Client, today: dt.date) -> Assessment:
    return Assessment(
        client_id=client.id, assessed_on=client.start_date or today,
        education=rng.choice(("Peruskoulu", "Ammatillinen perustutkinto, logistiikka", "Lukio",
                              "Korkeakoulututkinto (ulkomainen)")),
        work_history=rng.choice(("Ei työkokemusta", "Varastotyö 2 v", "Siivous ja kiinteistöhuolto",
                                 "Kaupan ala, kesätöitä")),
        skills="Asiakaspalvelu, tietotekniikan perustaidot",
        licences=rng.sample(["driving_b", "hygiene_passport", "occupational_safety_card"], k=2),
        language_skills="suomi A2, englanti B1" if client.target_group == TargetGroup.IMMIGRANT
        else "suomi äidinkieli, englanti B1",
        circumstances=rng.choice(("", "Selkävaiva rajoittaa raskaita nostoja.", "Yksinhuoltaja.")),
        wishes=rng.choice(("Haluaa työskennellä ihmisten parissa.", "Toive oppisopimuskoulutuksesta.")),
    )


def save_caseload(session: Session, caseload: Caseload) -> None:
    """The bulk save path: one statement and one change-sequence reservation per table, one search-index
    rebuild for every client."""
    with session.db.transaction(), batched_reindex(session.db):
        session.clients.add_many(caseload.clients, keep_ids=True)
        session.meetings.add_many(caseload.meetings)
        session.assessments.add_many(caseload.assessments)
        ClosingRepository(session.db).add_many([Closing(c.id, c.closed_on, c.exit_reason)
                                                for c in caseload.clients if c.closed_on is not None])


CHUNK = 500  # clients saved per bulk statement: progress stays smooth, memory stays flat


def fill_demo_data(session: Session, clients: int = 120, seed: int = 2026,
                   progress: Callable[[int, int], None] | None = None, with_extensions: bool = True) -> int:
    """Add `clients` fictional clients with meetings and assessments, and (with_extensions) the records of
    the features' demo hooks: questionnaire responses, plans. Returns how many clients were added."""
    rng = random.Random(seed)
    now = dt.datetime.now().replace(second=0, microsecond=0)
    created: list[Client] = []
    start_serial = session.clients.count()
    with collector_paused(), session.db.transaction():
        for done in range(0, clients, CHUNK):
            caseload = fictional_caseload(rng, min(CHUNK, clients - done), start_serial + done, now)
            save_caseload(session, caseload)
            created += caseload.clients
            if progress:
                progress(len(created), clients)
        for extension in demo_extensions() if with_extensions else []:
            extension(session, created, rng)
        session.audit.record("demo.fill", detail=f"clients={clients}")
    return clients
