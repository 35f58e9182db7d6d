"""Change over time: one line per score (every area and the work-ability score) across the responses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from omavalmentaja.services.questionnaire_history import ScoreSeries
from omavalmentaja.ui.theme import is_dark

# Distinguishable for the common colour-vision deficiencies (Okabe–Ito), and each line also has its own marker
# size and dash so that print-outs in grey still tell them apart.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.SolidLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def _msecs(day: dt.date) -> float:
    return float(QDateTime(day.year, day.month, day.day, 12, 0, 0).toMSecsSinceEpoch())


class ScoreChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.series_shown: list[ScoreSeries] = []
        self.show_series([], "")

    def show_series(self, series: list[ScoreSeries], empty_text: str) -> None:
        self.series_shown = series
        chart = QChart()
        if is_dark():  # the chart draws its own background and axes: Qt's dark chart theme, and no black line
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setFont(QFont(chart.legend().font().family(), 10))
        if not series:
            chart.setTitle(empty_text)
            chart.legend().hide()
            self.setChart(chart)
            return
        days = sorted({day for s in series for day, _ in s.points})
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d.M.yyyy")
        first, last = days[0], days[-1]
        if first == last:
            first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
        pad = max(dt.timedelta(days=7), (last - first) / 20)
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first - pad))),
                        QDateTime.fromMSecsSinceEpoch(int(_msecs(last + pad))))
        x_axis.setTickCount(min(6, max(2, len(days))))
        y_axis = QValueAxis()
        y_axis.setRange(min(s.minimum for s in series), max(s.maximum for s in series))
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for n, entry in enumerate(series):
            line = QLineSeries()
            line.setName(entry.title)
            colour = PALETTE[n % len(PALETTE)]
            pen = QPen(QColor("#e8eaed" if colour == "#000000" and is_dark() else colour))
            pen.setWidth(4 if n == 0 else 2)
            pen.setStyle(DASHES[n % len(DASHES)])
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(10 if n == 0 else 7)
            for day, value in entry.points:
                line.append(_msecs(day), value)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        self.setChart(chart)
