"""Every catalogue position lands on the drawn body, on both sides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from acudesk.services.catalog import diagram_path, point_catalog

SCALE = 2.0


def _render(diagram_id: str) -> QImage:
    diagram = point_catalog().diagram(diagram_id)
    renderer = QSvgRenderer(str(diagram_path(diagram_id)))
    assert renderer.isValid()
    image = QImage(
        round(diagram.width * SCALE), round(diagram.height * SCALE), QImage.Format.Format_ARGB32
    )
    image.fill(0)  # transparent: anything drawn has alpha
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


@pytest.mark.parametrize("diagram_id", ["face-front", "face-profile", "body-front", "body-back"])
def test_every_point_lies_inside_the_drawn_silhouette(qapp, diagram_id):
    catalog = point_catalog()
    diagram = catalog.diagram(diagram_id)
    image = _render(diagram_id)
    flipped = image.flipped(Qt.Orientation.Horizontal)  # the profile's other side
    outside = []
    for point in catalog.points_on(diagram_id):
        for side in point.sides():
            x, y = catalog.position(point, diagram_id, side)  # the drawing's own frame
            shown = flipped if diagram.flipped_for(side) else image
            x = 1.0 - x if diagram.flipped_for(side) else x  # the flipped image's frame
            pixel = shown.pixelColor(int(x * shown.width()), int(y * shown.height()))
            if pixel.alpha() < 250:
                outside.append(f"{point.code} ({side.value})")
    assert outside == []
    assert len(catalog.points_on(diagram_id)) >= 30


def test_background_is_really_empty(qapp):
    image = _render("body-front")
    assert image.pixelColor(2, 2).alpha() == 0
    assert image.pixelColor(image.width() // 2, int(image.height() * 0.4)).alpha() == 255
