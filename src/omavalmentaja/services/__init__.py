"""Use cases shared by the UI and the CLI. No Qt here."""

from omavalmentaja.services.session import Session

__all__ = ["Session"]
