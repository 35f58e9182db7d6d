"""The encrypted SQLite store (SQLCipher 4): opening, migrations, repositories, search, audit."""

from omavalmentaja.store.db import Database, open_database

__all__ = ["Database", "open_database"]
