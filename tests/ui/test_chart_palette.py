"""One palette for the point map: each kind of placement is drawn in the same colour on the
screen (Qt painter) and on the printed chart (reportlab), the colour chosen in domain.palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from reportlab.graphics.shapes import Group, Shape

from acudesk.documents.chart_drawing import placement_symbol
from acudesk.domain.chart import PlacementKind
from acudesk.domain.palette import KIND_COLOURS
from acudesk.ui.chart.symbols import paint_placement

SIDE = 240  # pixels: the symbol painted at 8x, so its solid parts are many pixels wide


def _printed_colours(symbol: Group) -> set[str]:
    """Every opaque fill and stroke colour of a reportlab symbol, as #rrggbb."""
    found: set[str] = set()
    for node in symbol.contents:
        if isinstance(node, Group):
            found |= _printed_colours(node)
            continue
        assert isinstance(node, Shape)
        for colour in (getattr(node, "fillColor", None), getattr(node, "strokeColor", None)):
            if colour is not None and colour.alpha == 1:
                found.add("#" + colour.hexval()[2:].lower())
    return found


def _screen_colours(kind: PlacementKind) -> set[str]:
    """Every fully opaque pixel colour of the symbol as the editor paints it."""
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)  # no antialiasing: solid parts keep their exact colour
    painter.translate(SIDE / 2, SIDE / 2)
    paint_placement(painter, kind, scale=8.0)
    painter.end()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, SIDE, 2)
        for y in range(0, SIDE, 2)
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.parametrize("kind", list(PlacementKind))
def test_screen_and_paper_draw_each_placement_in_the_palette_colour(qapp, kind):
    colour = KIND_COLOURS[kind]
    printed = _printed_colours(placement_symbol(kind))
    on_screen = _screen_colours(kind)
    assert colour in printed, f"the PDF draws {kind.value} in {sorted(printed)}"
    assert colour in on_screen, f"the screen draws {kind.value} in {sorted(on_screen)}"


def test_bleeding_is_one_red_on_screen_and_paper(qapp):
    reds = _printed_colours(placement_symbol(PlacementKind.BLEEDING)) - {"#ffffff"}
    assert reds == {KIND_COLOURS[PlacementKind.BLEEDING]}
    assert KIND_COLOURS[PlacementKind.BLEEDING] in _screen_colours(PlacementKind.BLEEDING)
