"""App-wide signals: events go up, calls go down.

Pages, tabs and dialogs never call into the main window. They emit what happened here (a client changed,
was created or erased, a setting changed, a hand-over started) and listen to what concerns them (the vault
was locked); the main window listens and calls down into its own pages. So a tab can be built and tested
without a main window, and no ui module imports main_window except app.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from omavalmentaja.ui.app_singleton import application_singleton


class AppEvents(QObject):
    client_changed = Signal(str)  # a client's data changed; "" when several or unknown ones did
    client_created = Signal(str)
    client_erased = Signal(str)
    settings_changed = Signal(str)  # the key of services.settings that changed
    handover_started = Signal(object)  # the HandoverWindow now in front of the client
    vault_locked = Signal()


def events() -> AppEvents:
    """The application's one AppEvents object (made on first use, owned by the QApplication)."""
    return application_singleton(AppEvents)
