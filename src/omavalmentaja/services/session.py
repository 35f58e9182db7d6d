"""An unlocked vault: the open database and its repositories, for one user at a time."""

from __future__ import annotations

import contextlib
from pathlib import Path

from omavalmentaja.store.audit import AuditLog
from omavalmentaja.store.clients import AssessmentRepository, ClientRepository
from omavalmentaja.store.db import Database
from omavalmentaja.store.meetings import DraftRepository, MeetingRepository
from omavalmentaja.vault import Vault

# The coach's own name: one vault setting (asked at first run, edited in Asetukset) for the audit log, printed
# plans, signatures and the office's lists. Vaults made before it kept the printed plans' name apart.
COACH_NAME_KEY = "coach_name"
LEGACY_PRINT_COACH_KEY = "plan_print.coach_name"
UNNAMED_ACTOR = "coach"  # the audit log's actor until the coach has given a name (never the OS user name)


def stored_coach_name(db: Database) -> str:
    return (db.meta(COACH_NAME_KEY, "") or db.meta(LEGACY_PRINT_COACH_KEY, "") or "").strip()


class Session:
    def __init__(self, vault: Vault, db: Database, actor: str | None = None) -> None:
        self.vault = vault
        self.actor = actor or stored_coach_name(db) or UNNAMED_ACTOR
        self.closed = False
        self.use_database(db)

    def use_database(self, db: Database) -> None:
        """Work on `db` from now on (after a rekey reopened the database under its new key)."""
        self.db = db
        self.clients = ClientRepository(db)
        self.assessments = AssessmentRepository(db)
        self.meetings = MeetingRepository(db)
        self.drafts = DraftRepository(db)
        self.audit = AuditLog(db, self.actor)

    @classmethod
    def create(cls, folder: Path, passphrase: str) -> Session:
        vault = Vault(folder)
        session = cls(vault, vault.create(passphrase))
        session.audit.record("vault.create")
        return session

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Session:
        vault = Vault(folder)
        session = cls(vault, vault.unlock(passphrase))
        session.audit.record("vault.unlock")
        session.keep_recovery_wrap()
        return session

    def keep_recovery_wrap(self) -> None:
        """An enrolled vault whose header lacks the office's recovery wrap (enrolled before recovery existed,
        or restored from a backup) gets it at unlock; a header that cannot be written now is tried next time."""
        from omavalmentaja.services.recovery import ensure_wrap  # recovery builds on this module

        with contextlib.suppress(OSError):
            ensure_wrap(self)

    @property
    def device_id(self) -> str:
        return self.db.device_id

    def lock(self) -> None:
        if self.closed:
            return
        self.audit.record("vault.lock")
        self.db.close()
        self.closed = True

    def close_quietly(self) -> None:
        """Close without raising (test teardown, shutting down after an error)."""
        try:
            self.lock()
        except Exception:
            self.closed = True

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
