"""Kykyviisari and questionnaires: record results, fill a questionnaire with the client in hand-over mode,
continue an unfinished one, see change over time (chart and table), compare two responses, import a
definition."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omavalmentaja.domain.instruments import FillMode, Instrument, text_in
from omavalmentaja.domain.instruments_answers import ResponseStatus
from omavalmentaja.services import questionnaires as service
from omavalmentaja.services.instrument_catalog import get_instrument, import_definition_file, latest_instruments
from omavalmentaja.services.questionnaire_history import ResponseView, client_responses, score_history
from omavalmentaja.ui.context import ClientContext
from omavalmentaja.ui.handover import HandoverWindow
from omavalmentaja.ui.i18n import current_language
from omavalmentaja.ui.questionnaire_chart import ScoreChart
from omavalmentaja.ui.questionnaire_compare import CompareDialog
from omavalmentaja.ui.questionnaire_fill import QuestionnaireFill
from omavalmentaja.ui.questionnaire_form import ResponseFormDialog
from omavalmentaja.ui.questionnaire_table import ResponsesModel
from omavalmentaja.ui.theme import note_style
from omavalmentaja.ui.widgets import show_error

TAB_ORDER = 40
TAB_TITLE = "Kykyviisari ja kyselyt"
LANGUAGES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))
THANKS = {"fi": "Kiitos vastauksistasi!", "sv": "Tack för dina svar!", "en": "Thank you for your answers!"}


class QuestionnairesTab(QWidget):
    def __init__(self, ctx: ClientContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.handover_window: HandoverWindow | None = None
        self.fill_widget: QuestionnaireFill | None = None
        self.unfinished_view: ResponseView | None = None
        self.instrument_box = QComboBox()
        self.instrument_box.setMinimumWidth(320)
        self.language_box = QComboBox()
        self.record_button = QPushButton(self.tr("Kirjaa tulokset…"))
        self.fill_button = QPushButton(self.tr("Täytä asiakkaan kanssa"))
        self.import_button = QPushButton(self.tr("Tuo määrittely…"))
        self.import_button.setToolTip(self.tr("Tuo kyselyn määrittelytiedosto (JSON tai TOML), johon "
                                              "organisaatiollasi on lupa"))
        self.language_label = QLabel(self.tr("Kieli"))
        self.language_label.setBuddy(self.language_box)
        self.service_button = QPushButton("")
        self.service_button.clicked.connect(self.open_service_link)
        self.badge = QLabel("")
        self.badge.setStyleSheet(note_style("3px 8px"))
        self.unfinished = QLabel("")
        self.unfinished.setStyleSheet(note_style())
        self.continue_button = QPushButton(self.tr("Jatka keskeneräistä"))
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("Tulokset ajan mittaan"))
        self.chart.viewport().setAccessibleName(self.tr("Tulokset ajan mittaan"))
        self.model = ResponsesModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Vastaukset"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.open_button = QPushButton(self.tr("Näytä / muokkaa"))
        self.compare_button = QPushButton(self.tr("Vertaa kahta valittua"))
        self.delete_button = QPushButton(self.tr("Poista"))
        self._wire()
        self._lay_out()
        self.reload_instruments()

    def _wire(self) -> None:
        self.instrument_box.currentIndexChanged.connect(lambda _: self.reload())
        self.record_button.clicked.connect(lambda: self.open_form(None))
        self.fill_button.clicked.connect(self.start_fill)
        self.import_button.clicked.connect(self.import_definition)
        self.continue_button.clicked.connect(self.continue_fill)
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        chosen = QLabel(self.tr("Kysely"))
        chosen.setBuddy(self.instrument_box)  # screen readers say the label with the box
        top.addWidget(chosen)
        top.addWidget(self.instrument_box)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.language_label)
        actions.addWidget(self.language_box)
        actions.addWidget(self.fill_button)
        actions.addStretch(1)
        actions.addWidget(self.service_button)
        notice = QHBoxLayout()
        notice.addWidget(self.unfinished, 1)
        notice.addWidget(self.continue_button)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.open_button)
        table_buttons.addWidget(self.compare_button)
        table_buttons.addStretch(1)
        table_buttons.addWidget(self.delete_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(table_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        splitter.setSizes([340, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(notice)
        layout.addWidget(splitter, 1)

    # --- loading ---------------------------------------------------------------------------------------
    def reload_instruments(self, select_id: str | None = None) -> None:
        current = select_id or self.instrument_box.currentData()
        self.instrument_box.blockSignals(True)
        self.instrument_box.clear()
        for instrument in latest_instruments(self.ctx.session):
            self.instrument_box.addItem(text_in(instrument.title, current_language()), instrument.id)
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(current)))
        self.instrument_box.blockSignals(False)
        self.reload()

    @property
    def instrument(self) -> Instrument:
        return get_instrument(self.ctx.session, self.instrument_box.currentData())

    def reload(self) -> None:
        instrument = self.instrument
        form = instrument.fill == FillMode.FORM
        self.record_button.setVisible(form)
        for widget in (self.fill_button, self.language_box, self.language_label):
            widget.setVisible(not form)
        link = instrument.links[0] if instrument.links else None
        self.service_button.setVisible(link is not None)
        if link is not None:
            self.service_button.setText(text_in(link.title, current_language()) + " ↗")
            self.service_button.setToolTip(link.url)
        self.language_box.clear()
        for code, name in LANGUAGES:
            if code in instrument.languages:
                self.language_box.addItem(name, code)
        self.badge.setText(self.tr("Esimerkki – ei Kykyviisari") if instrument.not_kykyviisari else "")
        self.badge.setVisible(instrument.not_kykyviisari)
        views = client_responses(self.ctx.session, self.ctx.client_id, instrument.id)
        self.model.load(views, instrument, current_language())
        self.chart.show_series(score_history(self.ctx.session, self.ctx.client_id, instrument.id, current_language()),
                               self.tr("Ei vielä valmiita vastauksia – muutos näkyy täällä ajan mittaan."))
        unfinished = [v for v in views if v.response.status == ResponseStatus.IN_PROGRESS
                      and v.response.fill_mode == FillMode.HANDOVER and v.instrument is not None]
        self.unfinished_view = unfinished[-1] if unfinished else None
        if self.unfinished_view:
            done, total = self.unfinished_view.progress
            self.unfinished.setText(self.tr("Keskeneräinen täyttö: ") + f"{done}/{total}")
        for widget in (self.unfinished, self.continue_button):
            widget.setVisible(self.unfinished_view is not None)
        self._update_buttons()

    def selected_views(self) -> list[ResponseView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.view_at(row) for row in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected_views())
        self.open_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)
        self.delete_button.setEnabled(count == 1)

    # --- actions ---------------------------------------------------------------------------------------
    def open_service_link(self) -> None:
        links = self.instrument.links
        if links:
            QDesktopServices.openUrl(QUrl(links[0].url))

    def open_form(self, view: ResponseView | None) -> ResponseFormDialog:
        instrument = view.instrument if view and view.instrument else self.instrument
        dialog = ResponseFormDialog(self.ctx.session, self.ctx.client_id, instrument,
                                    view.response if view else None, self, current_language())
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def start_fill(self) -> HandoverWindow | None:
        instrument = self.instrument
        lang = self.language_box.currentData() or "fi"
        try:
            response = service.start_response(self.ctx.session, self.ctx.client_id, instrument, language=lang)
        except Exception as exc:
            show_error(self, exc)
            return None
        return self._hand_over(instrument, response.id, lang)

    def continue_fill(self) -> HandoverWindow | None:
        view = self.unfinished_view
        if view is None or view.instrument is None:
            return None
        return self._hand_over(view.instrument, view.response.id, view.response.language)

    def _hand_over(self, instrument: Instrument, response_id: str, lang: str) -> HandoverWindow:
        self.fill_widget = QuestionnaireFill(self.ctx.session, instrument, response_id, lang)
        window = self.ctx.handover(self.fill_widget, text_in(instrument.title, lang))
        self.fill_widget.completed.connect(lambda: window.show_done(THANKS.get(lang, THANKS["en"])))
        self.handover_window = window
        return window

    def open_selected(self) -> QDialog | None:
        views = self.selected_views()
        if len(views) != 1:
            return None
        view = views[0]
        if view.response.fill_mode == FillMode.FORM and view.instrument is not None:
            return self.open_form(view)
        dialog = CompareDialog(self.ctx.session, view.response.id, None, view.title(current_language()), self)
        dialog.open()
        return dialog

    def compare_selected(self) -> CompareDialog | None:
        views = self.selected_views()
        if len(views) != 2:
            return None
        earlier, later = sorted(views, key=lambda v: (v.response.responded_on, v.response.updated_at))
        try:
            dialog = CompareDialog(self.ctx.session, earlier.response.id, later.response.id,
                                  earlier.title(current_language()), self)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        views = self.selected_views()
        if len(views) != 1:
            return
        answer = QMessageBox.question(self, self.tr("Poista vastaus"),
                                      self.tr("Poistetaanko valittu vastaus? Poistoa ei voi perua."))
        if answer == QMessageBox.StandardButton.Yes:
            service.delete_response(self.ctx.session, views[0].response.id)
            self.reload()

    def import_definition(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Tuo kyselyn määrittely"), "",
                                              self.tr("Määrittelyt (*.json *.toml)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        try:
            outcome = import_definition_file(self.ctx.session, path)
        except Exception as exc:
            show_error(self, exc)
            return
        title = text_in(outcome.instrument.title, current_language())
        text = self.tr("Tuotu: ") if outcome.added else self.tr("Oli jo tuotu: ")
        QMessageBox.information(self, self.tr("Kyselyn määrittely"), f"{text}{title} {outcome.instrument.version}")
        self.reload_instruments(outcome.instrument.id)


def make_tab(ctx: ClientContext) -> QWidget:
    return QuestionnairesTab(ctx)
