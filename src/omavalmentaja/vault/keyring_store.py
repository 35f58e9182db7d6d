"""The OS keyring for quick unlock: the system's own secret store, unlocked, or nothing.

Only the system stores count (Secret Service / libsecret / KWallet on Linux, Windows Credential Manager,
macOS Keychain), taken from what `keyring` chose, through a chainer if that is what it chose. keyring's
"fail" and "null" backends, an empty chainer and any third-party backend (keyrings.alt's plain or encrypted
files among them) mean "no keyring": quick unlock is then off, never replaced by a file of our own. A Secret
Service collection that is locked counts as no keyring too: this program never asks it to unlock, since a
prompt may be impossible (headless) and a stored PIN wrap must not depend on one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import TYPE_CHECKING, Any

from omavalmentaja.errors import UserError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# `keyring` is imported where it is used: loading it (and the D-Bus and metadata modules it pulls in) took a
# third of the start-up to the unlock screen, which needs no keyring until a PIN is typed.

SERVICE = "omavalmentaja quick unlock"
SYSTEM_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
})
UNAVAILABLE = "keys.keyring_unavailable"


def _name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def system_keyring() -> KeyringBackend | None:
    """The system's secret store if keyring chose one and it is unlocked, else None."""
    import keyring

    try:
        chosen = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return None
    candidates = list(getattr(chosen, "backends", [chosen]))
    for backend in candidates:
        if _name(backend) in SYSTEM_BACKENDS and not _locked(backend):
            return backend
    return None


def _locked(backend: KeyringBackend) -> bool:
    if _name(backend) != "keyring.backends.SecretService.Keyring":
        return False
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            return bool(secretstorage.get_default_collection(connection).is_locked())
        finally:
            connection.close()
    except Exception:  # no D-Bus session, no collection: not usable
        return True


def available() -> bool:
    return system_keyring() is not None


def _backend() -> KeyringBackend:
    backend = system_keyring()
    if backend is None:
        raise UserError(UNAVAILABLE)
    return backend


def put_secret(entry: str, secret: bytes) -> None:
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        backend.set_password(SERVICE, entry, base64.b64encode(secret).decode("ascii"))
        stored = backend.get_password(SERVICE, entry)
    except KeyringError:
        raise UserError(UNAVAILABLE) from None
    if stored is None or base64.b64decode(stored) != secret:
        raise UserError(UNAVAILABLE)


def get_secret(entry: str) -> bytes | None:
    """The device secret, or None if this keyring does not hold it (another user, another laptop)."""
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        stored = backend.get_password(SERVICE, entry)
    except KeyringError:
        raise UserError(UNAVAILABLE) from None
    if stored is None:
        return None
    try:
        return base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None


def delete_secret(entry: str) -> None:
    """Remove the entry if the keyring is there and holds it; a missing keyring leaves nothing to remove."""
    from keyring.errors import KeyringError

    backend = system_keyring()
    if backend is None:
        return
    with contextlib.suppress(KeyringError):  # PasswordDeleteError: already gone
        backend.delete_password(SERVICE, entry)
