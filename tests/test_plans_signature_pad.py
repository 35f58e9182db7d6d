"""The signature pad with real mouse events: strokes make ink, undo and clear remove it, PNG export."""

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
