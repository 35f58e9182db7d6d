"""Hostile sizes cost little (issue 10, finding 8): the sender and the size are checked before a bundle's body
is read, every file read is bounded, and a bundle holds at most MAX_RECORDS_PER_BUNDLE records."""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from omavalmentaja.errors import UserError
from omavalmentaja.services import office
from omavalmentaja.store.db import new_id, now_iso
from omavalmentaja.sync import payload as payload_module
from omavalmentaja.sync.bundle import FORMAT_VERSION, MAGIC, WRAPPED_KEY_BYTES, Header
from omavalmentaja.sync.keys import KeyPairs
from omavalmentaja.sync.payload import Payload, parse_payload
from omavalmentaja.sync.records import Record
from sync_forge import forge, round_trip
from sync_support import add_client, make_coach, make_office, store_digest


def _unknown_device_prefix(office_session, body_length: int) -> bytes:
    from omavalmentaja.sync import keystore

    keys = keystore.own_keys(office_session.db)
    assert keys is not None
    header = Header(kind="changes", sender_id=new_id(), sender=KeyPairs.generate().public,
                    recipient_key_id=keys.public.enc_key_id, seq=1, created_at=now_iso(),
                    nonce=os.urandom(12)).to_bytes()
    return (struct.pack(">8sH", MAGIC, FORMAT_VERSION) + struct.pack(">I", len(header)) + header
            + struct.pack(">I", WRAPPED_KEY_BYTES) + bytes(WRAPPED_KEY_BYTES) + struct.pack(">Q", body_length))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_an_unknown_devices_bundle_is_refused_before_its_body_is_read(tmp_path: Path) -> None:
    """The bundle comes through a pipe whose body never ends: only a reader that stops after the header
    can answer at all."""
    office_session, _ = make_office(tmp_path)
    prefix = _unknown_device_prefix(office_session, 1 << 30)
    folder = office_session.vault.folder
    office_session.lock()
    pipe = tmp_path / "bundle.omvb"
    os.mkfifo(pipe)
    stop = threading.Event()

    def endless_writer() -> None:
        try:
            with open(pipe, "wb") as stream:
                stream.write(prefix)
                stream.flush()
                while not stop.is_set():
                    stream.write(bytes(1 << 16))
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    result = run_cli("--lang", "en", "office", "import", str(pipe), data_dir=folder)
    stop.set()
    assert result.returncode == 2, result.stderr
    assert "Unknown device" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_bundle_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    from omavalmentaja.services.sync import MAX_BUNDLE_FILE_BYTES

    office_session, _ = make_office(tmp_path)
    big = tmp_path / "big.omvb"
    with open(big, "wb") as stream:  # sparse: no gigabyte is written or read
        stream.write(_unknown_device_prefix(office_session, 1 << 30))
        stream.truncate(MAX_BUNDLE_FILE_BYTES + 1)
    with pytest.raises(UserError):
        office.import_bundle(office_session, big)
    office_session.lock()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_passphrase_and_logo_files_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert run_cli("init", data_dir=folder).returncode == 0
    endless = run_cli("--passphrase-file", "/dev/zero", "client", "list", data_dir=folder, passphrase=None)
    assert endless.returncode == 2 and len(endless.stderr.strip().splitlines()) == 1, endless.stderr
    logo = run_cli("plan", "print-settings", "--logo", "/dev/zero", data_dir=folder)
    assert logo.returncode == 2 and len(logo.stderr.strip().splitlines()) == 1, logo.stderr
    for command in (("client", "import", "/dev/zero"), ("instrument", "import", "/dev/zero")):
        endless_input = run_cli(*command, data_dir=folder)  # a device has no size to check beforehand
        assert endless_input.returncode == 2 and len(endless_input.stderr.strip().splitlines()) == 1, command


def test_a_bundle_over_the_record_cap_is_refused_whole(tmp_path: Path, monkeypatch) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Bertta")
    client = add_client(coach, "Aino", "Mäkinen")
    round_trip(coach, office_session, tmp_path, "first", trust=True)
    stamp = now_iso()
    records = [Record("meetings", {"id": new_id(), "created_at": stamp, "updated_at": stamp,
                                   "device_id": coach.device_id, "version": 1, "client_id": client.id,
                                   "starts_at": "2026-11-23T10:00:00", "kind": "phone"}) for _ in range(41)]
    monkeypatch.setattr(payload_module, "MAX_RECORDS_PER_BUNDLE", 40)
    monkeypatch.setattr(payload_module, "MAX_JSON_OBJECTS", 4 * 40 + 16)
    monkeypatch.setattr(payload_module, "MAX_JSON_VALUES", 64 * 40)
    before = store_digest(office_session)
    with pytest.raises(UserError) as refused:
        office.import_bundle(office_session, forge(coach, tmp_path / "many.omvb", records))
    assert "40" in str(refused.value)
    assert store_digest(office_session) == before
    outcome = office.import_bundle(office_session, forge(coach, tmp_path / "some.omvb", records[:40])).outcome
    assert outcome.inserted == 40
    for session in (coach, office_session):
        session.close_quietly()


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.integers(0, 12), st.integers(0, 12), st.sampled_from(["records", "commas", "objects"]))
def test_the_record_cap_holds_for_any_mix_of_parts(session, monkeypatch, acks: int, assigned: int,
                                                   which: str) -> None:
    cap = 10
    monkeypatch.setattr(payload_module, "MAX_RECORDS_PER_BUNDLE", cap if which == "records" else 1000)
    monkeypatch.setattr(payload_module, "MAX_JSON_VALUES", 5 * cap if which == "commas" else 10**6)
    monkeypatch.setattr(payload_module, "MAX_JSON_OBJECTS", cap if which == "objects" else 10**6)
    from omavalmentaja.sync.payload import Ack, Assignment

    sender = new_id()
    body = Payload(kind="receipt", sender_id=sender, schema_version=session.db.schema_version,
                   created_at=now_iso(), ack=Ack(1, 1, [("clients", new_id(), 1, new_id()) for _ in range(acks)]),
                   assignments=[Assignment(new_id(), "assign") for _ in range(assigned)]).to_bytes()
    too_many = {"records": acks + assigned > cap, "commas": body.count(b",") > 5 * cap,
                "objects": 2 + assigned > cap}[which]
    try:
        parsed = parse_payload(session.db, body, "receipt", sender)
    except UserError as exc:
        assert too_many and exc.message.id == "sync.too_many_records"
        return
    assert not too_many and parsed.ack is not None and len(parsed.ack.records) == acks
