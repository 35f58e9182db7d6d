"""Audit log tab: who did what with this client's records, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from omavalmentaja.domain.dates import format_datetime
from omavalmentaja.ui.context import ClientContext

TAB_ORDER = 90
TAB_TITLE = "Lokitiedot"
ACTION_LABELS = {
    "client.create": QT_TRANSLATE_NOOP("audit", "Asiakas luotu"),
    "client.update": QT_TRANSLATE_NOOP("audit", "Tietoja muutettu"),
    "client.view": QT_TRANSLATE_NOOP("audit", "Tiedot avattu"),
    "client.import": QT_TRANSLATE_NOOP("audit", "Tuotu CSV-tiedostosta"),
    "meeting.create": QT_TRANSLATE_NOOP("audit", "Tapaaminen kirjattu"),
    "meeting.update": QT_TRANSLATE_NOOP("audit", "Tapaamista muutettu"),
    "assessment.create": QT_TRANSLATE_NOOP("audit", "Palvelutarvearvio tehty"),
    "assessment.update": QT_TRANSLATE_NOOP("audit", "Palvelutarvearviota muutettu"),
}


translate = QCoreApplication.translate


def make_tab(ctx: ClientContext) -> QWidget:
    entries = ctx.session.audit.for_client(ctx.client_id)
    widget = QWidget()
    table = QTableWidget(len(entries), 3)
    table.setHorizontalHeaderLabels([translate("audit", "Aika"), translate("audit", "Käyttäjä"),
                                    translate("audit", "Tapahtuma")])
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, entry in enumerate(entries):
        when = dt.datetime.fromisoformat(entry.at).astimezone()
        table.setItem(row, 0, QTableWidgetItem(format_datetime(when)))
        table.setItem(row, 1, QTableWidgetItem(entry.actor))
        table.setItem(row, 2, QTableWidgetItem(translate("audit", ACTION_LABELS.get(entry.action, entry.action))))
    layout = QVBoxLayout(widget)
    layout.addWidget(table)
    return widget
