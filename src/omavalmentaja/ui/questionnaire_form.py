"""The coach's form for a whole response at once, e.g. Kykyviisari results: the date, the version used, the
scores, the client's wishes, a comment; and a link to the official service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.instruments import Instrument, Item, ItemType, text_in
from omavalmentaja.domain.instruments_answers import Response
from omavalmentaja.services.questionnaire_history import format_number
from omavalmentaja.services.questionnaires import save_form_response
from omavalmentaja.services.session import Session
from omavalmentaja.ui.date_edit import DateEdit
from omavalmentaja.ui.widgets import heading, name_inner_fields, show_error


def _range_hint(item: Item) -> str:
    if item.minimum is None or item.maximum is None:
        return ""
    return f"{format_number(item.minimum)}–{format_number(item.maximum)}"


class ItemField:
    """One input for one item, whatever its type; `value()` gives what the service checks."""

    def __init__(self, item: Item, value: object, lang: str) -> None:
        self.item = item
        self.widget: QWidget
        self.boxes: list[QCheckBox] = []
        if item.type == ItemType.NUMBER:
            edit = QLineEdit(format_number(value) if isinstance(value, int | float) else "")
            edit.setPlaceholderText(_range_hint(item))
            edit.setMaximumWidth(120)
            self.widget = edit
        elif item.type in (ItemType.SINGLE, ItemType.SCALE):
            combo = QComboBox()
            combo.addItem("–", None)
            if item.type == ItemType.SINGLE:
                for option in item.options:
                    combo.addItem(text_in(option.text, lang), option.value)
            else:
                for point in range(int(item.minimum or 0), int(item.maximum or 0) + 1):
                    anchor = item.anchors.get(point)
                    combo.addItem(f"{point} – {text_in(anchor, lang)}" if anchor else str(point), point)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            self.widget = combo
        elif item.type == ItemType.MULTIPLE:
            self.widget = QWidget()
            row = QHBoxLayout(self.widget)
            row.setContentsMargins(0, 0, 0, 0)
            for option in item.options:
                box = QCheckBox(text_in(option.text, lang))
                box.setChecked(isinstance(value, list) and option.value in value)
                self.boxes.append(box)
                row.addWidget(box)
            row.addStretch(1)
        else:
            text = QPlainTextEdit(value if isinstance(value, str) else "")
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            self.widget = text

    def value(self) -> object:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return [o.value for o, box in zip(self.item.options, self.boxes, strict=True) if box.isChecked()]


class ResponseFormDialog(QDialog):
    def __init__(self, session: Session, client_id: str, instrument: Instrument, response: Response | None = None,
                 parent: QWidget | None = None, lang: str = "fi") -> None:
        super().__init__(parent)
        self.session, self.client_id, self.instrument = session, client_id, instrument
        self.response_id = response.id if response else ""
        self.saved: Response | None = None
        self.setWindowTitle(text_in(instrument.title, lang))
        self.resize(760, 720)
        self.date = DateEdit(response.responded_on if response else dt.date.today())
        values = response.values() if response else {}
        self.fields = {item.id: ItemField(item, values.get(item.id), lang) for item in instrument.items}
        form_page = QWidget()
        form = QFormLayout(form_page)
        intro = QLabel(text_in(instrument.description, lang))
        intro.setWordWrap(True)
        form.addRow(intro)
        for link in instrument.links:
            button = QPushButton(text_in(link.title, lang) + " ↗")
            button.setToolTip(link.url)
            button.clicked.connect(lambda _=False, url=link.url: QDesktopServices.openUrl(QUrl(url)))
            form.addRow(button)
        form.addRow(self.tr("Päivämäärä *"), self.date)
        for section in instrument.sections:
            form.addRow(heading(text_in(section.title, lang), 13))
            for item in section.items:
                label = QLabel(text_in(item.text, lang) + (" *" if item.required else ""))
                label.setWordWrap(True)
                if item.help:
                    label.setToolTip(text_in(item.help, lang))
                form.addRow(label, self.fields[item.id].widget)
        notice = QLabel(self.tr("* pakollinen") + "\n" + text_in(instrument.licence.notice, lang))
        notice.setObjectName("hint")
        notice.setWordWrap(True)
        form.addRow(notice)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Tallenna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        name_inner_fields(self)

    def values(self) -> dict[str, object]:
        return {item_id: field.value() for item_id, field in self.fields.items()}

    def save(self) -> None:
        try:
            self.saved = save_form_response(self.session, self.client_id, self.instrument,
                                            self.date.date_value() or dt.date.today(), self.values(),
                                            self.response_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
