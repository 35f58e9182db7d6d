"""The signature pad with real mouse events: strokes make ink, undo and clear remove it, PNG export."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from omavalmentaja.ui.signature_pad import SignaturePad


def _stroke(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def _ink_pixels(image: QImage) -> int:
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).alpha() > 0)


def test_drawing_undo_clear_and_png(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        _stroke(qtbot, pad, [(50, 120), (120, 80), (200, 150), (300, 90)])
    _stroke(qtbot, pad, [(320, 100), (420, 160), (520, 60)])
    assert not pad.is_empty() and len(pad.strokes) == 2
    assert len(pad.strokes[0].points) >= 4

    image = pad.to_image()
    # cropped to the ink (x 50..520, y 60..160 plus margins) at twice the size: proportions kept
    assert abs(image.width() / image.height() - (470 + 24) / (100 + 24)) < 0.05
    assert _ink_pixels(image) > 200
    png = pad.to_png()
    assert png.startswith(b"\x89PNG")
    loaded = QImage.fromData(png)
    assert loaded.width() == image.width() and _ink_pixels(loaded) > 200

    pad.undo()
    assert len(pad.strokes) == 1 and not pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.strokes == [] and pad.to_png() == b""


def test_screen_shows_the_ink(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    qtbot.waitExposed(pad)
    blank = pad.grab().toImage()
    _stroke(qtbot, pad, [(40, 100), (250, 60), (460, 120)])
    drawn = pad.grab().toImage()
    inked = sum(1 for x in range(40, 460, 3) for y in range(40, 140, 2)
                if drawn.pixelColor(x, y) != blank.pixelColor(x, y))
    assert inked > 20


def test_pen_pressure_sets_the_line_width(qtbot) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    from omavalmentaja.ui.signature_pad import pen_width

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pen = QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def send(kind: QEvent.Type, x: float, pressure: float) -> None:
        event = QTabletEvent(kind, pen, QPointF(x, 100), QPointF(x, 100), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.TabletPress, 20, 0.1)
    send(QEvent.Type.TabletMove, 120, 0.9)
    send(QEvent.Type.TabletRelease, 220, 0.9)
    pressures = [p for _, p in pad.strokes[0].points]
    assert pressures[0] == pytest.approx(0.1) and pressures[1] == pytest.approx(0.9)
    assert pen_width(0.9) > 2 * pen_width(0.1)
    assert not pad.is_empty()


def test_a_finger_draws_with_touch_events(qtbot) -> None:
    from PySide6.QtTest import QTest

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(30, 100), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(150, 60), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(300, 120), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 120), pad).commit()
    assert len(pad.strokes) == 1 and len(pad.strokes[0].points) >= 3
    assert pad.to_png().startswith(b"\x89PNG")
