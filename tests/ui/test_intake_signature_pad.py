"""The signature pad: drawn with real mouse events, exported as a cropped PNG."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from acudesk.ui.widgets.signature_pad import SignaturePad
from tests.ui.intake_support import sign


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    )


def make_pad(qtbot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(520, 170)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_drawing_with_the_mouse_gives_a_cropped_png_with_ink(qtbot):
    pad = make_pad(qtbot)
    assert pad.is_empty() and pad.to_png() == b""
    assert pad.accessibleName() == "Signature"
    with qtbot.waitSignal(pad.signature_changed):
        sign(qtbot, pad)
    png = pad.to_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) < 200_000
    image = QImage.fromData(png)
    assert not image.isNull()
    # Cropped to the ink (x 40..270, y 55..110) with a margin, drawn at twice the size.
    assert image.width() < 2 * (270 - 40 + 40) and image.height() < 2 * (110 - 55 + 40)
    assert dark_pixels(image) > 20


def test_clear_empties_the_pad_and_says_so(qtbot):
    pad = make_pad(qtbot)
    sign(qtbot, pad)
    with qtbot.waitSignal(pad.signature_changed):
        pad.clear()
    assert pad.is_empty() and pad.to_png() == b""


def test_a_stored_signature_is_shown_read_only(qtbot):
    drawn = make_pad(qtbot)
    sign(qtbot, drawn)
    png = drawn.to_png()
    shown = make_pad(qtbot)
    shown.load_png(png)
    assert shown.is_read_only() and not shown.is_empty()
    sign(qtbot, shown)  # ignored: a stored signature cannot be drawn over
    assert shown.to_png() == png
    assert dark_pixels(shown.grab().toImage()) > 20
