"""The payload reader sees only signed, decrypted data, but still checks every field: fuzz it, bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omavalmentaja.errors import UserError
from omavalmentaja.services import office, sync
from omavalmentaja.sync import keystore
from omavalmentaja.sync.bundle import parse_bundle, seal_bundle
from omavalmentaja.sync.payload import parse_payload
from sync_support import add_client, make_coach, make_office

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.text(max_size=10), children, max_size=4), max_leaves=20)


@pytest.fixture(scope="module")
def office_and_payload(tmp_path_factory):
    folder = tmp_path_factory.mktemp("payload")
    office_session, key_file = make_office(folder)
    coach = make_coach(folder, key_file, "Iida")
    add_client(coach, "Iida", "Keränen")
    sync.export_bundle(coach, folder / "b1.omvb")
    parsed = parse_bundle((folder / "b1.omvb").read_bytes())
    keys = keystore.own_keys(office_session.db)
    assert keys is not None
    body = json.loads(parsed.open(keys))
    yield office_session, body, coach.device_id
    coach.close_quietly()
    office_session.close_quietly()


def test_the_real_payload_parses(office_and_payload) -> None:
    office_session, body, device_id = office_and_payload
    payload = parse_payload(office_session.db, json.dumps(body).encode(), "changes", device_id)
    assert [r.table for r in payload.records] == ["clients"] and payload.coach == "Iida"
    assert office.conflicts(office_session) == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(path=st.lists(st.sampled_from(["records", 0, "row", "base", "table", "tombstones", "version", "id",
                                      "schema_version", "coach", "device_id", "first_name"]), min_size=1, max_size=4),
       value=JSON)
def test_fuzz_any_field_replaced_is_refused_or_read(office_and_payload, path, value) -> None:
    office_session, body, device_id = office_and_payload
    mutated = json.loads(json.dumps(body))
    target = mutated
    for step in path[:-1]:
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            return
    try:
        target[path[-1]] = value
    except (IndexError, TypeError):
        return
    try:
        parse_payload(office_session.db, json.dumps(mutated).encode(), "changes", device_id)
    except UserError as error:
        assert "\n" not in str(error)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=JSON)
def test_fuzz_arbitrary_json_is_refused(office_and_payload, value) -> None:
    office_session, _, device_id = office_and_payload
    with pytest.raises(UserError):
        parse_payload(office_session.db, json.dumps(value).encode(), "changes", device_id)


def test_receipts_are_checked_on_the_laptop_too(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    coach = make_coach(tmp_path, key_file, "Joonas")
    add_client(coach, "Ronja", "Määttä")
    fp = sync.device_info(coach).fingerprint
    for n in (1, 2):
        sync.export_bundle(coach, tmp_path / f"b{n}.omvb")
        office.import_bundle(office_session, tmp_path / f"b{n}.omvb", fp, tmp_path / f"r{n}.omvb")
    assert sync.import_bundle(coach, tmp_path / "r2.omvb").acknowledged == 1
    with pytest.raises(UserError, match="vanhempi"):
        sync.import_bundle(coach, tmp_path / "r1.omvb")
    other_office, other_key = make_office(tmp_path / "other")
    with pytest.raises(UserError, match="toiselle laitteelle"):
        sync.import_bundle(coach, tmp_path / "b1.omvb")
    coach_keys, other_keys = keystore.own_keys(coach.db), keystore.own_keys(other_office.db)
    assert coach_keys is not None and other_keys is not None
    forged = seal_bundle("receipt", office_session.device_id, other_keys, coach_keys.public, 9, "2026-11-23", b"{}")
    (tmp_path / "forged.omvb").write_bytes(forged)
    with pytest.raises(UserError, match="rekisteröidyltä toimistolta"):
        sync.import_bundle(coach, tmp_path / "forged.omvb")
    data = bytearray((tmp_path / "r2.omvb").read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "bad.omvb").write_bytes(bytes(data))
    with pytest.raises(UserError, match="vioittunut"):
        sync.import_bundle(coach, tmp_path / "bad.omvb")
    with pytest.raises(UserError, match="jo rekisteröity"):
        sync.enrol(coach, other_key, fingerprint=sync.read_enrolment_file(other_key).keys.fingerprint)
    other_office.close_quietly()
    coach.close_quietly()
    office_session.close_quietly()
