"""Security review, finding 7: the seal of a signed plan is signed with the device's Ed25519 key, checked at the
office on import and by `plan verify`; a plan sealed before the device had keys says so and still verifies."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conftest import run_cli
from omavalmentaja.domain.plan import device_seal_message
from omavalmentaja.errors import UserError
from omavalmentaja.services import office, plan_seal, plans
from omavalmentaja.services.session import Session
from omavalmentaja.store.db import new_id
from omavalmentaja.sync.keys import KeyPairs
from omavalmentaja.sync.records import Record, current_row
from sync_forge import forge, round_trip, signed_plan
from sync_support import add_client, make_coach, make_office, store_digest


def test_a_plan_signed_on_a_new_vault_is_sealed_by_its_device(session: Session) -> None:
    client = add_client(session, "Eero", "Korhonen")
    version = signed_plan(session, client.id)
    assert version.seal_signature and version.seal_sign_key
    stored = plans.plans(session).get(version.id)
    assert plan_seal.device_seal(session, stored).valid and plans.verify(session, version.id) == []
    result = run_cli("plan", "verify", client.id, data_dir=session.vault.folder)
    assert result.returncode == 0 and "OK" in result.stdout and "tämän laitteen allekirjoittama" in result.stdout


def test_a_plan_signed_before_the_device_had_keys_verifies_as_unsigned_by_device(session: Session,
                                                                                   monkeypatch) -> None:
    client = add_client(session, "Amina", "Hassan")
    monkeypatch.setattr(plan_seal, "sign_seal", lambda db, version: None)  # what older versions stored
    version = signed_plan(session, client.id)
    assert version.seal_signature == ""
    assert plans.verify(session, version.id) == []
    result = run_cli("plan", "verify", client.id, data_dir=session.vault.folder)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout and "ei laitteen allekirjoitusta" in result.stdout


def test_the_office_checks_the_device_seal(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    aino, bertta = make_coach(tmp_path, key_file, "Aino"), make_coach(tmp_path, key_file, "Bertta")
    eero, olena = add_client(aino, "Eero", "Korhonen"), add_client(bertta, "Olena", "Shevchenko")
    plan = signed_plan(aino, eero.id)
    round_trip(aino, office_session, tmp_path, "aino-1", trust=True)
    round_trip(bertta, office_session, tmp_path, "bertta-1", trust=True)
    verified = run_cli("plan", "verify", eero.id, data_dir=office_session.vault.folder)
    assert verified.returncode == 0 and "laitteen Aino" in verified.stdout, verified.stdout + verified.stderr

    before = store_digest(office_session)
    copied = current_row(office_session.db, "plan_versions", plan.id)
    assert copied is not None
    copied.update(id=new_id(), client_id=olena.id, device_id=bertta.device_id, version=1)  # Aino's seal, reused
    stranger = KeyPairs.generate()
    message = device_seal_message(copied["id"], olena.id, copied["seal_hash"])
    resigned = {**copied, "id": copied["id"], "seal_sign_key": base64.b64encode(stranger.public.sign).decode(),
                "seal_signature": base64.b64encode(stranger.signing_key().sign(message)).decode()}
    garbage = {**copied, "seal_signature": "not base64!"}
    for number, row in enumerate((copied, resigned, garbage)):
        path = forge(bertta, tmp_path / f"seal-{number}.omvb", [Record("plan_versions", row)])
        with pytest.raises(UserError, match="laiteallekirjoitus ei täsmää"):
            office.import_bundle(office_session, path)
    result = run_cli("office", "import", str(path), data_dir=office_session.vault.folder)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert store_digest(office_session) == before
    for session in (aino, bertta, office_session):
        session.close_quietly()
