"""Quick unlock: the PIN with a device secret in the OS keyring (a real gnome-keyring Secret Service in a private
D-Bus session), five wrong PINs remove it, the passphrase always works, no keyring means no quick unlock."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from tests.conftest import run_cli

from keyring_support import FAIL, SecretService, secret_service_fixture  # noqa: F401 (the fixture)
from omavalmentaja import messages
from omavalmentaja.errors import UserError
from omavalmentaja.services import coach_pin, quick_unlock
from omavalmentaja.services.passphrase import change_passphrase
from omavalmentaja.services.session import Session
from omavalmentaja.vault import keyring_store
from omavalmentaja.vault.header import VaultHeader

PIN = "482915"
UNAVAILABLE = messages.render("keys.keyring_unavailable")


def _header(vault_dir: Path) -> VaultHeader:
    return VaultHeader.read(vault_dir / "vault.header")


def _keyring_id(vault_dir: Path) -> str:
    return str(_header(vault_dir).sections["quick_unlock"]["keyring_id"])


def test_pin_and_keyring_open_the_vault_and_neither_alone(secret_service: SecretService, vault_dir: Path,
                                                          passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
    entry = _keyring_id(vault_dir)
    assert PIN not in (vault_dir / "vault.header").read_text(encoding="utf-8")
    assert keyring_store.get_secret(entry) is not None
    with quick_unlock.unlock(vault_dir, PIN) as session:
        assert session.audit.recent(1)[0].detail == "quick_unlock"
    secret = keyring_store.get_secret(entry)
    keyring.get_keyring().delete_password(keyring_store.SERVICE, entry)  # the header and PIN without the keyring
    with pytest.raises(UserError, match=messages.render("keys.keyring_entry_missing")[:30]):
        quick_unlock.unlock(vault_dir, PIN)
    assert secret is not None
    keyring_store.put_secret(entry, secret)
    with Session.unlock(vault_dir, passphrase):  # the passphrase always works
        pass


def test_five_wrong_pins_remove_the_pin_wrap_and_the_keyring_entry(secret_service: SecretService, vault_dir: Path,
                                                                    passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
    entry = _keyring_id(vault_dir)
    for left in (4, 3, 2, 1):
        with pytest.raises(UserError) as wrong:
            quick_unlock.unlock(vault_dir, "0000")
        assert wrong.value.message.id == "keys.pin_wrong" and wrong.value.message.args == (left,)
    with pytest.raises(UserError) as removed:
        quick_unlock.unlock(vault_dir, "0000")
    assert removed.value.message.id == "keys.pin_removed"
    assert "quick_unlock" not in _header(vault_dir).sections
    assert keyring_store.get_secret(entry) is None
    with pytest.raises(UserError) as off:
        quick_unlock.unlock(vault_dir, PIN)  # the right PIN no longer opens anything
    assert off.value.message.id == "keys.quick_unlock_off"
    with Session.unlock(vault_dir, passphrase):
        pass


def test_a_right_pin_resets_the_count(secret_service: SecretService, vault_dir: Path, passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
    for _ in range(3):
        with pytest.raises(UserError):
            quick_unlock.unlock(vault_dir, "1111")
    quick_unlock.unlock(vault_dir, PIN).lock()
    assert _header(vault_dir).sections["quick_unlock"]["failures"] == 0


def test_handover_and_unlock_share_one_pin_and_one_count(secret_service: SecretService, vault_dir: Path,
                                                         passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
        assert coach_pin.verify_pin(session, PIN)  # the quick unlock's PIN leaves hand-over too
        for _ in range(3):  # a client tries codes in hand-over, then the laptop locks
            assert not coach_pin.verify_pin(session, "1111")
    with pytest.raises(UserError) as fourth:
        quick_unlock.unlock(vault_dir, "1111")
    assert fourth.value.message.args == (1,)
    with pytest.raises(UserError) as fifth:
        quick_unlock.unlock(vault_dir, "1111")
    assert fifth.value.message.id == "keys.pin_removed"
    with Session.unlock(vault_dir, passphrase) as session:
        assert not quick_unlock.enabled(session)


def test_changing_the_pin_changes_the_quick_unlock_pin(secret_service: SecretService, vault_dir: Path,
                                                       passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
        coach_pin.set_pin(session, passphrase, "7531")
    with pytest.raises(UserError):
        quick_unlock.unlock(vault_dir, PIN)
    quick_unlock.unlock(vault_dir, "7531").lock()


def test_disable_and_rekey_remove_it(secret_service: SecretService, vault_dir: Path, passphrase: str) -> None:
    with Session.create(vault_dir, passphrase) as session:
        quick_unlock.enable(session, passphrase, PIN)
        entry = _keyring_id(vault_dir)
        quick_unlock.disable(session)
        assert keyring_store.get_secret(entry) is None and not quick_unlock.enabled(session)
        quick_unlock.enable(session, passphrase, PIN)
        entry = _keyring_id(vault_dir)
        result = change_passphrase(session, passphrase, "uusi pitkä tunnuslause 42")
        assert result.quick_unlock_turned_off
        assert keyring_store.get_secret(entry) is None and not quick_unlock.enabled(session)


def test_a_locked_keyring_is_no_keyring(secret_service: SecretService, session: Session, passphrase: str) -> None:
    secret_service.lock()
    assert quick_unlock.unavailable_reason() == "keys.keyring_unavailable"
    with pytest.raises(UserError, match=UNAVAILABLE[:40]):
        quick_unlock.enable(session, passphrase, PIN)
    assert not quick_unlock.enabled(session)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), ChainerBackend()], ids=["fail", "null", "chainer"])
def test_no_keyring_backend_disables_quick_unlock(backend: object, monkeypatch: pytest.MonkeyPatch,
                                                  session: Session, passphrase: str) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # the chainer then finds no system store
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    try:
        assert quick_unlock.unavailable_reason() == "keys.keyring_unavailable"
        with pytest.raises(UserError, match=UNAVAILABLE[:40]):
            quick_unlock.enable(session, passphrase, PIN)
    finally:
        keyring.set_keyring(previous)
    assert not quick_unlock.enabled(session)
    files = {p.name for p in session.vault.folder.iterdir()} - {"vault.db-wal", "vault.db-shm"}
    assert files == {"vault.db", "vault.header"}  # no file of ours in place of the keyring


def test_cli_quick_unlock(secret_service: SecretService, tmp_path: Path, passphrase: str) -> None:
    vault = tmp_path / "v"
    Session.create(vault, passphrase).lock()
    pin_file, wrong_file = tmp_path / "pin.txt", tmp_path / "wrong.txt"
    pin_file.write_text(PIN + "\n", encoding="utf-8")
    wrong_file.write_text("0000\n", encoding="utf-8")
    env = secret_service.env
    enabled = run_cli("--lang", "en", "quick-unlock", "enable", "--pin-file", str(pin_file), data_dir=vault, env=env)
    assert enabled.returncode == 0, enabled.stderr
    listed = run_cli("--pin-file", str(pin_file), "client", "list", data_dir=vault, passphrase=None, env=env)
    assert listed.returncode == 0, listed.stderr
    wrong = run_cli("--lang", "en", "--pin-file", str(wrong_file), "client", "list", data_dir=vault,
                    passphrase=None, env=env)
    assert wrong.returncode == 2 and wrong.stderr.strip().splitlines() == ["omavalmentaja: Wrong PIN. Tries left: 4."]
    disabled = run_cli("--lang", "en", "quick-unlock", "disable", data_dir=vault, env=env)
    assert disabled.returncode == 0, disabled.stderr
    off = run_cli("--lang", "en", "--pin-file", str(pin_file), "client", "list", data_dir=vault, passphrase=None,
                  env=env)
    assert off.returncode == 2 and "not turned on" in off.stderr


def test_cli_without_a_keyring_says_so_in_one_line(tmp_path: Path, passphrase: str) -> None:
    vault = tmp_path / "v"
    Session.create(vault, passphrase).lock()
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(PIN, encoding="utf-8")
    result = run_cli("--lang", "en", "quick-unlock", "enable", "--pin-file", str(pin_file), data_dir=vault,
                     env={"PYTHON_KEYRING_BACKEND": FAIL})
    assert result.returncode == 2
    sentence = messages.render("keys.keyring_unavailable", language="en")
    assert result.stderr.strip().splitlines() == [f"omavalmentaja: {sentence}"]
