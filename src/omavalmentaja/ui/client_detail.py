"""The client view: a header (name, age, municipality, status, next meeting, flags) and the tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from omavalmentaja import messages
from omavalmentaja.domain.client import Client, ClientStatus
from omavalmentaja.domain.closing import exit_reason_label
from omavalmentaja.domain.dates import age_on, format_date, format_datetime
from omavalmentaja.services.clients import open_client
from omavalmentaja.services.damaged import DamagedRecord, damaged_marker, damaged_records
from omavalmentaja.services.session import Session
from omavalmentaja.ui.clipboard import sensitive_clipboard
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.events import events
from omavalmentaja.ui.labels import code_label, tab_title
from omavalmentaja.ui.service_model_due import header_text
from omavalmentaja.ui.tab_strip import TabStrip
from omavalmentaja.ui.tabs import tab_modules
from omavalmentaja.ui.theme import tone
from omavalmentaja.ui.widgets import heading, name_inner_fields


class ClientDetail(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = ""
        self.title = heading("", 18)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.flags = QLabel("")
        self.flags.setStyleSheet(f"color: {tone('flag')}; font-weight: bold;")
        self.damaged = QLabel("")  # records of this client the tabs leave out because they cannot be read
        self.damaged.setWordWrap(True)
        self.damaged.setObjectName("damagedRecords")
        self.damaged.setStyleSheet(f"color: {tone('error')}; font-weight: bold;")
        self.due = QLabel("")
        self.due.setWordWrap(True)
        self.due.setObjectName("serviceModelDue")
        self.due.setStyleSheet(f"color: {tone('due')};")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_strip = TabStrip(self.tabs)  # wraps onto two rows rather than hiding tabs behind arrows
        self.empty = QLabel(self.tr("Valitse asiakas listasta."))
        self.copy_hetu = QPushButton(self.tr("Kopioi henkilötunnus"))
        self.copy_phone = QPushButton(self.tr("Kopioi puhelinnumero"))
        self._copy_texts = {self.copy_hetu: "", self.copy_phone: ""}
        copy_row = QHBoxLayout()
        for button in (self.copy_hetu, self.copy_phone):
            button.setToolTip(self.tr("Leikepöytä tyhjennetään 30 sekunnin kuluttua."))
            button.clicked.connect(lambda _checked=False, b=button: sensitive_clipboard().copy(self._copy_texts[b]))
            copy_row.addWidget(button)
        copy_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(copy_row)
        layout.addWidget(self.flags)
        layout.addWidget(self.damaged)
        layout.addWidget(self.due)
        layout.addWidget(self.tab_strip)
        self.tab_area = QScrollArea()  # at 200 % on a small screen the tab scrolls instead of widening the window
        self.tab_area.setWidgetResizable(True)
        self.tab_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tab_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container: focus goes to what it holds
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tab_area.setWidget(self.tabs)
        layout.addWidget(self.tab_area, 1)
        layout.addWidget(self.empty, 1)
        self._show_empty(True)

    def _show_empty(self, empty: bool) -> None:
        for widget in (self.title, self.facts, self.flags, self.due, self.tabs):
            widget.setVisible(not empty)
        self.damaged.setVisible(not empty and bool(self.damaged.text()))
        for button, text in self._copy_texts.items():
            button.setVisible(not empty and bool(text))
        self.empty.setVisible(empty)

    def show_client(self, client_id: str, keep_tab: bool = False) -> None:
        tab_index = self.tabs.currentIndex() if keep_tab else 0
        self.client_id = client_id
        self.empty.setText(self.tr("Valitse asiakas listasta."))
        if not client_id:
            self._drop_tabs()
            self._show_empty(True)
            return
        try:
            client = open_client(self.session, client_id) if not keep_tab else self.session.clients.get(client_id)
        except DamagedRecord as damage:  # one damaged record: said in place of the client, the app goes on
            self._drop_tabs()
            self.empty.setText(str(damage))
            self._show_empty(True)
            return
        self._fill_header(client)
        ctx = ClientContext(self.session, client_id, self.refresh)
        self.tabs.setUpdatesEnabled(False)
        self._drop_tabs()
        for module in tab_modules():
            self.tabs.addTab(module.make_tab(ctx), tab_title(module.TAB_TITLE))
        self.tabs.setCurrentIndex(max(0, min(tab_index, self.tabs.count() - 1)))
        self.tab_strip.rebuild()
        for area in self.tabs.findChildren(QScrollArea):  # containers: the focus goes to what they hold
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        name_inner_fields(self.tabs)
        self.tabs.setUpdatesEnabled(True)
        self._show_empty(False)

    def _drop_tabs(self) -> None:
        """Remove and delete every tab, so no widget keeps a client's data after it is left (or erased)."""
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()

    def refresh(self) -> None:
        self.show_client(self.client_id, keep_tab=True)
        events().client_changed.emit(self.client_id)

    def _fill_header(self, client: Client) -> None:
        today = dt.date.today()
        self.title.setText(client.display_name)
        parts = []
        if client.date_of_birth:
            parts.append(self.tr("%n v", "", age_on(client.date_of_birth, today)))
        if client.municipality:
            parts.append(client.municipality)
        status = code_label("status", client.status)
        if client.status == ClientStatus.CLOSED and client.closed_on:
            status += f" {format_date(client.closed_on)} ({exit_reason_label(client.exit_reason)})"
        parts.append(status)
        if client.target_group:
            parts.append(code_label("target_group", client.target_group))
        upcoming = self.session.meetings.next_for_client(client.id, dt.datetime.now())
        if upcoming:
            parts.append(self.tr("Seuraava tapaaminen ") + format_datetime(upcoming.starts_at))
        if client.start_date:
            parts.append(self.tr("Asiakkuus alkoi ") + format_date(client.start_date))
        self.facts.setText(" · ".join(parts))
        self._copy_texts[self.copy_hetu] = client.henkilotunnus
        self._copy_texts[self.copy_phone] = client.phone
        flags = []
        if client.multisectoral_need:
            flags.append(self.tr("Monialainen palvelutarve: ") + client.multisectoral_reason)
        if client.interpreter_needed:
            flags.append(self.tr("Tulkki tarvitaan"))
        self.flags.setText("   ".join(flags))
        self.flags.setVisible(bool(flags))
        self.due.setText(header_text(self.session, client.id))
        self.due.setVisible(bool(self.due.text()))
        damaged = damaged_records(self.session, client.id)
        self.damaged.setText(f"{messages.render('damaged.section')}: " + " ".join(
            damaged_marker(d).render() for d in damaged) if damaged else "")
        self.damaged.setVisible(bool(damaged))
