"""Recovery through the office: the data key sealed to the office at enrolment, a device-signed request, the
office's answer sealed to a one-time key, applied once, on that device only, with a full rekey."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import run_cli

from conftest import PASSPHRASE
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, recovery, sync
from omavalmentaja.services.session import Session
from omavalmentaja.vault.header import VaultHeader
from sync_support import add_client, make_coach, make_office

NEW = "palautettu uusi tunnuslause 7"


def _trusted_coach(tmp: Path, office_session: Session, key_file: Path, name: str) -> tuple[Path, str]:
    """An enrolled coach whose first bundle the office accepted; returns its folder and one client's id."""
    coach = make_coach(tmp, key_file, name)
    client_id = add_client(coach, "Aino", "Korhonen").id
    bundle = tmp / f"{name}.omvb"
    sync.export_bundle(coach, bundle)
    office.import_bundle(office_session, bundle, trust=sync.device_info(coach).fingerprint)
    coach.lock()
    return tmp / name, client_id


@pytest.fixture(name="world")
def world_fixture(tmp_path: Path):  # type: ignore[no-untyped-def]
    office_session, key_file = make_office(tmp_path)
    folder, client_id = _trusted_coach(tmp_path, office_session, key_file, "aino")
    yield tmp_path, office_session, key_file, folder, client_id
    office_session.close_quietly()


def _error_id(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as refused:
        call()
    return refused.value.message.id


def test_forgotten_passphrase_recovered_once_on_that_device(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, _key, folder, client_id = world
    old_wrap = VaultHeader.read(folder / "vault.header").sections["recovery"]
    request = recovery.write_request(folder, tmp / "req")  # no passphrase needed
    answer = recovery.answer_request(office_session, request.path, tmp / "ans")
    assert answer.fingerprint == request.fingerprint
    assert office_session.audit.recent(1)[0].action == "office.recover"
    with recovery.apply_answer(folder, tmp / "ans", NEW) as session:
        assert session.clients.get(client_id).first_name == "Aino"
        assert session.audit.recent(1)[0].action == "vault.recovered"
    assert not (folder / "vault.recovery-pending").exists()  # the one-time key is gone
    assert _error_id(lambda: recovery.apply_answer(folder, tmp / "ans", NEW + "x")) == "keys.recovery_no_request"
    with Session.unlock(folder, NEW) as session:
        assert session.clients.get(client_id).first_name == "Aino"
    assert _error_id(lambda: Session.unlock(folder, PASSPHRASE)) == "vault.wrong_passphrase"
    new_wrap = VaultHeader.read(folder / "vault.header").sections["recovery"]
    assert new_wrap["sealed"] != old_wrap["sealed"]  # the new data key is sealed to the office again


def test_a_tampered_request_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, _key, folder, _client = world
    data = recovery.write_request(folder, tmp / "req").path.read_bytes()
    magic, body = data.split(b"\n", 1)
    fields = json.loads(body)
    for name, value in (("answer_key", "A" * 43 + "="), ("request_id", "00000000-0000-4000-8000-000000000000")):
        forged = dict(fields, **{name: value})
        (tmp / "forged").write_bytes(magic + b"\n" + json.dumps(forged).encode())
        assert _error_id(lambda: recovery.answer_request(office_session, tmp / "forged", tmp / "a")) == \
            "keys.recovery_request_damaged"
    (tmp / "cut").write_bytes(data[:-20])
    assert _error_id(lambda: recovery.answer_request(office_session, tmp / "cut", tmp / "a")) == \
        "keys.recovery_request_damaged"
    assert not (tmp / "a").exists()


def test_revoked_or_unknown_devices_get_no_answer(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, key_file, folder, _client = world
    stranger = make_coach(tmp, key_file, "bertta")  # enrolled itself, but the office never accepted it
    stranger.lock()
    recovery.write_request(tmp / "bertta", tmp / "req-b")
    assert _error_id(lambda: recovery.answer_request(office_session, tmp / "req-b", tmp / "a")) == \
        "keys.recovery_device_unknown"
    recovery.write_request(folder, tmp / "req")
    device = VaultHeader.read(folder / "vault.header").sections["recovery"]["device_id"]
    office.revoke_device(office_session, device)
    assert _error_id(lambda: recovery.answer_request(office_session, tmp / "req", tmp / "a")) == \
        "keys.recovery_device_revoked"


def test_an_answer_works_only_for_the_device_and_request_that_asked(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, key_file, folder, _client = world
    other, _ = _trusted_coach(tmp, office_session, key_file, "bertta")
    recovery.write_request(folder, tmp / "req-old")
    recovery.answer_request(office_session, tmp / "req-old", tmp / "ans-old")
    recovery.write_request(folder, tmp / "req")  # a newer request replaces the older one's one-time key
    recovery.write_request(other, tmp / "req-b")
    assert _error_id(lambda: recovery.apply_answer(folder, tmp / "ans-old", NEW)) == \
        "keys.recovery_answer_not_this_request"
    recovery.answer_request(office_session, tmp / "req", tmp / "ans")
    assert _error_id(lambda: recovery.apply_answer(other, tmp / "ans", NEW)) == "keys.recovery_answer_other_device"
    data = (tmp / "ans").read_bytes()
    (tmp / "ans-bad").write_bytes(data.replace(b'"sealed":"', b'"sealed":"B', 1).replace(b'=",', b'",', 1))
    assert _error_id(lambda: recovery.apply_answer(folder, tmp / "ans-bad", NEW)) == "keys.recovery_answer_damaged"
    assert _error_id(lambda: recovery.apply_answer(folder, tmp / "ans", "lyhyt")) == "common.joined"  # too short
    with Session.unlock(folder, PASSPHRASE):  # none of that changed anything
        pass
    recovery.apply_answer(folder, tmp / "ans", NEW).lock()


def test_only_the_vaults_own_office_can_answer(world) -> None:  # type: ignore[no-untyped-def]
    tmp, _office, _key, folder, _client = world
    other_office, _ = make_office(tmp / "elsewhere")
    recovery.write_request(folder, tmp / "req")
    assert _error_id(lambda: recovery.answer_request(other_office, tmp / "req", tmp / "a")) == \
        "keys.recovery_other_office"
    other_office.close_quietly()


def test_a_vault_not_enrolled_has_no_recovery(session: Session, vault_dir: Path, tmp_path: Path) -> None:
    session.lock()
    assert _error_id(lambda: recovery.write_request(vault_dir, tmp_path / "req")) == "keys.recovery_not_set_up"


def test_cli_recovery_round_trip_and_replay(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, _key, folder, client_id = world
    office_folder = office_session.vault.folder
    office_session.lock()
    new_file = tmp / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    request = run_cli("--lang", "en", "recovery", "request", "--out", str(tmp / "req"), data_dir=folder,
                      passphrase=None)
    assert request.returncode == 0, request.stderr
    answered = run_cli("--lang", "en", "office", "recover", str(tmp / "req"), "--out", str(tmp / "ans"),
                       data_dir=office_folder)
    assert answered.returncode == 0, answered.stderr
    applied = run_cli("--lang", "en", "recovery", "apply", str(tmp / "ans"), "--new-passphrase-file", str(new_file),
                      data_dir=folder, passphrase=None)
    assert applied.returncode == 0, applied.stderr
    replay = run_cli("--lang", "en", "recovery", "apply", str(tmp / "ans"), "--new-passphrase-file", str(new_file),
                     data_dir=folder, passphrase=None)
    assert replay.returncode == 2 and len(replay.stderr.strip().splitlines()) == 1
    assert "no open recovery request" in replay.stderr
    listed = run_cli("client", "list", "--json", data_dir=folder, passphrase=NEW)
    assert listed.returncode == 0 and client_id in listed.stdout


def test_a_tampered_header_section_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    _tmp, _office, _key, folder, _client = world
    header = folder / "vault.header"
    text = header.read_text(encoding="utf-8")
    body = json.loads(text.split("\n", 1)[1])
    body["recovery"]["device_id"] = "not-a-uuid"
    header.write_text(text.split("\n", 1)[0] + "\n" + json.dumps(body), encoding="utf-8")
    assert _error_id(lambda: Session.unlock(folder, PASSPHRASE)) == "vault.header_damaged"
    assert _error_id(lambda: recovery.write_request(folder, folder.parent / "req")) == "vault.header_damaged"


def test_an_enrolled_vault_without_the_wrap_gets_it_at_unlock(world) -> None:  # type: ignore[no-untyped-def]
    tmp, office_session, _key, folder, client_id = world
    header = VaultHeader.read(folder / "vault.header")
    header.sections.pop("recovery")  # as a vault enrolled before recovery existed, or restored from a backup
    header.write(folder / "vault.header")
    assert _error_id(lambda: recovery.write_request(folder, tmp / "req")) == "keys.recovery_not_set_up"
    Session.unlock(folder, PASSPHRASE).lock()
    recovery.write_request(folder, tmp / "req")
    recovery.answer_request(office_session, tmp / "req", tmp / "ans")
    with recovery.apply_answer(folder, tmp / "ans", NEW) as session:
        assert session.clients.get(client_id).first_name == "Aino"
