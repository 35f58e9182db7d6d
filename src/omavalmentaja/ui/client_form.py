"""The client profile form: used for a new client and for editing one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from omavalmentaja.domain.client import Client, TargetGroup
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.labels import code_label
from omavalmentaja.ui.service_model_fields import ServiceModelFields


class ClientForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.henkilotunnus = QLineEdit()
        self.henkilotunnus.setPlaceholderText(self.tr("PPKKVV-NNNT"))
        self.date_of_birth = DateEdit(optional=True)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.municipality = QLineEdit()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("esim. fi, ar, en"))
        self.interpreter = QCheckBox(self.tr("Tarvitsee tulkin"))
        self.target_group = QComboBox()
        self.target_group.addItem(self.tr("– ei valittu –"), None)
        for group in TargetGroup:
            self.target_group.addItem(code_label("target_group", group), group.value)
        self.start_date = DateEdit(optional=True)
        self.multisectoral = QCheckBox(self.tr("Monialaisen palvelun tarve (TYP)"))
        self.multisectoral_reason = QLineEdit()
        self.multisectoral_reason.setPlaceholderText(self.tr("Peruste"))
        self.background = QPlainTextEdit()
        self.background.setPlaceholderText(self.tr("Taustatiedot vapaasti"))
        self.background.setTabChangesFocus(True)
        self.background.setMinimumHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("Etunimet *"), self.first_name)
        form.addRow(self.tr("Sukunimi *"), self.last_name)
        form.addRow(self.tr("Kutsumanimi"), self.preferred_name)
        form.addRow(self.tr("Henkilötunnus"), self.henkilotunnus)
        form.addRow(self.tr("Syntymäaika"), self.date_of_birth)
        form.addRow(self.tr("Puhelin"), self.phone)
        form.addRow(self.tr("Sähköposti"), self.email)
        form.addRow(self.tr("Osoite"), self.address)
        form.addRow(self.tr("Kotikunta"), self.municipality)
        form.addRow(self.tr("Kielet"), self.languages)
        form.addRow("", self.interpreter)
        form.addRow(self.tr("Kohderyhmäperuste (kokeilu 2021–2024)"), self.target_group)
        form.addRow(self.tr("Asiakkuus alkoi"), self.start_date)
        form.addRow("", self.multisectoral)
        form.addRow(self.tr("Monialaisuuden peruste"), self.multisectoral_reason)
        form.addRow(self.tr("Tausta"), self.background)
        self.service_model = ServiceModelFields(form, self)

    def load(self, client: Client) -> None:
        self.first_name.setText(client.first_name)
        self.last_name.setText(client.last_name)
        self.preferred_name.setText(client.preferred_name)
        self.henkilotunnus.setText(client.henkilotunnus)
        self.date_of_birth.set_date(client.date_of_birth)
        self.phone.setText(client.phone)
        self.email.setText(client.email)
        self.address.setText(client.address)
        self.municipality.setText(client.municipality)
        self.languages.setText(", ".join(client.languages))
        self.interpreter.setChecked(client.interpreter_needed)
        index = self.target_group.findData(client.target_group.value if client.target_group else None)
        self.target_group.setCurrentIndex(max(index, 0))
        self.start_date.set_date(client.start_date)
        self.multisectoral.setChecked(client.multisectoral_need)
        self.multisectoral_reason.setText(client.multisectoral_reason)
        self.background.setPlainText(client.background)
        self.service_model.load(client)

    def store_into(self, client: Client) -> Client:
        """Copy the form into client (validation happens in the service)."""
        client.first_name = self.first_name.text()
        client.last_name = self.last_name.text()
        client.preferred_name = self.preferred_name.text().strip()
        client.henkilotunnus = self.henkilotunnus.text()
        # With a henkilötunnus the birth date is derived from it, so the two cannot disagree.
        client.date_of_birth = None if client.henkilotunnus.strip() else self.date_of_birth.date_value()
        client.phone = self.phone.text()
        client.email = self.email.text()
        client.address = self.address.text().strip()
        client.municipality = self.municipality.text()
        client.languages = [part.strip() for part in self.languages.text().split(",") if part.strip()]
        client.interpreter_needed = self.interpreter.isChecked()
        group = self.target_group.currentData()
        client.target_group = TargetGroup(group) if group else None
        client.start_date = self.start_date.date_value()
        client.multisectoral_need = self.multisectoral.isChecked()
        client.multisectoral_reason = self.multisectoral_reason.text().strip()
        client.background = self.background.toPlainText()
        self.service_model.store_into(client)
        return client
