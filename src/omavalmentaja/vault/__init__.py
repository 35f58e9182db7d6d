"""Keys: the random data key, its wraps (passphrase KDF, optional OS keyring), lock and unlock."""

from omavalmentaja.vault.header import KdfParams, VaultHeader
from omavalmentaja.vault.vault import Vault

__all__ = ["KdfParams", "Vault", "VaultHeader"]
