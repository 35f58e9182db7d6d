"""An unlocked vault: the open database and its repositories, for one user at a time."""

from __future__ import annotations

import getpass
from pathlib import Path

from omavalmentaja.store.audit import AuditLog
from omavalmentaja.store.clients import AssessmentRepository, ClientRepository
from omavalmentaja.store.db import Database
from omavalmentaja.store.meetings import DraftRepository, MeetingRepository
from omavalmentaja.vault import Vault


class Session:
    def __init__(self, vault: Vault, db: Database, actor: str | None = None) -> None:
        self.vault = vault
        self.db = db
        self.actor = actor or _default_actor()
        self.clients = ClientRepository(db)
        self.assessments = AssessmentRepository(db)
        self.meetings = MeetingRepository(db)
        self.drafts = DraftRepository(db)
        self.audit = AuditLog(db, self.actor)
        self.closed = False

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
        return session

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


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some systems; the audit log still needs an actor
        return "coach"
