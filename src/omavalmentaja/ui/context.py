"""What a client tab gets: the session, the client, a way to refresh the client view, and hand-over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from omavalmentaja.services.session import Session

if TYPE_CHECKING:
    from omavalmentaja.ui.handover import HandoverWindow


@dataclass
class ClientContext:
    session: Session
    client_id: str
    refresh: Callable[[], None]

    def handover(self, content: QWidget, title: str) -> HandoverWindow:
        """Show content full screen to the client; the main window hides the caseload when it hears of it."""
        from omavalmentaja.ui.handover import open_handover

        return open_handover(self.session, content, title)
