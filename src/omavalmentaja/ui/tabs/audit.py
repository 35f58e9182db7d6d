"""Audit log tab: who did what with this client's records, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from omavalmentaja.domain.dates import format_datetime
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.labels import code_label

TAB_ORDER = 90
TAB_TITLE = "Lokitiedot"


translate = QCoreApplication.translate


def make_tab(ctx: ClientContext) -> QWidget:
    entries = ctx.session.audit.for_client(ctx.client_id)
    widget = QWidget()
    table = QTableWidget(len(entries), 3)
    table.setAccessibleName(translate("audit", "Lokitiedot"))
    table.setHorizontalHeaderLabels([translate("audit", "Aika"), translate("audit", "Käyttäjä"),
                                    translate("audit", "Tapahtuma")])
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in (0, 1):  # the time and the user in full, the event takes the rest
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, entry in enumerate(entries):
        when = dt.datetime.fromisoformat(entry.at).astimezone()
        table.setItem(row, 0, QTableWidgetItem(format_datetime(when)))
        table.setItem(row, 1, QTableWidgetItem(entry.actor))
        table.setItem(row, 2, QTableWidgetItem(code_label("audit", entry.action)))
    layout = QVBoxLayout(widget)
    layout.addWidget(table)
    return widget
