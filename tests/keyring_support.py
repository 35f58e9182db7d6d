"""A real Secret Service for tests: a private D-Bus session with gnome-keyring-daemon, unlocked with a test
password, in a temporary HOME so that no real keyring is touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
# A session bus without service directories: nothing is started on demand. With the system's session config,
# the first look for the secret service activated a second gnome-keyring-daemon (locked, without the test
# password) before ours had registered, and ours then failed with "another secret service is running".
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
FAIL = "keyring.backends.fail.Keyring"


@dataclass
class SecretService:
    env: dict[str, str]  # for a subprocess: the private bus and the backend named explicitly

    def lock(self) -> None:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            secretstorage.get_default_collection(connection).lock()
        finally:
            connection.close()


def _wait_for_collection(attempts: int = 300) -> bool:
    import secretstorage

    for _ in range(attempts):  # a loaded test machine may take many seconds
        try:
            connection = secretstorage.dbus_init()
            try:
                secretstorage.get_default_collection(connection)
                return True
            finally:
                connection.close()
        except Exception:
            time.sleep(0.1)
    return False


def _start_daemon(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as errors:
        daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                                  stdin=subprocess.PIPE, stdout=errors, stderr=errors, env=env)
    assert daemon.stdin is not None
    daemon.stdin.write(b"test keyring password")
    daemon.stdin.close()
    return daemon


@pytest.fixture(name="secret_service")
def secret_service_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    if not (shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon")):
        pytest.fail("dbus-daemon and gnome-keyring-daemon are needed for the keyring tests")
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_RUNTIME_DIR": str(runtime), "PYTHON_KEYRING_BACKEND": SECRET_SERVICE}
    process_env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"} | env
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(runtime=runtime), encoding="utf-8")
    bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=process_env)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    log = tmp_path / "gnome-keyring.log"
    daemon = _start_daemon(process_env | env, log)
    try:
        if not _wait_for_collection():  # a daemon that lost a race at start-up under load: one more try
            daemon.kill()
            daemon.wait(timeout=10)
            daemon = _start_daemon(process_env | env, log)
            if not _wait_for_collection(600):
                raise RuntimeError(f"gnome-keyring-daemon did not start: {log.read_text(errors='replace')[-500:]}")
        import keyring
        from keyring.backends.SecretService import Keyring

        previous = keyring.get_keyring()
        keyring.set_keyring(Keyring())
        yield SecretService(env)
        keyring.set_keyring(previous)
    finally:
        for process in (daemon, bus):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
