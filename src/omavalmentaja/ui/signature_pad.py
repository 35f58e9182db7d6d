"""A signature pad: draw with the mouse, a finger (touch) or a pen (tablet, with pressure), clear and undo,
and export what was drawn as a PNG cropped to the ink, at the drawing's own proportions."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 30, 90)
BASE_WIDTH = 3.0
MOUSE_PRESSURE = 0.5  # what a mouse or a finger counts as; a pen reports its own pressure
EXPORT_SCALE = 2.0
EXPORT_MARGIN = 12.0


@dataclass
class Stroke:
    points: list[tuple[QPointF, float]] = field(default_factory=list)  # (position, pressure 0..1)


def pen_width(pressure: float) -> float:
    return BASE_WIDTH * (0.4 + 1.2 * max(0.0, min(1.0, pressure)))


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.hint = hint or self.tr("Allekirjoita tähän")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(300, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Allekirjoitusalue"))

    # --- state -------------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(len(s.points) for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self._drawing = False
            self.update()
            self.changed.emit()

    # --- input -------------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        self.strokes.append(Stroke([(QPointF(pos), pressure)]))
        self._drawing = True
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].points.append((QPointF(pos), pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt naming)
        """A pen: its pressure sets the line width. Accepting stops Qt from also sending mouse events."""
        kind = event.type()
        pressure = event.pressure() if event.pressure() > 0 else MOUSE_PRESSURE
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if not points:
            self._end()
            return
        point = points[0]  # one finger draws; a second finger is ignored
        pressure = point.pressure() if 0 < point.pressure() < 1 else MOUSE_PRESSURE
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._begin(point.position(), pressure)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(point.position(), pressure)
        else:
            self._end()
        event.accept()

    # --- drawing -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(150, 160, 175), 1.5))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        painter.drawText(QPointF(24, baseline - 8), "×")
        if self.is_empty():
            painter.setPen(QColor(150, 160, 175))
            painter.drawText(self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)),
                             Qt.AlignmentFlag.AlignCenter, self.hint)
        painter.setPen(QPen(QColor(120, 130, 145), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._paint_strokes(painter, QPointF(0, 0), 1.0)

    def _paint_strokes(self, painter: QPainter, offset: QPointF, scale: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            previous: QPointF | None = None
            for pos, pressure in stroke.points:
                point = (pos - offset) * scale
                pen = QPen(INK, pen_width(pressure) * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                           Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                if previous is None:
                    painter.drawPoint(point)
                else:
                    painter.drawLine(previous, point)
                previous = point

    def ink_rect(self) -> QRectF:
        xs = [p.x() for s in self.strokes for p, _ in s.points]
        ys = [p.y() for s in self.strokes for p, _ in s.points]
        if not xs:
            return QRectF()
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -EXPORT_MARGIN, -EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN)

    def to_image(self) -> QImage:
        """What was drawn, cropped to the ink with a margin, on a transparent background, at twice the
        on-screen resolution."""
        rect = self.ink_rect()
        if rect.isEmpty():
            return QImage()
        image = QImage(int(rect.width() * EXPORT_SCALE) + 1, int(rect.height() * EXPORT_SCALE) + 1,
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint_strokes(painter, rect.topLeft(), EXPORT_SCALE)
        painter.end()
        return image

    def to_png(self) -> bytes:
        """PNG bytes in memory (never a file), or b"" when nothing was drawn."""
        if self.is_empty():
            return b""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buffer, "PNG")
        return bytes(buffer.data().data())
