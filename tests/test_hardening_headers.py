"""Malformed vault and backup headers and passphrase files are refused with one line, never a crash
(issue 10, finding 9); the header readers are fuzzed like the bundle reader."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PASSPHRASE, run_cli
from omavalmentaja.errors import UserError
from omavalmentaja.vault.backup import MAGIC as BACKUP_MAGIC
from omavalmentaja.vault.backup import BackupContents, open_backup, seal_backup
from omavalmentaja.vault.header import MAGIC, KdfParams, VaultHeader, Wrap

CHEAP = KdfParams(salt=KdfParams.fresh().salt, iterations=1, lanes=1, memory_cost=8)
DATA_KEY = bytes(range(32))


def _refused_one_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "odottamaton" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _valid_body() -> dict[str, Any]:
    header = VaultHeader(kdf=CHEAP, wraps={"passphrase": Wrap.seal("passphrase", b"\x01" * 32, DATA_KEY)})
    return json.loads(header.to_bytes()[len(MAGIC):])


def _broken_bodies() -> dict[str, bytes]:
    cases: dict[str, Any] = {}
    body = _valid_body()
    cases["wraps_list"] = {**body, "wraps": []}
    cases["salt_number"] = {**body, "kdf": {**body["kdf"], "salt": 5}}
    cases["memory_float"] = {**body, "kdf": {**body["kdf"], "memory_cost": 65536.5}}
    cases["iterations_bool"] = {**body, "kdf": {**body["kdf"], "iterations": True}}
    wrap = body["wraps"]["passphrase"]
    cases["nonce_3_bytes"] = {**body, "wraps": {"passphrase": {**wrap, "nonce": "AAAA"}}}
    cases["bad_base64"] = {**body, "wraps": {"passphrase": {**wrap, "ciphertext": "not base64!"}}}
    cases["nonce_number"] = {**body, "wraps": {"passphrase": {**wrap, "nonce": 12}}}
    cases["version_text"] = {**body, "version": "1"}
    encoded = {name: json.dumps(value).encode() for name, value in cases.items()}
    encoded["deep"] = b"[" * 100_000 + b"]" * 100_000
    encoded["deep_object"] = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    encoded["not_utf8"] = b'{"format": "\xff"}'
    return encoded


BROKEN = _broken_bodies()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_malformed_vault_header_is_refused_with_one_line(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "v"
    assert run_cli("init", data_dir=folder).returncode == 0
    (folder / "vault.header").write_bytes(MAGIC + BROKEN[name])
    before = sorted(p.name for p in folder.iterdir())
    _refused_one_line(run_cli("client", "list", data_dir=folder))
    assert (folder / "vault.header").read_bytes() == MAGIC + BROKEN[name]
    assert sorted(p.name for p in folder.iterdir()) == before


def _backup_bytes(header_change: Any = None, raw_header: bytes | None = None) -> bytes:
    data = seal_backup(BackupContents(b"x" * 100, DATA_KEY, 1, "2026-11-29T07:00:00+00:00"), PASSPHRASE, CHEAP)
    start = len(BACKUP_MAGIC) + 4
    length = int.from_bytes(data[len(BACKUP_MAGIC):start], "big")
    header = json.loads(data[start:start + length])
    if raw_header is None:
        raw_header = json.dumps(header_change(header) if header_change else header).encode()
    return BACKUP_MAGIC + len(raw_header).to_bytes(4, "big") + raw_header + data[start + length:]


BACKUP_CASES = {
    "wrap_list": lambda h: {**h, "wrap": []},
    "salt_number": lambda h: {**h, "kdf": {**h["kdf"], "salt": 7}},
    "memory_float": lambda h: {**h, "kdf": {**h["kdf"], "memory_cost": 8.0}},
    "nonce_3_bytes": lambda h: {**h, "nonce": "AAAA"},
    "wrap_nonce_3_bytes": lambda h: {**h, "wrap": {**h["wrap"], "nonce": "AAAA"}},
    "bad_base64": lambda h: {**h, "wrap": {**h["wrap"], "ciphertext": "@@@@"}},
    "created_number": lambda h: {**h, "created_at": 5},
}


@pytest.mark.parametrize("name", sorted(BACKUP_CASES) + ["deep"])
def test_a_malformed_backup_header_is_refused(name: str, tmp_path: Path) -> None:
    if name == "deep":
        data = _backup_bytes(raw_header=b"[" * 60_000 + b"]" * 60_000)
    else:
        data = _backup_bytes(BACKUP_CASES[name])
    with pytest.raises(UserError):
        open_backup(data, PASSPHRASE)
    backup = tmp_path / "b.omvbackup"
    backup.write_bytes(data)
    _refused_one_line(run_cli("restore", str(backup), data_dir=tmp_path / "kohde"))
    assert not (tmp_path / "kohde").exists()


def test_a_valid_backup_still_opens() -> None:
    assert open_backup(_backup_bytes(), PASSPHRASE).database_key == DATA_KEY


def test_passphrase_files_non_utf8_refused_and_a_bom_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert run_cli("init", data_dir=folder).returncode == 0
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe kissa\n")
    _refused_one_line(run_cli("--passphrase-file", str(bad), "client", "list", data_dir=folder, passphrase=None))
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    listed = run_cli("--passphrase-file", str(with_bom), "client", "list", data_dir=folder, passphrase=None)
    assert listed.returncode == 0, listed.stderr


def test_a_new_wrap_kind_is_one_registration() -> None:
    from omavalmentaja.vault import schema
    from omavalmentaja.vault.header import WRAP_KINDS, register_wrap_kind

    register_wrap_kind("test-pin", {"pin_kdf": KdfParams.from_json, "tries": schema.integer(0, 5)})
    try:
        extra = {"pin_kdf": json.loads(json.dumps(CHEAP.__dict__)), "tries": 5}
        header = VaultHeader(kdf=CHEAP, wraps={"passphrase": Wrap.seal("passphrase", b"\x01" * 32, DATA_KEY),
                                               "test-pin": Wrap.seal("test-pin", b"\x02" * 32, DATA_KEY, extra)})
        back = VaultHeader.from_bytes(header.to_bytes())
        assert back.wraps["test-pin"].extra["tries"] == 5
        assert back.unwrap_with_secret("test-pin", b"\x02" * 32) == DATA_KEY
        broken = header.to_bytes().replace(b'"tries": 5', b'"tries": 6')
        with pytest.raises(UserError):
            VaultHeader.from_bytes(broken)
    finally:
        WRAP_KINDS.pop("test-pin", None)
    with pytest.raises(UserError):  # an unregistered kind is damage, not a crash
        VaultHeader.from_bytes(header.to_bytes())


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-100, 100) | st.floats(allow_nan=False, width=32)
    | st.text(max_size=20) | st.sampled_from(["AAAA", "AAAAAAAAAAAAAAAA", "argon2id", "passphrase"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8)
PATHS = st.sampled_from([(), ("version",), ("format",), ("kdf",), ("kdf", "salt"), ("kdf", "memory_cost"),
                         ("kdf", "iterations"), ("kdf", "lanes"), ("kdf", "name"), ("wraps",),
                         ("wraps", "passphrase"), ("wraps", "passphrase", "nonce"),
                         ("wraps", "passphrase", "ciphertext"), ("wraps", "passphrase", "kind"), ("wraps", "other")])


def _replace(body: Any, path: tuple[str, ...], value: Any) -> Any:
    if not path:
        return value
    copy = dict(body)
    copy[path[0]] = _replace(body.get(path[0], {}), path[1:], value) if isinstance(body.get(path[0], {}), dict) \
        else value
    return copy


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(PATHS, JSON_VALUES)
def test_fuzz_vault_header_fields_give_a_user_error_or_a_sound_header(path: tuple[str, ...], value: Any) -> None:
    data = MAGIC + json.dumps(_replace(_valid_body(), path, value)).encode()
    try:
        header = VaultHeader.from_bytes(data)
    except UserError:
        return
    with contextlib.suppress(UserError):
        header.unwrap_with_secret("passphrase", b"\x01" * 32)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=512))
def test_fuzz_random_vault_header_bytes(data: bytes) -> None:
    for candidate in (data, MAGIC + data):
        with contextlib.suppress(UserError):
            VaultHeader.from_bytes(candidate)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(PATHS, JSON_VALUES)
def test_fuzz_backup_header_fields_give_a_user_error(path: tuple[str, ...], value: Any) -> None:
    mapped = tuple({"wraps": "wrap", "passphrase": "nonce"}.get(p, p) for p in path[:2])
    data = _backup_bytes(lambda h: _replace(h, mapped, value))
    with contextlib.suppress(UserError):
        open_backup(data, PASSPHRASE)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=512))
def test_fuzz_random_backup_bytes(data: bytes) -> None:
    for candidate in (data, BACKUP_MAGIC + data):
        with contextlib.suppress(UserError):
            open_backup(candidate, PASSPHRASE)
