"""Job search tab: the applications the client reports, counted against the job-search obligation per review
period, with the reminder (muistutus) when a period ended short."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.service_model import ApplicationMethod, JobApplication
from omavalmentaja.messages import label
from omavalmentaja.services.job_applications import (
    applications,
    delete_application,
    review_periods,
    save_application,
)
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.widgets import show_error

TAB_ORDER = 45
TAB_TITLE = QT_TRANSLATE_NOOP("tabs", "Työnhaku")


class JobSearchTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.periods = self._table([self.tr("Tarkastelujakso"), self.tr("Haettu / vaaditaan"), self.tr("Tilanne")])
        self.periods.setAccessibleName(self.tr("Työnhakuvelvollisuuden tarkastelujaksot"))
        self.list = self._table([self.tr("Päivä"), self.tr("Työnantaja tai tehtävä"), self.tr("Tapa"),
                                 self.tr("Lisätieto")])
        self.list.setAccessibleName(self.tr("Ilmoitetut työhakemukset"))
        self.applied_on = DateEdit(dt.date.today())
        self.employer = QLineEdit()
        self.employer.setPlaceholderText(self.tr("Esim. Kauppa Oy, myyjä"))
        self.method = QComboBox()
        for method in ApplicationMethod:
            self.method.addItem(label("application_method", method.value), method.value)
        self.notes = QLineEdit()
        add = QPushButton(self.tr("Lisää hakemus"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Poista valittu"))
        self.remove_button.clicked.connect(self.remove_selected)
        form = QFormLayout()
        for name, widget in ((self.tr("Hakupäivä"), self.applied_on),
                             (self.tr("Työnantaja tai tehtävä"), self.employer),
                             (self.tr("Miten haettu"), self.method), (self.tr("Lisätieto"), self.notes)):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        new_box = QGroupBox(self.tr("Uusi ilmoitettu hakemus"))
        box_layout = QVBoxLayout(new_box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Työnhakuvelvollisuus tarkastelujaksoittain</b>")))
        layout.addWidget(self.hint)
        layout.addWidget(self.periods, 1)
        layout.addWidget(QLabel(self.tr("<b>Ilmoitetut työhakemukset</b>")))
        layout.addWidget(self.list, 2)
        layout.addWidget(new_box)
        self.reload()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def reload(self) -> None:
        session, client_id = self.ctx.session, self.ctx.client_id
        periods = review_periods(session, client_id)
        self.hint.setText("" if periods else self.tr(
            "Tarkastelujaksot näkyvät, kun asiakkaalle on kirjattu täysi tai alennettu työnhakuvelvollisuus ja "
            "ilmoittautumispäivä tai jaksojen alkupäivä (Perustiedot)."))
        self.periods.setRowCount(len(periods))
        for row, period in enumerate(periods):
            state = (self.tr("Jäi vajaaksi: muistutus") if period.short else self.tr("Täyttyi") if period.ended
                     else self.tr("Käynnissä"))
            cells = (f"{format_date(period.start)}–{format_date(period.end)}", f"{period.count} / {period.required}",
                     state)
            for column, text in enumerate(cells):
                self.periods.setItem(row, column, QTableWidgetItem(text))
        items = applications(session, client_id)
        self.list.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (format_date(item.applied_on), item.employer_or_job, label("application_method", item.method.value),
                     item.notes)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.list.setItem(row, column, cell)

    def add(self) -> None:
        applied = self.applied_on.date_value() or dt.date.today()
        try:
            save_application(self.ctx.session, JobApplication(self.ctx.client_id, applied, self.employer.text(),
                                                              ApplicationMethod(self.method.currentData()),
                                                              self.notes.text()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.refresh()  # the header's due items count the applications too

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        cell = self.list.item(row, 0) if row >= 0 else None
        if cell is None:
            return
        try:
            delete_application(self.ctx.session, cell.data(Qt.ItemDataRole.UserRole))
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.refresh()


def make_tab(ctx: ClientContext) -> QWidget:
    return JobSearchTab(ctx)
