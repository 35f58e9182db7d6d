"""Profile tab: edit the client's details; close, pause or reopen the client; export or erase their data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from omavalmentaja import messages
from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.closing import exit_reason_label
from omavalmentaja.domain.dates import format_date
from omavalmentaja.services import clients as client_service
from omavalmentaja.services import closing as closing_service
from omavalmentaja.services.session import Session
from omavalmentaja.ui.client_data_actions import ClientDataActions
from omavalmentaja.ui.client_form import ClientForm
from omavalmentaja.ui.client_record_form import ClientRecordForm
from omavalmentaja.ui.closing_dialog import ClosingDialog
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
        self.record_form = ClientRecordForm()
        self.record_form.load(self.client.record)
        self.sections = QTabWidget()  # two sub-tabs, each scrolling: the whole record fits 1280×720
        for widget, title in ((self.form, self.tr("Perustiedot")),
                              (self.record_form, self.tr("Työmarkkinatilanne ja osaaminen"))):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.sections.addTab(scroll, title)
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
        if self.client.status == ClientStatus.CLOSED:
            self._add(buttons, self.tr("Korjaa päättyminen…"), self.close_client)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)
        self.closing_info = QLabel(closing_summary(self.ctx.session, self.client))
        self.closing_info.setWordWrap(True)
        self.closing_info.setVisible(bool(self.closing_info.text()))
        layout.addWidget(self.closing_info)
        layout.addLayout(buttons)
        self.data_actions = ClientDataActions(ctx)
        layout.addWidget(self.data_actions)

    def _add(self, layout: QHBoxLayout, text: str, slot: object) -> None:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)

    def save(self) -> None:
        try:
            self.record_form.store_into(self.client.record)
            client_service.save_client(self.ctx.session, self.form.store_into(self.client))
        except Exception as exc:
            self.client = self.ctx.session.clients.get(self.ctx.client_id)
            show_error(self, exc)
            return
        self.ctx.refresh()

    def pause(self) -> None:
        self._run(lambda: client_service.pause_client(self.ctx.session, self.ctx.client_id))

    def reopen(self) -> None:
        self._run(lambda: closing_service.reopen_client(self.ctx.session, self.ctx.client_id))

    def close_client(self) -> None:
        """Close the client, or correct the closing in force (date, reason, note)."""
        self.closing_dialog = ClosingDialog(self, self.client.closed_on, self.client.exit_reason,
                                            self.client.close_reason)
        if self.closing_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog = self.closing_dialog
        on, reason, note = dialog.closed_on.date_value(), dialog.exit_reason(), dialog.note.text()
        if on is not None and reason is not None:
            self._run(lambda: closing_service.close_client(self.ctx.session, self.ctx.client_id, on, reason, note))

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.refresh()


def closing_summary(session: Session, client: Client) -> str:
    """Every closing of the client, newest first: date, reason, and when it was reopened."""
    lines = []
    for closing in reversed(closing_service.closings(session, client.id)):
        text = f"{format_date(closing.closed_on)} – {exit_reason_label(closing.exit_reason)}"
        if closing.reopened_on:
            text += " · " + messages.render("closing.reopened_on", format_date(closing.reopened_on))
        if closing.migrated:
            text += " · " + messages.render("closing.migrated_hint")
        lines.append(text)
    return messages.render("closing.history", "\n".join(lines)) if lines else ""


def make_tab(ctx: ClientContext) -> QWidget:
    return ProfileTab(ctx)
