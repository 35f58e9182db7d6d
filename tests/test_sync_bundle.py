"""The bundle format on its own: round trip, every single-byte change refused, and a bounded fuzz."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omavalmentaja.errors import UserError
from omavalmentaja.sync.bundle import (
    DAMAGED,
    MAGIC,
    NOT_A_BUNDLE,
    TRUNCATED,
    BundleError,
    parse_bundle,
    seal_bundle,
)
from omavalmentaja.sync.keys import KeyPairs, fingerprint, key_id, normalise_fingerprint

SENDER = KeyPairs.generate()
DEVICE_ID = "6f1c2a52-0b7e-4d38-9f3e-2c1d5a7b8e90"
RECIPIENT = KeyPairs.generate()
PAYLOAD = json.dumps({"client": "Aino Korhonen", "hetu": "010190-900P"}).encode()


def _bundle(payload: bytes = PAYLOAD, seq: int = 1) -> bytes:
    return seal_bundle("changes", DEVICE_ID, SENDER, RECIPIENT.public, seq, "2026-11-23T10:00:00+00:00", payload)


def _read(data: bytes) -> bytes:
    parsed = parse_bundle(data)
    parsed.verify()
    return parsed.open(RECIPIENT)


def test_round_trip_and_plain_header_holds_no_client_data() -> None:
    data = _bundle()
    assert data.startswith(MAGIC)
    parsed = parse_bundle(data)
    assert parsed.header.seq == 1 and parsed.header.sender_id == DEVICE_ID
    assert parsed.header.recipient_key_id == key_id(RECIPIENT.public.enc)
    assert parsed.header.sender.fingerprint == SENDER.public.fingerprint
    assert _read(data) == PAYLOAD
    for secret in (b"Aino", b"Korhonen", b"010190", b"client"):
        assert secret not in data


def test_each_bundle_has_a_fresh_key_and_nonce() -> None:
    first, second = _bundle(), _bundle()
    assert first != second
    assert parse_bundle(first).wrapped_key[:32] != parse_bundle(second).wrapped_key[:32]
    assert parse_bundle(first).header.nonce != parse_bundle(second).header.nonce


def test_only_the_recipient_can_open() -> None:
    parsed = parse_bundle(_bundle())
    with pytest.raises(BundleError, match="vioittunut"):
        parsed.open(KeyPairs.generate())


def test_every_single_byte_change_is_refused() -> None:
    data = _bundle(b'{"a":1}')
    assert len(data) < 1000
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        with pytest.raises(BundleError):
            _read(bytes(flipped))
        with pytest.raises(BundleError):
            _read(data[:position] + data[position + 1:])
        with pytest.raises(BundleError):
            _read(data[:position] + b"\x00" + data[position:])
    with pytest.raises(BundleError):
        _read(data + b"\x00")


def test_truncated_and_foreign_files_say_so() -> None:
    data = _bundle()
    for cut in (3, 8, 20, len(data) // 2, len(data) - 1):
        with pytest.raises(BundleError) as caught:
            parse_bundle(data[:cut])
        assert caught.value.message.id == TRUNCATED
    for other in (b"", b"%PDF-1.7 ...", b"hello world, this is text", bytes(200)):
        with pytest.raises(BundleError) as caught:
            parse_bundle(other)
        assert caught.value.message.id == NOT_A_BUNDLE
    with pytest.raises(BundleError) as caught:
        parse_bundle(data + b"x")
    assert caught.value.message.id == DAMAGED


def test_fingerprints_are_stable_and_typed_forms_normalise() -> None:
    fp = fingerprint(b"\x01" * 32, b"\x02" * 32)
    assert fp == fingerprint(b"\x01" * 32, b"\x02" * 32)
    assert len(fp) == 39 and fp.count("-") == 7
    assert normalise_fingerprint(fp.lower().replace("-", " ")) == fp
    assert fingerprint(b"\x01" * 32, b"\x03" * 32) != fp


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes_never_escape_as_other_errors(data: bytes) -> None:
    with contextlib.suppress(UserError):
        _read(data)


VALID = _bundle(b'{"x":[1,2,3]}')


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(0, len(VALID)))
def test_fuzz_mutated_bundles_are_refused(changes: list[tuple[int, int]], cut: int) -> None:
    mutated = bytearray(VALID)
    for position, value in changes:
        mutated[position] = value
    candidate = bytes(mutated[:cut]) if cut < len(VALID) else bytes(mutated)
    if candidate == VALID:
        assert _read(candidate) == b'{"x":[1,2,3]}'
        return
    with pytest.raises(UserError):
        _read(candidate)


def test_a_header_sender_id_must_be_a_canonical_uuid() -> None:
    for bad in ("device-1", "../../x", DEVICE_ID.upper()):
        with pytest.raises(BundleError):
            seal_bundle("changes", bad, SENDER, RECIPIENT.public, 1, "2026-11-23T10:00:00+00:00", b"{}")
