"""Asetukset → Palvelumalli: the settings where no public source settles a rule (docs/service-model.md), and
which rules versions the app applies."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.schedule import NonWorkingDue
from omavalmentaja.services.service_model import (
    load_rules,
    lookahead_days,
    rules_version_title,
    schedule_settings,
    set_lookahead_days,
    set_non_working_due,
)
from omavalmentaja.services.session import Session


class ServiceModelBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Palvelumalli"), parent)
        self.session = session
        self.non_working = QComboBox()
        self.non_working.addItem(self.tr("edellinen arkipäivä"), NonWorkingDue.PREVIOUS.value)
        self.non_working.addItem(self.tr("seuraava arkipäivä"), NonWorkingDue.NEXT.value)
        current = schedule_settings(session).non_working_due.value
        self.non_working.setCurrentIndex(max(0, self.non_working.findData(current)))
        self.non_working.currentIndexChanged.connect(
            lambda _: set_non_working_due(session, self.non_working.currentData()))
        self.lookahead = QSpinBox()
        self.lookahead.setRange(0, 60)
        self.lookahead.setSuffix(self.tr(" päivää"))
        self.lookahead.setValue(lookahead_days(session))
        self.lookahead.valueChanged.connect(lambda days: set_lookahead_days(session, days))
        today = dt.date.today()
        rules = load_rules()
        in_force = rules.in_force(today)
        versions = "\n".join(f"{format_date(v.applies_from)}  {rules_version_title(v)}"
                             + (self.tr(" (voimassa)") if v is in_force else "") for v in rules.versions)
        form = QFormLayout(self)
        for name, widget in ((self.tr("Viikonloppuun tai pyhään osuva määräpäivä siirtyy"), self.non_working),
                             (self.tr("Näytä erääntyvät etukäteen"), self.lookahead)):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        form.addRow(self.tr("Sääntöversiot"), QLabel(versions))
