"""The new-client dialog: the client form with Save and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from omavalmentaja.ui.events import events
from omavalmentaja.ui.widgets import show_error

if TYPE_CHECKING:
    from omavalmentaja.domain.client import Client
    from omavalmentaja.services.session import Session


class NewClientDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        from omavalmentaja.ui.client_form import ClientForm

        super().__init__(parent)
        self.session = session
        self.client: Client | None = None
        self.setWindowTitle(self.tr("Uusi asiakas"))
        self.form = ClientForm()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.first_name.setFocus()

    def save(self) -> None:
        from omavalmentaja.domain.client import Client
        from omavalmentaja.services.clients import save_client

        try:
            self.client = save_client(self.session, self.form.store_into(Client(first_name="", last_name="")))
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
        events().client_created.emit(self.client.id)
