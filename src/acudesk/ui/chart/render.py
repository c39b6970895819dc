"""render_chart: a chart drawn into a QImage, offscreen, for thumbnails and PNG export."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from acudesk.domain.chart import ChartDocument, Placement
from acudesk.domain.points import PointCatalog, Side, displayed_position
from acudesk.ui.chart import palette as pal
from acudesk.ui.chart import symbols
from acudesk.ui.chart.diagrams import diagram_renderer, profile_side, visible_on

REFERENCE_WIDTH = 640.0
"""The width at which symbols are drawn at their on-screen size; they scale with the image."""


def render_chart(
    doc: ChartDocument,
    catalog: PointCatalog,
    diagram_id: str,
    width: int,
    *,
    show_points: bool = True,
    side: Side | None = None,
) -> QImage:
    """The diagram, its catalogue points (lightly) and the document's placements on it.

    ``side`` picks the drawn side of a profile view; by default the side with more placements.
    Needs a QGuiApplication (any platform, offscreen included) but no view.
    """
    diagram = catalog.diagram(diagram_id)
    height = max(1, round(width * diagram.height / diagram.width))
    placements = doc.on(diagram_id)
    if side is None:
        side = profile_side(placements)
    flipped = diagram.flipped_for(side)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(pal.BACKDROP)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.save()
    if flipped:
        painter.translate(width, 0)
        painter.scale(-1, 1)
    diagram_renderer(diagram).render(painter, QRectF(0, 0, width, height))
    painter.restore()

    scale = width / REFERENCE_WIDTH

    def at(x: float, y: float) -> QPointF:
        return QPointF((1.0 - x if flipped else x) * width, y * height)

    if show_points:
        painter.setOpacity(0.7)
        for point in catalog.points_on(diagram_id):
            sides = point.sides()
            if diagram.mirror == "flip" and point.is_bilateral:
                sides = (side,)
            for point_side in sides:
                x, y = displayed_position(point, diagram, point_side)
                painter.save()
                painter.translate(x * width, y * height)
                symbols.paint_point(painter, scale=scale)
                painter.restore()
        painter.setOpacity(1.0)

    shown = [p for p in placements if visible_on(p, diagram, side)]
    _paint_links(painter, shown, at, scale)
    for placement in shown:
        painter.save()
        painter.translate(at(placement.x, placement.y))
        symbols.paint_placement(painter, placement.kind, placement.needles, scale=scale)
        if placement.point:
            label_at = QPointF((symbols.SYMBOL_EXTENT - 4) * scale, 11.5 * scale)
            symbols.paint_label(painter, placement.point, label_at, scale)
        painter.restore()
    painter.end()
    return image


def _paint_links(painter: QPainter, shown: list[Placement], at: object, scale: float) -> None:
    pairs: dict[str, list[Placement]] = {}
    for placement in shown:
        if placement.electro_pair:
            pairs.setdefault(placement.electro_pair, []).append(placement)
    for ends in pairs.values():
        if len(ends) != 2:
            continue
        line = QLineF(at(ends[0].x, ends[0].y), at(ends[1].x, ends[1].y))  # type: ignore[operator]
        painter.setPen(symbols.electro_pen(scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(line)
        painter.save()
        painter.translate(line.center())
        symbols.paint_bolt(painter, scale)
        painter.restore()
