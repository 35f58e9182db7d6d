"""Asetukset → Säilytysaika: the retention period (the office's setting, as the office set it or as its last
receipt brought it to this laptop) and the clients whose retention period has ended (the retention view)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout

from omavalmentaja import messages
from omavalmentaja.domain.dates import format_date
from omavalmentaja.services.retention import past_retention, retention_setting
from omavalmentaja.services.session import Session


class RetentionBox(QGroupBox):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setTitle(self.tr("Säilytysaika"))
        self.session = session
        self.setting = QLabel("")
        self.setting.setWordWrap(True)
        self.clients = QListWidget()
        self.clients.setAccessibleName(self.tr("Asiakkaat, joiden säilytysaika on päättynyt"))
        self.clients.setMaximumHeight(140)
        self.refresh_button = QPushButton(self.tr("Päivitä"))
        self.refresh_button.clicked.connect(self.refresh)
        hint = QLabel(self.tr("Säilytysajan asettaa toimisto (arkistonmuodostus- tai tiedonohjaussuunnitelma). "
                              "Poista asiakas perusteella ”Säilytysaika on päättynyt” asiakkaan perustiedoista."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setting)
        layout.addWidget(QLabel(self.tr("Asiakkaat, joiden säilytysaika on päättynyt:")))
        layout.addWidget(self.clients)
        layout.addWidget(self.refresh_button)
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        setting = retention_setting(self.session)
        if setting.months is None:
            text = messages.render("retention.not_received")
        else:
            text = messages.render("retention.setting" if setting.from_office else "retention.setting_default",
                                   setting.months)
        self.setting.setText(text)
        self.clients.clear()
        rows = past_retention(self.session, dt.date.today())
        for row in rows:
            self.clients.addItem(f"{row.last_name}, {row.first_name} – " + messages.render(
                "retention.row", format_date(row.closed_on), format_date(row.erasable_from)))
        if not rows:
            self.clients.addItem(messages.render("retention.none_past"))
