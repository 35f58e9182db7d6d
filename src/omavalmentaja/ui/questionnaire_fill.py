"""Hand-over fill-in: one question at a time in large type, answered by touch, mouse or keyboard.

Every answer is written to the vault the moment it is given (text after a short pause and when moving on),
so a crash keeps it and the response can be continued later from the first open question.
Keys: digits pick a scale point or the n:th option, Enter or → goes on, ← or Backspace goes back
(outside text fields), S skips an item the definition lets the client skip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.instruments import Instrument, Item, ItemType, text_in
from omavalmentaja.domain.instruments_answers import first_open_index, missing_required
from omavalmentaja.errors import UserError
from omavalmentaja.services import questionnaires as service
from omavalmentaja.services.questionnaire_history import format_number
from omavalmentaja.services.session import Session
from omavalmentaja.ui.theme import text_colour, tone

WORDS = {
    "fi": {"back": "← Edellinen", "next": "Seuraava →", "done": "Valmis ✓", "skip": "Ohita",
           "of": "Kysymys {n} / {total}", "required": "Vastaa tähän kysymykseen, niin pääset eteenpäin.",
           "optional": "Tähän kysymykseen ei ole pakko vastata.", "text_hint": "Kirjoita vastauksesi tähän"},
    "sv": {"back": "← Föregående", "next": "Nästa →", "done": "Klar ✓", "skip": "Hoppa över",
           "of": "Fråga {n} / {total}", "required": "Svara på frågan för att gå vidare.",
           "optional": "Du behöver inte svara på den här frågan.", "text_hint": "Skriv ditt svar här"},
    "en": {"back": "← Back", "next": "Next →", "done": "Done ✓", "skip": "Skip",
           "of": "Question {n} of {total}", "required": "Please answer this question to go on.",
           "optional": "You do not have to answer this question.", "text_hint": "Write your answer here"},
}
CHOICE_STYLE = ("QPushButton { text-align: left; padding: 10px 18px; border: 2px solid %(border)s; border-radius: 8px;"
                " background: %(background)s; color: %(text)s; } QPushButton:checked { background: #1f3b57;"
                " color: white; border-color: #1f3b57; } QPushButton:focus { border: 3px solid #d98e04; }")


def choice_style() -> str:
    """An answer button, in the light or dark palette (chosen: the side bar's blue with white text)."""
    return CHOICE_STYLE % {"border": tone("choice_border"), "background": tone("choice_bg"), "text": text_colour()}


class QuestionnaireFill(QWidget):
    """The content of a HandoverWindow. Emits `completed` once the response is stored as complete."""

    completed = Signal()

    def __init__(self, session: Session, instrument: Instrument, response_id: str, lang: str = "fi") -> None:
        super().__init__()
        self.session, self.instrument, self.response_id = session, instrument, response_id
        self.lang = lang if lang in WORDS else "en"
        self.items = instrument.items
        self.response = service.responses(session).get(response_id)
        self.index = first_open_index(instrument, self.response)
        self.choice_buttons: list[QPushButton] = []
        self.text_field: QLineEdit | QPlainTextEdit | None = None
        self.text_timer = QTimer(self, singleShot=True, interval=800)
        self.text_timer.timeout.connect(self._save_text)
        screen = QGuiApplication.primaryScreen()
        height = screen.availableGeometry().height() if screen else 768
        self.zoom = max(1.0, min(1.6, height / 768))  # larger type on larger screens
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the number keys choose an answer
        self.setAccessibleName(text_in(instrument.title, self.lang))
        self._build()
        self.show_item(self.index)

    def px(self, size: int) -> int:
        return round(size * self.zoom)

    def word(self, key: str) -> str:
        return WORDS[self.lang][key]

    def _build(self) -> None:
        self.section_label = QLabel("")
        self.section_label.setStyleSheet(f"color: {tone('secondary')}; font-size: {self.px(18)}px;")
        self.counter = QLabel("")
        self.counter.setStyleSheet(f"font-size: {self.px(18)}px; color: {tone('secondary')};")
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self.items))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        self.question = QLabel("")
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"font-size: {self.px(32)}px; font-weight: bold; color: {text_colour()};")
        self.help = QLabel("")
        self.help.setWordWrap(True)
        self.help.setStyleSheet(f"font-size: {self.px(20)}px; color: {tone('secondary')};")
        self.answer_area = QWidget()
        self.answer_layout = QVBoxLayout(self.answer_area)
        self.answer_layout.setContentsMargins(0, 12, 0, 12)
        self.answer_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice = QLabel("")
        self.notice.setStyleSheet(f"font-size: {self.px(20)}px; color: {tone('error')};")
        self.back_button = QPushButton()
        self.skip_button = QPushButton()
        self.next_button = QPushButton()
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setMinimumSize(self.px(180), self.px(64))
            button.setStyleSheet(f"font-size: {self.px(22)}px;")
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_next)
        top = QHBoxLayout()
        top.addWidget(self.section_label, 1)
        top.addWidget(self.counter)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addSpacing(24)
        layout.addWidget(self.question)
        layout.addWidget(self.help)
        scroll = QScrollArea()  # many options never push the buttons off a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea { background: transparent; } #qt_scrollarea_viewport, #answers "
                             "{ background: transparent; }")
        self.answer_area.setObjectName("answers")
        scroll.setWidget(self.answer_area)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        layout.addLayout(nav)

    # --- showing one item ------------------------------------------------------------------------------
    @property
    def item(self) -> Item:
        return self.items[self.index]

    def show_item(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        item = self.item
        section = self.instrument.section_of(item.id)
        self.section_label.setText(text_in(section.title, self.lang) if section else "")
        self.counter.setText(self.word("of").format(n=self.index + 1, total=len(self.items)))
        self.bar.setValue(sum(1 for i in self.items if i.id in self.response.answers))
        self.question.setText(text_in(item.text, self.lang))
        help_text = text_in(item.help, self.lang)
        self.help.setText(help_text or ("" if item.required else self.word("optional")))
        self.help.setVisible(bool(self.help.text()))
        self.notice.setText("")
        self.back_button.setText(self.word("back"))
        self.back_button.setEnabled(self.index > 0)
        self.skip_button.setText(self.word("skip"))
        self.skip_button.setVisible(not item.required)
        last = self.index == len(self.items) - 1
        self.next_button.setText(self.word("done") if last else self.word("next"))
        self._build_answer(item)
        if self.text_field is None:
            chosen = [b for b in self.choice_buttons if b.isChecked()]
            (chosen[0] if chosen else self).setFocus()

    def _clear_answer_area(self) -> None:
        self.text_timer.stop()
        while self.answer_layout.count():
            child = self.answer_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.deleteLater()
            elif child.layout() is not None:
                _delete_layout(child.layout())
        self.choice_buttons, self.text_field = [], None

    def _current_value(self) -> object:
        answer = self.response.answers.get(self.item.id)
        return None if answer is None or answer.skipped else answer.value

    def _build_answer(self, item: Item) -> None:
        self._clear_answer_area()
        value = self._current_value()
        if item.type == ItemType.SCALE:
            self._build_scale(item, value)
        elif item.type in (ItemType.SINGLE, ItemType.MULTIPLE):
            self._build_options(item, value)
        else:
            self._build_text(item, value)

    def _build_scale(self, item: Item, value: object) -> None:
        points = range(int(item.minimum or 0), int(item.maximum or 0) + 1)
        box = QWidget()
        box.setMaximumWidth(min(int(1300 * self.zoom), int(190 * self.zoom) * len(points)))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        group = QButtonGroup(box)
        for point in points:
            button = self._choice_button(str(point), value == point)
            button.setFixedHeight(self.px(84))
            button.setStyleSheet(choice_style().replace("text-align: left;", "text-align: center;") +
                                 f" QPushButton {{ font-size: {self.px(30)}px; font-weight: bold; }}")
            button.clicked.connect(lambda _=False, p=point: self.answer(p))
            group.addButton(button)
            column = QVBoxLayout()
            column.setSpacing(8)
            column.addWidget(button)
            anchor = item.anchors.get(point)
            label = QLabel(text_in(anchor, self.lang) if anchor else "")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setStyleSheet(f"font-size: {self.px(18)}px; color: {tone('secondary')};")
            label.setMinimumHeight(self.px(18) * 3)  # room for two lines of an anchor
            column.addWidget(label)
            column.addStretch(1)
            row.addLayout(column, 1)
        self.answer_layout.addWidget(box)

    def _build_options(self, item: Item, value: object) -> None:
        multiple = item.type == ItemType.MULTIPLE
        group = QButtonGroup(self.answer_area)
        group.setExclusive(not multiple)
        chosen = set(value) if multiple and isinstance(value, list) else {value}
        columns = 2 if len(item.options) > 4 else 1  # long lists in two columns keep every option on screen
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, option in enumerate(item.options, start=1):
            mark = "☐ " if multiple else ""
            button = self._choice_button(f"{n}.  {mark}{text_in(option.text, self.lang)}", option.value in chosen)
            button.setMinimumHeight(self.px(60))
            button.setMaximumWidth(self.px(900 // columns))
            button.setStyleSheet(choice_style() + f" QPushButton {{ font-size: {self.px(22)}px; }}")
            if multiple:
                button.toggled.connect(lambda _=False: self._answer_multiple())
            else:
                button.clicked.connect(lambda _=False, v=option.value: self.answer(v))
            group.addButton(button)
            rows = (len(item.options) + columns - 1) // columns
            grid.addWidget(button, (n - 1) % rows, (n - 1) // rows)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        self.answer_layout.addLayout(row)

    def _choice_button(self, text: str, checked: bool) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(checked)
        button.setStyleSheet(choice_style())
        button.installEventFilter(self)
        self.choice_buttons.append(button)
        return button

    def _build_text(self, item: Item, value: object) -> None:
        field: QLineEdit | QPlainTextEdit
        if item.type == ItemType.NUMBER:
            field = QLineEdit(format_number(value) if isinstance(value, int | float) else "")
            field.setMaximumWidth(300)
        else:
            field = QPlainTextEdit(value if isinstance(value, str) else "")
            field.setPlaceholderText(self.word("text_hint"))
            field.setMinimumHeight(self.px(160))
            field.setMaximumSize(self.px(1000), self.px(300))
            field.setTabChangesFocus(True)
        field.setStyleSheet(f"font-size: {self.px(24)}px; padding: 8px;")
        field.textChanged.connect(self.text_timer.start)
        field.installEventFilter(self)
        self.text_field = field
        self.answer_layout.addWidget(field)
        QTimer.singleShot(0, field.setFocus)

    # --- answering -------------------------------------------------------------------------------------
    def answer(self, value: object) -> bool:
        """Store the answer for the item on screen now; False (with the reason shown) when it is not valid."""
        try:
            stored = service.record_answer(self.session, self.response_id, self.item.id, value)
        except UserError as exc:
            self.notice.setText(exc.message.render(self.lang))  # in the language the client answers in
            return False
        self.response.answers[self.item.id] = stored
        self.bar.setValue(sum(1 for i in self.items if i.id in self.response.answers))
        self.notice.setText("")
        return True

    def _answer_multiple(self) -> None:
        chosen = [o.value for o, b in zip(self.item.options, self.choice_buttons, strict=True) if b.isChecked()]
        for option, button in zip(self.item.options, self.choice_buttons, strict=True):
            label = text_in(option.text, self.lang)
            number = self.item.options.index(option) + 1
            button.setText(f"{number}.  {'☑' if button.isChecked() else '☐'} {label}")
        self.answer(chosen)

    def _text_value(self) -> str:
        field = self.text_field
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText() if field else ""

    def _save_text(self) -> bool:
        self.text_timer.stop()
        if self.text_field is None:
            return True
        return self.answer(self._text_value())

    def skip(self) -> None:
        if self.item.required:
            return
        try:
            self.response.answers[self.item.id] = service.skip_item(self.session, self.response_id, self.item.id)
        except UserError as exc:
            self.notice.setText(str(exc))
            return
        self._advance()

    def go_next(self) -> None:
        if self.text_field is not None and not self._save_text():
            return
        if self._current_value() is None:
            if self.item.required:
                self.notice.setText(self.word("required"))
                return
            self.skip()
            return
        self._advance()

    def _advance(self) -> None:
        if self.index < len(self.items) - 1:
            self.show_item(self.index + 1)
            return
        missing = missing_required(self.instrument, self.response)
        if missing:
            self.show_item(next(n for n, i in enumerate(self.items) if i.id == missing[0]))
            self.notice.setText(self.word("required"))
            return
        service.complete_response(self.session, self.response_id)
        self.completed.emit()

    def go_back(self) -> None:
        if self.text_field is not None:
            self._save_text()
        if self.index > 0:
            self.show_item(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        """Choice buttons and text fields pass the questionnaire's keys here before using them."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        key, field = event.key(), self.text_field
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focused = self.focusWidget()
        if enter and focused in (self.back_button, self.skip_button, self.next_button):
            focused.click()  # type: ignore[union-attr]
        elif enter and (not isinstance(field, QPlainTextEdit)
                        or event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.go_next()
        elif field is not None:
            return False  # every other key types into the field
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.go_next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.go_back()
        elif key == Qt.Key.Key_S and not self.item.required:
            self.skip()
        elif event.text().isdigit():
            self._pick_by_number(int(event.text()))
        else:
            return False
        return True

    def _pick_by_number(self, number: int) -> None:
        item = self.item
        if item.type == ItemType.SCALE:
            position = number - int(item.minimum or 0)
            if 0 <= position < len(self.choice_buttons) and self.answer(number):
                self.choice_buttons[position].setChecked(True)
        elif 1 <= number <= len(item.options):
            button = self.choice_buttons[number - 1]
            if item.type == ItemType.MULTIPLE:
                button.toggle()
            elif self.answer(item.options[number - 1].value):
                button.setChecked(True)


def _delete_layout(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    assert isinstance(layout, QLayout)
    while layout.count():
        child = layout.takeAt(0)
        if child.widget() is not None:
            child.widget().deleteLater()
        elif child.layout() is not None:
            _delete_layout(child.layout())
