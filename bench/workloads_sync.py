"""Sync at region scale: a month of a region's bundles merged at the office, and one coach's full export."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench import engines
from bench.region import insert_rows, table_rows
from bench.results import Figure, ratio
from bench.timing import median_ms, paired_medians_ms, timed_ms
from omavalmentaja.services import office, sync
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.sync.coach import changes_payload

ENCRYPTION_TARGET = 1.15
# What an office import writes: the records, the search index, and per record the version both sides agreed.
MERGED_TABLES = ("clients", "meetings", "assessments", "questionnaire_responses", "questionnaire_answers",
                 "plan_versions", "plan_signatures", "client_search", "sync_agreed")


@dataclass(frozen=True)
class Bundle:
    path: Path
    fingerprint: str


def coach_bundles(work: Path, key_file: Path, coaches: int, caseload: int, seed: int) -> list[Bundle]:
    """coaches enrolled laptops, each with caseload clients (plans and questionnaires for a tenth), exported."""
    bundles = []
    for n in range(coaches):
        with engines.create(work / f"coach-{n}", encrypted=True) as coach:
            sync.enrol(coach, key_file, f"Valmentaja {n + 1}",
                       fingerprint=sync.read_enrolment_file(key_file).keys.fingerprint)
            extended = max(1, caseload // 10)
            fill_demo_data(coach, clients=caseload - extended, seed=seed + 2 * n, with_extensions=False)
            fill_demo_data(coach, clients=extended, seed=seed + 2 * n + 1, with_extensions=True)
            path = work / f"coach-{n}.omvbundle"
            sync.export_bundle(coach, path)
            bundles.append(Bundle(path, sync.device_info(coach).fingerprint))
    return bundles


def _import_in_turns(offices: dict[bool, Session], bundles: list[Bundle]) -> dict[bool, float]:
    """Each bundle into both offices, the encrypted one first for every other bundle: ms each office took in all
    (a machine whose speed changes during the minute this takes moves both alike)."""
    times = dict.fromkeys(offices, 0.0)
    for number, bundle in enumerate(bundles):
        for encrypted, session in sorted(offices.items(), reverse=number % 2 == 0):
            times[encrypted] += timed_ms(lambda s=session, b=bundle: office.import_bundle(s, b.path,
                                                                                           trust=b.fingerprint))
    return times


def office_import_figures(coaches: int, caseload: int, seed: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
        work = Path(tmp)
        offices = {}
        for encrypted in (True, False):
            offices[encrypted] = office.make_office(engines.create(work / f"office-{encrypted}", encrypted),
                                                    "Benchmark office")
        # Both offices must accept the same bundles: the plain one gets the encrypted one's keys' twin by
        # enrolling the coaches to the encrypted office and copying its key rows.
        key_file = work / "office.omvkey"
        office.write_enrolment_file(offices[True], key_file)
        _share_office_identity(offices[True], offices[False])
        bundles = coach_bundles(work, key_file, coaches, caseload, seed)
        times = _import_in_turns(offices, bundles)
        rows = {table: table_rows(offices[True], table) for table in MERGED_TABLES}
        records = sum(len(r[1]) for t, r in rows.items() if t not in ("client_search", "sync_agreed"))
        with engines.create(work / "executemany", encrypted=True) as target:
            def insert() -> None:
                with target.db.transaction():
                    for table in MERGED_TABLES:
                        insert_rows(target, table, *rows[table])
            floor = timed_ms(insert)
        for session in offices.values():
            session.close_quietly()
    name = f"office import of a month: {coaches} coaches x {caseload} clients ({records} records)"
    return [ratio(f"{name}, encrypted", "the same import without a key", times[True], times[False], ENCRYPTION_TARGET),
            ratio(name, "the same rows inserted in one transaction", times[True], floor, 3.0)]


def _share_office_identity(source: Session, target: Session) -> None:
    """Give the plain office the same device id and key pairs, so bundles sealed to one open in the other."""
    with target.db.transaction():
        target.db.execute("DELETE FROM sync_keys")
        for names, rows in (table_rows(source, "sync_keys"),):
            insert_rows(target, "sync_keys", names, rows)
        target.db.set_meta("device_id", source.device_id)


def export_figures(caseload: int, seed: int, repeat: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        with office.create_office(work / "office", engines.PASSPHRASE) as office_session:
            key_file = work / "office.omvkey"
            office.write_enrolment_file(office_session, key_file)
        with contextlib.ExitStack() as open_coaches:
            exports = []
            for encrypted in (True, False):
                coach = open_coaches.enter_context(engines.create(work / f"coach-{encrypted}", encrypted))
                sync.enrol(coach, key_file, "Valmentaja",
                           fingerprint=sync.read_enrolment_file(key_file).keys.fingerprint)
                fill_demo_data(coach, clients=caseload, seed=seed, with_extensions=True)
                if encrypted:
                    payload = changes_payload(coach.db, "Valmentaja").to_bytes()

                def export(coach: Session = coach, out: Path = work / f"out-{encrypted}.omvbundle") -> None:
                    out.unlink(missing_ok=True)
                    sync.export_bundle(coach, out)
                exports.append(export)
            times = dict(zip((True, False), paired_medians_ms(*exports, repeat), strict=True))
    key = AESGCM(AESGCM.generate_key(bit_length=256))
    floor = median_ms(lambda: key.encrypt(os.urandom(12), payload, None), repeat)
    name = f"sync export of a full caseload ({caseload} clients, {len(payload) // 1024} KiB payload)"
    return [ratio(f"{name}, encrypted vault", "the same export without a key", times[True], times[False],
                  ENCRYPTION_TARGET),
            ratio(name, "AES-256-GCM of the same payload bytes alone", times[True], floor, 3.0)]
