"""Office import: every refusal is one line and changes nothing; idempotence; a killed import; generic tables."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from omavalmentaja.domain.meeting import MeetingKind
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.services.demo import fill_demo_data
from omavalmentaja.services.session import Session
from omavalmentaja.sync import keystore
from sync_support import add_client, add_meeting, make_coach, make_office, store_digest


@pytest.fixture
def world(tmp_path: Path):
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Aino")
    yield office_session, coach, tmp_path
    coach.close_quietly()
    office_session.close_quietly()


def _fp(coach: Session) -> str:
    return sync.device_info(coach).fingerprint


def _refused(office_session: Session, path: Path, trust: str | None = None) -> str:
    with pytest.raises(UserError) as caught:
        office.import_bundle(office_session, path, trust)
    message = str(caught.value)
    assert "\n" not in message and message
    return message


def test_every_flipped_removed_or_added_byte_is_refused_and_changes_nothing(world) -> None:
    office_session, coach, tmp = world
    add_client(coach, "Aino", "Virtanen")
    good = tmp / "b1.omvb"
    sync.export_bundle(coach, good)
    data = good.read_bytes()
    before = store_digest(office_session)
    fp = _fp(coach)
    bad = tmp / "bad.omvb"
    variants = []
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= 0x80
        variants += [bytes(flipped), data[:position] + data[position + 1:]]
    variants += [data[:p] + b"\x01" + data[p:] for p in range(0, len(data) + 1, 7)]
    for variant in variants:
        bad.write_bytes(variant)
        _refused(office_session, bad, trust=fp)
    assert store_digest(office_session) == before
    result = office.import_bundle(office_session, good, trust=fp)
    assert result.outcome.inserted == 1 and office_session.clients.count() == 1


def test_each_kind_of_bad_bundle_is_refused_with_its_own_line(world) -> None:
    office_session, coach, tmp = world
    client = add_client(coach, "Eero", "Mäkinen")
    first, second = tmp / "b1.omvb", tmp / "b2.omvb"
    sync.export_bundle(coach, first)
    before = store_digest(office_session)
    fp = _fp(coach)
    assert fp in _refused(office_session, first)  # unknown device: its fingerprint is shown
    assert fp in _refused(office_session, first, trust="0000-1111-2222-3333-4444-5555-6666-7777")
    (tmp / "cut.omvb").write_bytes(first.read_bytes()[:-10])
    assert "katkennut" in _refused(office_session, tmp / "cut.omvb", trust=fp)
    (tmp / "notes.txt").write_text("Muistiinpanoja, ei paketti.\n")
    assert "ei ole synkronointipaketti" in _refused(office_session, tmp / "notes.txt", trust=fp)
    assert "lukea" in _refused(office_session, tmp / "missing.omvb", trust=fp)
    other_office, other_key = make_office(tmp / "other")
    other_coach = make_coach(tmp / "other", other_key, "Ville")
    sync.export_bundle(other_coach, tmp / "foreign.omvb")
    assert "toiselle toimistolle" in _refused(office_session, tmp / "foreign.omvb", trust=_fp(other_coach))
    assert store_digest(office_session) == before

    office.import_bundle(office_session, first, trust=fp)
    add_meeting(coach, client.id, MeetingKind.PHONE)
    sync.export_bundle(coach, second)
    office.import_bundle(office_session, second)
    after_two = store_digest(office_session)
    first_again = office.import_bundle(office_session, first)  # the very same bundle: says so, changes nothing
    assert first_again.outcome.already
    assert store_digest(office_session) == after_two
    # an older bundle that was never imported (made, then superseded) is a replay
    older = tmp / "b3.omvb"
    sync.export_bundle(coach, older)
    sync.export_bundle(coach, tmp / "b4.omvb")
    office.import_bundle(office_session, tmp / "b4.omvb")
    after_four = store_digest(office_session)
    assert "vanhempi" in _refused(office_session, older)
    assert store_digest(office_session) == after_four
    office.revoke_device(office_session, "Aino")
    revoked = store_digest(office_session)
    sync.export_bundle(coach, tmp / "b5.omvb")
    assert "peruttu" in _refused(office_session, tmp / "b5.omvb")
    assert store_digest(office_session) == revoked
    other_coach.close_quietly()
    other_office.close_quietly()


def test_export_repeats_until_a_receipt_and_a_newer_version_replaces(world) -> None:
    office_session, coach, tmp = world
    client = add_client(coach, "Siiri", "Heikkinen")
    assert sync.export_bundle(coach, tmp / "b1.omvb").records == 1
    assert sync.export_bundle(coach, tmp / "b2.omvb").records == 1  # no receipt yet: the same record again
    fp = _fp(coach)
    office.import_bundle(office_session, tmp / "b2.omvb", trust=fp, receipt_out=tmp / "r2.omvb")
    assert sync.import_bundle(coach, tmp / "r2.omvb").acknowledged == 1
    assert sync.import_bundle(coach, tmp / "r2.omvb").already
    assert sync.export_bundle(coach, tmp / "b3.omvb").records == 0
    client.municipality = "Sotkamo"
    from omavalmentaja.services.clients import save_client

    save_client(coach, client)
    meeting = add_meeting(coach, client.id, MeetingKind.VIDEO)
    coach.meetings.delete(meeting)
    export = sync.export_bundle(coach, tmp / "b4.omvb")
    assert (export.records, export.tombstones) == (1, 1)
    outcome = office.import_bundle(office_session, tmp / "b4.omvb").outcome
    assert (outcome.replaced, outcome.deleted, outcome.conflicts) == (1, 1, 0)
    assert office_session.clients.get(client.id).municipality == "Sotkamo"
    tomb = office_session.db.query_one("SELECT 1 FROM tombstones WHERE record_id = ?", (meeting.id,))
    assert tomb is not None


def test_tables_added_by_other_features_sync_without_changes(world) -> None:
    office_session, coach, tmp = world
    ddl = ("CREATE TABLE feature_x_records (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT "
           "NOT NULL, device_id TEXT NOT NULL, version INTEGER NOT NULL, change_seq INTEGER NOT NULL, client_id TEXT "
           "NOT NULL REFERENCES clients(id) ON DELETE CASCADE, instrument_id TEXT NOT NULL, answers BLOB)")
    for session in (coach, office_session):
        session.db.execute(ddl)
    client = add_client(coach, "Helmi", "Räsänen")
    from omavalmentaja.store.records import save_record

    with coach.db.transaction():
        save_record(coach.db, "feature_x_records",
                    {"client_id": client.id, "instrument_id": "kykyviisari", "answers": b"\x00\x01\xff"})
    sync.export_bundle(coach, tmp / "b1.omvb")
    office.import_bundle(office_session, tmp / "b1.omvb", trust=_fp(coach))
    row = office_session.db.query_one("SELECT instrument_id, answers FROM feature_x_records")
    assert row[0] == "kykyviisari" and bytes(row[1]) == b"\x00\x01\xff"


def test_private_keys_never_reach_a_plain_file(world) -> None:
    office_session, coach, tmp = world
    add_client(coach, "Lauri", "Seppälä")
    sync.export_bundle(coach, tmp / "b1.omvb")
    secrets = [keystore.own_keys(s.db) for s in (office_session, coach)]
    needles = [k.sign_private for k in secrets if k] + [k.enc_private for k in secrets if k]
    assert len(needles) == 4
    for path in tmp.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(n in content for n in needles), path.name
            assert "Seppälä".encode() not in content


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from omavalmentaja.services import office
    from omavalmentaja.services.session import Session

    session = Session.unlock(Path(sys.argv[1]), os.environ["TEST_PASSPHRASE"])

    def progress(done, total):
        if done >= total // 2:
            sys.stdout.write("killing at %d of %d\\n" % (done, total))
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    office.import_bundle(session, Path(sys.argv[2]), trust=sys.argv[3], progress=progress)
    print("finished")
""")


def test_a_killed_import_leaves_the_office_store_as_it_was(world) -> None:
    office_session, coach, tmp = world
    fill_demo_data(coach, clients=15)
    export = sync.export_bundle(coach, tmp / "big.omvb")
    assert export.records > 100
    office_folder = office_session.vault.folder
    before = store_digest(office_session)
    office_session.lock()
    env = {**os.environ, "TEST_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(office_folder), str(tmp / "big.omvb"), _fp(coach)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == -9, result.stderr
    assert "killing at" in result.stdout and "finished" not in result.stdout
    with Session.unlock(office_folder, PASSPHRASE) as reopened:
        assert store_digest(reopened) == before
        assert reopened.clients.count() == 0
        outcome = office.import_bundle(reopened, tmp / "big.omvb", trust=_fp(coach)).outcome
        assert outcome.inserted == export.records
