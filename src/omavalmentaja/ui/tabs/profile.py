"""Profile tab: edit the client's details; close, pause or reopen the client; export or erase their data."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QScrollArea, QVBoxLayout, QWidget

from omavalmentaja.domain.client import ClientStatus
from omavalmentaja.services import clients as client_service
from omavalmentaja.ui.client_data_actions import ClientDataActions
from omavalmentaja.ui.client_form import ClientForm
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.widgets import show_error

TAB_ORDER = 10
TAB_TITLE = "Perustiedot"


class ProfileTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.client = ctx.session.clients.get(ctx.client_id)
        self.form = ClientForm()
        self.form.load(self.client)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Tallenna"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        if self.client.status == ClientStatus.ACTIVE:
            self._add(buttons, self.tr("Tauota asiakkuus"), self.pause)
            self._add(buttons, self.tr("Päätä asiakkuus…"), self.close_client)
        else:
            self._add(buttons, self.tr("Palauta aktiiviseksi"), self.reopen)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.data_actions = ClientDataActions(ctx)
        layout.addWidget(self.data_actions)

    def _add(self, layout: QHBoxLayout, text: str, slot: object) -> None:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)

    def save(self) -> None:
        try:
            client_service.save_client(self.ctx.session, self.form.store_into(self.client))
        except Exception as exc:
            self.client = self.ctx.session.clients.get(self.ctx.client_id)
            show_error(self, exc)
            return
        self.ctx.refresh()

    def pause(self) -> None:
        self._run(lambda: client_service.pause_client(self.ctx.session, self.ctx.client_id))

    def reopen(self) -> None:
        self._run(lambda: client_service.reopen_client(self.ctx.session, self.ctx.client_id))

    def close_client(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Päätä asiakkuus"), self.tr("Päättymisen syy:"))
        if ok:
            self._run(lambda: client_service.close_client(self.ctx.session, self.ctx.client_id, reason))

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.refresh()


def make_tab(ctx: ClientContext) -> QWidget:
    return ProfileTab(ctx)
