"""Keys: the random data key, its wraps (passphrase KDF, optional OS keyring), lock and unlock.

`Vault`, `VaultHeader` and `KdfParams` are imported on first use: the unlock screen reads the header alone
(omavalmentaja.vault.quick_unlock), without the store's modules that the vault itself needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omavalmentaja.vault.header import KdfParams, VaultHeader
    from omavalmentaja.vault.vault import Vault

__all__ = ["KdfParams", "Vault", "VaultHeader"]


def __getattr__(name: str) -> Any:
    if name in ("KdfParams", "VaultHeader"):
        from omavalmentaja.vault import header

        return getattr(header, name)
    if name == "Vault":
        from omavalmentaja.vault.vault import Vault

        return Vault
    raise AttributeError(f"module 'omavalmentaja.vault' has no attribute {name!r}")
