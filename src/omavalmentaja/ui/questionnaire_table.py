"""The table of one client's responses to one instrument: date, version, state, and every score."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt
from PySide6.QtGui import QColor

from omavalmentaja.domain.dates import format_date
from omavalmentaja.domain.instruments import Instrument, Tone, text_in
from omavalmentaja.domain.instruments_answers import ResponseStatus
from omavalmentaja.services.questionnaire_history import ResponseView, format_score
from omavalmentaja.ui.model_index import ROOT, AnyIndex
from omavalmentaja.ui.theme import tone

TONE_COLOURS = {Tone.GOOD: "good_bg", Tone.NEUTRAL: "neutral_bg", Tone.CONCERN: "concern_bg"}  # theme.TONES
FIXED_COLUMNS = (QT_TRANSLATE_NOOP("ResponsesModel", "Päivämäärä"), QT_TRANSLATE_NOOP("ResponsesModel", "Versio"),
                 QT_TRANSLATE_NOOP("ResponsesModel", "Tila"))


class ResponsesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.views: list[ResponseView] = []
        self.score_ids: list[str] = []
        self.score_titles: list[str] = []
        self.lang = "fi"

    def load(self, views: list[ResponseView], instrument: Instrument | None, lang: str = "fi") -> None:
        self.beginResetModel()
        self.views = sorted(views, key=lambda v: (v.response.responded_on, v.response.updated_at), reverse=True)
        rules = instrument.scores if instrument else ()
        self.score_ids = [r.id for r in rules]
        self.score_titles = [text_in(r.title, lang) for r in rules]
        self.lang = lang
        self.endResetModel()

    def view_at(self, row: int) -> ResponseView:
        return self.views[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.score_ids)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt naming)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED_COLUMNS):
            return self.tr(FIXED_COLUMNS[section])
        return self.score_titles[section - len(FIXED_COLUMNS)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        view = self.views[index.row()]
        column = index.column()
        score = None
        if column >= len(FIXED_COLUMNS):
            score = view.scores.get(self.score_ids[column - len(FIXED_COLUMNS)])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(view.response.responded_on)
            if column == 1:
                return view.response.instrument_version + ("" if view.instrument else self.tr(" (tuntematon)"))
            if column == 2:
                if view.response.status == ResponseStatus.COMPLETED:
                    return self.tr("Valmis")
                done, total = view.progress
                return self.tr("Kesken") + f" {done}/{total}"
            return format_score(score, self.lang)
        if role == Qt.ItemDataRole.BackgroundRole and score is not None and score.band is not None:
            return QColor(tone(TONE_COLOURS[score.band.tone]))
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and \
                view.response.status == ResponseStatus.IN_PROGRESS:
            return QColor(tone("flag"))
        return None
