"""The service model's fields on the client form: registration as a jobseeker and the job-search obligation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from omavalmentaja.domain.client import Client
from omavalmentaja.domain.service_model import ObligationStatus
from omavalmentaja.messages import label
from omavalmentaja.ui.date_edit import DateEdit


class ServiceModelFields(QWidget):
    """Adds its rows to the client form's layout; validation happens in the service (save_client)."""

    def __init__(self, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registered_on = DateEdit(optional=True)
        self.status = QComboBox()
        self.status.addItem(self.tr("– ei kirjattu –"), "")
        for status in ObligationStatus:
            self.status.addItem(label("obligation_status", status.value), status.value)
        self.per_month = QSpinBox()
        self.per_month.setRange(0, 3)
        self.per_month.setSuffix(self.tr(" / kk"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Alentamisen tai poistamisen peruste"))
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 3)
        self.review_months.setSuffix(self.tr(" kk"))
        self.obligation_from = DateEdit(optional=True)
        for widget, name in ((self.registered_on, self.tr("Ilmoittautunut työnhakijaksi")),
                             (self.status, self.tr("Työnhakuvelvollisuus")),
                             (self.per_month, self.tr("Haettavia työmahdollisuuksia kuukaudessa")),
                             (self.reason, self.tr("Velvollisuuden peruste")),
                             (self.review_months, self.tr("Tarkastelujakso")),
                             (self.obligation_from, self.tr("Tarkastelujaksot alkaen"))):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        self.status.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self, *_: object) -> None:
        status = self.status.currentData()
        self.per_month.setEnabled(status == ObligationStatus.REDUCED.value)
        self.reason.setEnabled(status in (ObligationStatus.REDUCED.value, ObligationStatus.NONE.value))
        self.review_months.setEnabled(status in (ObligationStatus.FULL.value, ObligationStatus.REDUCED.value))

    def load(self, client: Client) -> None:
        self.registered_on.set_date(client.registered_on)
        self.status.setCurrentIndex(max(self.status.findData(client.obligation_status.value
                                                             if client.obligation_status else ""), 0))
        self.per_month.setValue(client.obligation_per_month or 0)
        self.reason.setText(client.obligation_reason)
        self.review_months.setValue(client.obligation_review_months)
        self.obligation_from.set_date(client.obligation_from)

    def store_into(self, client: Client) -> None:
        client.registered_on = self.registered_on.date_value()
        status = self.status.currentData()
        client.obligation_status = ObligationStatus(status) if status else None
        reduced = client.obligation_status == ObligationStatus.REDUCED
        client.obligation_per_month = self.per_month.value() if reduced else None
        client.obligation_reason = self.reason.text().strip() if self.reason.isEnabled() else ""
        client.obligation_review_months = self.review_months.value()
        client.obligation_from = self.obligation_from.date_value()
