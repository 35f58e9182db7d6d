"""What a client tab gets: the session, the client, and ways back to the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from omavalmentaja.services.session import Session

if TYPE_CHECKING:
    from omavalmentaja.ui.handover import HandoverWindow
    from omavalmentaja.ui.main_window import MainWindow


@dataclass
class ClientContext:
    session: Session
    client_id: str
    window: MainWindow
    refresh: Callable[[], None]

    def handover(self, content: QWidget, title: str) -> HandoverWindow:
        """Show content full screen to the client; the caseload is hidden until the coach returns."""
        return self.window.start_handover(content, title)
