"""render_chart: a chart drawn into a QImage, offscreen, for thumbnails and PNG export.

Symbols and the needles' codes (their letters with a halo) are drawn once per size into small
transparent "stamps" and then blitted: a chart of forty needles and sixty points costs little
more than the drawing itself. The diagram with its catalogue points (the "backdrop") is drawn
once per diagram, size and side, and copied: a list of thumbnails runs the SVG renderer once,
not once per row.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from acudesk.domain.chart import ChartDocument, Placement, visible_on
from acudesk.domain.points import MIRROR_FLIP, Diagram, PointCatalog, Side, position
from acudesk.ui.chart import palette as pal
from acudesk.ui.chart import symbols
from acudesk.ui.chart.diagrams import diagram_renderer, profile_side
from acudesk.ui.chart.label_layout import LabelSpec, place_labels

REFERENCE_WIDTH = 640.0
"""The width at which symbols are drawn at their on-screen size; they scale with the image."""
POINT_OPACITY = 0.7
_MAX_STAMPS = 600
_MAX_BACKDROPS = 32

_stamps: dict[tuple[object, ...], tuple[QImage, QPointF]] = {}
_backdrops: dict[tuple[object, ...], tuple[PointCatalog, QImage]] = {}


def backdrops_cached() -> int:
    """How many diagram backdrops are cached (each one SVG rendering)."""
    return len(_backdrops)


def _stamp(
    key: tuple[object, ...], bounds: QRectF, paint: Callable[[QPainter], None]
) -> tuple[QImage, QPointF]:
    """A cached image of a symbol drawn at the origin, and where its top-left sits."""
    found = _stamps.get(key)
    if found is not None:
        return found
    left, top = math.floor(bounds.left()), math.floor(bounds.top())
    width, height = math.ceil(bounds.right()) - left, math.ceil(bounds.bottom()) - top
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-left, -top)
    paint(painter)
    painter.end()
    if len(_stamps) >= _MAX_STAMPS:
        _stamps.clear()
    _stamps[key] = (image, QPointF(left, top))
    return _stamps[key]


def _blit(painter: QPainter, at: QPointF, stamp: tuple[QImage, QPointF]) -> None:
    image, offset = stamp
    painter.drawImage(QPointF(round(at.x() + offset.x()), round(at.y() + offset.y())), image)


def _point_stamp(scale: float) -> tuple[QImage, QPointF]:
    def paint(painter: QPainter) -> None:
        painter.setOpacity(POINT_OPACITY)
        symbols.paint_point(painter, scale=scale)

    r = (pal.POINT_RADIUS + 2) * scale
    return _stamp(("point", round(scale, 3)), QRectF(-r, -r, 2 * r, 2 * r), paint)


def _placement_stamp(placement: Placement, scale: float) -> tuple[QImage, QPointF]:
    def paint(painter: QPainter) -> None:
        symbols.paint_placement(painter, placement.kind, placement.needles, scale=scale)

    e = symbols.SYMBOL_EXTENT * scale
    key = ("placement", placement.kind, placement.needles, round(scale, 3))
    return _stamp(key, QRectF(-e, -e, 2 * e, 2 * e), paint)


def _backdrop(
    catalog: PointCatalog,
    diagram: Diagram,
    size: tuple[int, int],
    side: Side,
    show_points: bool,
) -> QImage:
    """The diagram drawn by its SVG renderer, and its catalogue points (lightly), cached per
    diagram, size, drawn side and catalogue."""
    flipped = diagram.flipped_for(side)
    key = (diagram.id, size, flipped, side if diagram.mirror == MIRROR_FLIP else None, show_points)
    found = _backdrops.get(key)
    if found is not None and found[0] is catalog:
        return found[1]
    width, height = size
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
    if show_points:
        ring = _point_stamp(width / REFERENCE_WIDTH)
        for point in catalog.points_on(diagram.id):
            sides = point.sides()
            if diagram.mirror == MIRROR_FLIP and point.is_bilateral:
                sides = (side,)
            for point_side in sides:
                x, y = position(point, diagram, point_side)
                spot = QPointF((1.0 - x if flipped else x) * width, y * height)
                _blit(painter, spot, ring)
    painter.end()
    if len(_backdrops) >= _MAX_BACKDROPS:
        _backdrops.clear()
    _backdrops[key] = (catalog, image)
    return image


def render_chart(
    doc: ChartDocument,
    catalog: PointCatalog,
    diagram_id: str,
    width: int,
    *,
    show_points: bool = True,
    side: Side | None = None,
    label_scale: float | None = None,
) -> QImage:
    """The diagram, its catalogue points (lightly) and the document's placements on it.

    ``side`` picks the drawn side of a profile view; by default the side with more placements.
    ``label_scale`` sets the needles' codes apart from the symbols (a preview keeps them
    readable); by default they scale with the image.
    Needs a QGuiApplication (any platform, offscreen included) but no view.
    """
    diagram = catalog.diagram(diagram_id)
    height = max(1, round(width * diagram.height / diagram.width))
    placements = doc.on(diagram_id)
    if side is None:
        side = profile_side(placements)
    flipped = diagram.flipped_for(side)
    image = _backdrop(catalog, diagram, (width, height), side, show_points).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = width / REFERENCE_WIDTH

    def at(x: float, y: float) -> QPointF:
        return QPointF((1.0 - x if flipped else x) * width, y * height)

    shown = [p for p in placements if visible_on(p, diagram, side)]
    _paint_links(painter, shown, at, scale)
    for placement in shown:
        _blit(painter, at(placement.x, placement.y), _placement_stamp(placement, scale))
    labels = scale if label_scale is None else label_scale
    _paint_labels(painter, [p for p in shown if p.point], at, width, labels)
    painter.end()
    return image


def _paint_labels(
    painter: QPainter,
    coded: list[Placement],
    at: Callable[[float, float], QPointF],
    width: int,
    scale: float,
) -> None:
    """The needles' codes where the label layout puts them: none over another."""
    specs = []
    for placement in coded:
        spot = at(placement.x, placement.y)
        w, h = _label_size(placement.point or "", scale)
        specs.append(LabelSpec(spot.x(), spot.y(), w, h, spot.x() < width / 2 - 1))
    radius = (pal.SYMBOL_RADIUS + 2) * scale
    boxes = place_labels(specs, radius, (symbols.SYMBOL_EXTENT - 4) * scale)
    for placement, box in zip(coded, boxes, strict=True):
        _blit(painter, QPointF(box.x, box.y), _label_stamp(placement.point or "", scale))


@functools.lru_cache(maxsize=_MAX_STAMPS)
def _label_size(text: str, scale: float) -> tuple[float, float]:
    return symbols.label_size(text, scale)


def _label_stamp(text: str, scale: float) -> tuple[QImage, QPointF]:
    """A point code with its halo, drawn once per code and size (a label's letters are the
    slowest thing on a chart: two text outlines each)."""
    w, h = _label_size(text, scale)

    def paint(painter: QPainter) -> None:
        symbols.paint_label_in(painter, text, QRectF(0, 0, w, h), scale)

    return _stamp(("label", text, round(scale, 3)), QRectF(-2, -2, w + 4, h + 4), paint)


def _paint_links(
    painter: QPainter,
    shown: list[Placement],
    at: Callable[[float, float], QPointF],
    scale: float,
) -> None:
    pairs: dict[str, list[Placement]] = {}
    for placement in shown:
        if placement.electro_pair:
            pairs.setdefault(placement.electro_pair, []).append(placement)
    for ends in pairs.values():
        if len(ends) != 2:
            continue
        line = QLineF(at(ends[0].x, ends[0].y), at(ends[1].x, ends[1].y))
        painter.setPen(symbols.electro_pen(scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(line)
        painter.save()
        painter.translate(line.center())
        symbols.paint_bolt(painter, scale)
        painter.restore()
