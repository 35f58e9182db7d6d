"""Shared fixtures: real vaults on real SQLCipher files in temp folders, and the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test touches the OS keyring of the machine it runs on: keyring's "fail" backend unless a test starts its
# own Secret Service (tests/keyring_support.py names SecretService explicitly for itself and its subprocesses).
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

# Property tests are bounded by their number of examples, not by the clock: CI machines are noisy.
hypothesis.settings.register_profile("omavalmentaja", deadline=None)
hypothesis.settings.load_profile("omavalmentaja")

PASSPHRASE = "kaksi kissaa ja koira 2026"


@pytest.fixture(autouse=True, scope="session")
def strict_messages() -> Iterator[None]:
    """A message id missing from the catalogue fails the test instead of showing the id to a person."""
    from omavalmentaja import messages

    messages.set_strict(True)
    yield
    messages.set_strict(False)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path) -> Iterator:
    from omavalmentaja.services.session import Session

    s = Session.create(vault_dir, PASSPHRASE)
    yield s
    s.close_quietly()


def run_cli(*args: str, data_dir: Path | None = None, passphrase: str | None = PASSPHRASE,
            stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line exactly as a user would, in its own process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("OMAVALMENTAJA_")}
    if passphrase is not None:
        full_env["OMAVALMENTAJA_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    command = [sys.executable, "-m", "omavalmentaja"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command + list(args), capture_output=True, text=True, input=stdin, env=full_env,
                          timeout=120)


@pytest.fixture
def cli():
    return run_cli
