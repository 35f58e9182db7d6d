"""Small shared widgets: the passphrase and PIN fields, headings, error messages, names for screen readers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from omavalmentaja.domain.passphrase import MIN_LENGTH, strength
from omavalmentaja.errors import UserError, storage_message
from omavalmentaja.ui.labels import code_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QProgressBar

# The unlock screen uses this module: the widgets it does not show (message boxes, combo and spin boxes,
# progress bars) are imported where they are used, so that PySide6 sets up their types after its first paint.


def caps_lock_suspected(event: QKeyEvent) -> bool:
    """Qt has no portable Caps Lock query: a letter whose case disagrees with Shift gives it away."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return False
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class PassphraseField(QWidget):
    """One reusable passphrase field: hidden text, show/hide, Caps Lock hint, optional strength meter."""

    def __init__(self, placeholder: str = "", with_strength: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)  # a screen reader does not read placeholders as names
        self.edit.setMinimumHeight(34)
        self.show_box = QCheckBox(self.tr("Näytä"))
        self.show_box.toggled.connect(
            lambda on: self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.caps_warning = False
        self.meter: QProgressBar | None = None
        if with_strength:
            from PySide6.QtWidgets import QProgressBar

            self.meter = QProgressBar()
            self.meter.setRange(0, 4)
            self.meter.setTextVisible(True)
            self.meter.setMaximumHeight(14)
            layout.addWidget(self.meter)
            self.edit.textChanged.connect(self._update_strength)
            self._update_strength("")
        layout.addWidget(self.hint)
        self.edit.installEventFilter(self)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def setFocus(self) -> None:  # noqa: N802 (Qt naming)
        self.edit.setFocus()

    def _update_strength(self, text: str) -> None:
        assert self.meter is not None
        score = strength(text)
        self.meter.setValue(score)
        label = code_label("passphrase_strength", score)
        self.meter.setFormat(self.tr("Vahvuus: ") + label)
        if len(text) < MIN_LENGTH:
            self.hint.setText(self.tr("Vähintään %n merkkiä", "", MIN_LENGTH))
        else:
            self.hint.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.text().isalpha():
                caps = caps_lock_suspected(event)
                self.caps_warning = caps
                if caps:
                    self.hint.setText(self.tr("Caps Lock näyttää olevan päällä"))
                elif self.hint.text() == self.tr("Caps Lock näyttää olevan päällä"):
                    self.hint.setText("")
        return super().eventFilter(watched, event)


def show_error(parent: QWidget | None, error: Exception) -> None:
    """One clear message for the coach; unexpected errors say so without details of client data."""
    from PySide6.QtWidgets import QMessageBox

    storage = storage_message(error)
    if isinstance(error, UserError) or storage:
        QMessageBox.warning(parent, QCoreApplication.translate("widgets", "Tarkista tiedot"), storage or str(error))
    else:
        QMessageBox.critical(parent, QCoreApplication.translate("widgets", "Virhe"),
                             QCoreApplication.translate("widgets", "Odottamaton virhe: ") + type(error).__name__)


def heading(text: str, size: int = 16) -> QLabel:
    """A bold title. Sized by style sheet: the application's style sheet would override a QFont size."""
    label = QLabel(text)
    label.setStyleSheet(f"font-size: {size}pt; font-weight: bold;")
    label.setWordWrap(True)
    return label


def name_inner_fields(root: QWidget) -> None:
    """Screen readers: a spin or date box's inner field takes the focus and needs the box's name (from the
    box itself or its form label); a form's field without a name takes its row's label (Qt names only a line
    edit from its label, never a text box, a combo box or a date box); a line edit's clear button gets a name;
    a tab widget without a name gets a generic one; scroll areas are containers and take no focus; a named
    combo box gets a label (label_combo)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFormLayout, QScrollArea, QTabWidget, QToolButton

    forms = root.findChildren(QFormLayout)
    if isinstance(root.layout(), QFormLayout):
        forms.append(root.layout())
    for form in forms:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            text = label.widget().text() if label and isinstance(label.widget(), QLabel) else ""
            widget = field.widget() if field else None
            if text and widget is not None and not widget.accessibleName():
                widget.setAccessibleName(_label_name(text))
    for combo in root.findChildren(QComboBox):
        label_combo(combo)
    for spin in root.findChildren(QAbstractSpinBox):
        inner = spin.lineEdit()
        if inner is not None and not inner.accessibleName() and spin.accessibleName():
            inner.setAccessibleName(spin.accessibleName())
    for edit in root.findChildren(QLineEdit):
        clear = edit.findChild(QAction, "_q_qlineeditclearaction")  # Qt's name for a line edit's clear button
        for button in edit.findChildren(QToolButton):
            if clear is not None and button.defaultAction() is clear and not button.accessibleName():
                button.setAccessibleName(QCoreApplication.translate("widgets", "Tyhjennä"))
    for tabs in root.findChildren(QTabWidget):
        if not tabs.accessibleName():
            tabs.setAccessibleName(QCoreApplication.translate("widgets", "Välilehdet"))
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def label_combo(combo: QComboBox, name: str = "") -> None:
    """Give a combo box its name where screen readers look for it. On Linux Qt sends a combo box's value as
    its name and ignores accessibleName: AT-SPI readers (Orca) say the label from the labelled-by relation,
    which Qt makes from a QLabel beside the box whose buddy it is. A box without such a label gets one that
    is never shown, with its accessibleName (or `name`); on Windows and macOS the accessibleName is used."""
    if name:
        combo.setAccessibleName(name)
    parent = combo.parentWidget()
    if not combo.accessibleName() or parent is None:
        return
    siblings = parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if any(label.buddy() is combo for label in siblings):
        return
    label = QLabel(combo.accessibleName(), parent)
    label.setBuddy(combo)
    label.hide()


def _label_name(text: str) -> str:
    """A form label as a name: without markup, the & of a shortcut, a trailing colon or required-mark."""
    import re

    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip().rstrip("*:").strip()


def pin_edit(placeholder: str = "") -> QLineEdit:
    """A 4–8 digit PIN field (hidden as typed), as tall as a passphrase field beside it."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(34)
    return edit
