"""Drawing the chart's symbols at the origin, in pixels: shared by the scene and the renderer.

The scene's items ignore the view's zoom and call these with ``scale`` 1; the PNG renderer
calls them with a scale that follows the image width, so a thumbnail and a poster look alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from acudesk.domain.chart import PlacementKind
from acudesk.ui.chart import palette as pal

SYMBOL_EXTENT = 13.0  # half the side of the square any symbol (with badge and halo) fits in


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def label_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(pal.LABEL_POINT_SIZE * scale)
    font.setBold(bold)
    return font


def paint_point(
    painter: QPainter,
    *,
    cautioned: bool = False,
    hovered: bool = False,
    scale: float = 1.0,
) -> None:
    """A catalogue point: a small ring; amber with "!" when it carries a caution for this client."""
    if cautioned:
        radius = (pal.POINT_RADIUS + 2.0) * scale
        painter.setPen(_pen(pal.CAUTION, 1.6 * scale))
        painter.setBrush(pal.CAUTION_FILL)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        font = label_font(scale * 0.95, bold=True)
        painter.setFont(font)
        painter.setPen(pal.CAUTION)
        painter.drawText(
            QRectF(-radius, -radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter, "!"
        )
        return
    radius = pal.POINT_RADIUS * scale
    colour = pal.POINT_HOVER if hovered else pal.POINT_RING
    painter.setPen(_pen(colour, (1.8 if hovered else 1.2) * scale))
    painter.setBrush(pal.POINT_FILL)
    painter.drawEllipse(QPointF(0, 0), radius, radius)


def paint_placement(
    painter: QPainter,
    kind: PlacementKind,
    needles: int = 1,
    *,
    selected: bool = False,
    scale: float = 1.0,
) -> None:
    """A needle (dot, count badge when more than one), a free mark (cross) or a reaction."""
    if selected:
        halo = (pal.SYMBOL_RADIUS + 3.5) * scale
        painter.setPen(_pen(pal.SELECTION, 2.0 * scale))
        wash = QColor(pal.SELECTION)
        wash.setAlpha(40)
        painter.setBrush(wash)
        painter.drawEllipse(QPointF(0, 0), halo, halo)
    if kind is PlacementKind.NEEDLE:
        _paint_needle(painter, needles, scale)
    elif kind is PlacementKind.MARK:
        _paint_cross(painter, scale)
    elif kind is PlacementKind.BRUISE:
        _paint_bruise(painter, scale)
    elif kind is PlacementKind.BLEEDING:
        _paint_drop(painter, scale)
    else:
        _paint_redness(painter, scale)


def _paint_needle(painter: QPainter, needles: int, scale: float) -> None:
    radius = pal.NEEDLE_RADIUS * scale
    painter.setPen(_pen(pal.NEEDLE_RIM, 1.6 * scale))
    painter.setBrush(pal.NEEDLE)
    painter.drawEllipse(QPointF(0, 0), radius, radius)
    if needles > 1:
        centre = QPointF(radius + 2.5 * scale, -radius - 1.5 * scale)
        badge = 5.2 * scale
        painter.setPen(_pen(pal.NEEDLE_RIM, 1.2 * scale))
        painter.setBrush(pal.BADGE)
        painter.drawEllipse(centre, badge, badge)
        painter.setFont(label_font(scale * 0.9, bold=True))
        painter.setPen(pal.BADGE_TEXT)
        box = QRectF(centre.x() - badge, centre.y() - badge, 2 * badge, 2 * badge)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(needles))


def _paint_cross(painter: QPainter, scale: float) -> None:
    arm = 5.0 * scale
    for colour, width in ((pal.NEEDLE_RIM, 4.2), (pal.MARK, 2.0)):
        painter.setPen(_pen(colour, width * scale))
        painter.drawLine(QPointF(-arm, -arm), QPointF(arm, arm))
        painter.drawLine(QPointF(-arm, arm), QPointF(arm, -arm))


def _paint_bruise(painter: QPainter, scale: float) -> None:
    path = QPainterPath()
    r = pal.SYMBOL_RADIUS * scale
    path.moveTo(-r, 0.1 * r)
    path.cubicTo(-r, -0.9 * r, 0.2 * r, -1.1 * r, 0.8 * r, -0.5 * r)
    path.cubicTo(1.2 * r, 0.0, 0.8 * r, 0.9 * r, 0.0, 0.85 * r)
    path.cubicTo(-0.6 * r, 0.8 * r, -r, 0.6 * r, -r, 0.1 * r)
    fill = QColor(pal.BRUISE)
    fill.setAlpha(150)
    painter.setPen(_pen(pal.BRUISE, 1.4 * scale))
    painter.setBrush(fill)
    painter.drawPath(path)


def _paint_drop(painter: QPainter, scale: float) -> None:
    r = pal.SYMBOL_RADIUS * scale * 0.75
    path = QPainterPath()
    path.moveTo(0, -1.9 * r)
    path.cubicTo(0.5 * r, -0.9 * r, r, -0.4 * r, r, 0.25 * r)
    path.arcTo(QRectF(-r, -0.75 * r, 2 * r, 2 * r), 0, -180)
    path.cubicTo(-r, -0.4 * r, -0.5 * r, -0.9 * r, 0, -1.9 * r)
    painter.setPen(_pen(pal.NEEDLE_RIM, 1.4 * scale))
    painter.setBrush(pal.BLEEDING)
    painter.drawPath(path.translated(0, 0.45 * r))


def _paint_redness(painter: QPainter, scale: float) -> None:
    r = (pal.SYMBOL_RADIUS + 1.0) * scale
    fill = QColor(pal.REDNESS)
    fill.setAlpha(70)
    painter.setPen(_pen(pal.REDNESS, 1.4 * scale, Qt.PenStyle.DotLine))
    painter.setBrush(fill)
    painter.drawEllipse(QPointF(0, 0), r, r)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pal.REDNESS)
    painter.drawEllipse(QPointF(0, 0), 2.2 * scale, 2.2 * scale)


def paint_label(
    painter: QPainter, text: str, at: QPointF, scale: float = 1.0, *, leftward: bool = False
) -> None:
    """Small text with a white halo, so it reads over the drawing's lines.

    ``at`` is the baseline start; with ``leftward`` the text ends at ``-at.x()`` instead, so
    labels on the left half of a drawing point away from the middle and do not collide.
    """
    path = QPainterPath()
    path.addText(at, label_font(scale, bold=True), text)
    if leftward:
        path.translate(-2 * at.x() - path.boundingRect().width(), 0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(pal.LABEL_HALO, 3.0 * scale))
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(pal.LABEL))
    painter.drawPath(path)


LABEL_HALO_WIDTH = 3.0  # the white halo around a label's letters, in pixels at scale 1


def label_size(text: str, scale: float = 1.0) -> tuple[float, float]:
    """The box a label needs (its letters and their halo), in pixels."""
    metrics = QFontMetricsF(label_font(scale, bold=True))
    halo = LABEL_HALO_WIDTH * scale
    return metrics.horizontalAdvance(text) + halo, metrics.ascent() + metrics.descent() + halo


def paint_label_in(painter: QPainter, text: str, box: QRectF, scale: float = 1.0) -> None:
    """A label drawn inside ``box`` (as given by ``label_size`` and the label layout)."""
    halo = LABEL_HALO_WIDTH * scale / 2
    ascent = QFontMetricsF(label_font(scale, bold=True)).ascent()
    paint_label(painter, text, QPointF(box.left() + halo, box.top() + halo + ascent), scale)


def paint_bolt(painter: QPainter, scale: float = 1.0) -> None:
    """The electro-stimulation glyph drawn at the middle of a pair's line."""
    s = scale
    bolt = QPolygonF(
        [
            QPointF(1.5 * s, -7 * s),
            QPointF(-4 * s, 1 * s),
            QPointF(-0.3 * s, 1 * s),
            QPointF(-1.5 * s, 7 * s),
            QPointF(4 * s, -1 * s),
            QPointF(0.3 * s, -1 * s),
        ]
    )
    painter.setPen(_pen(pal.NEEDLE_RIM, 3.0 * s))
    painter.setBrush(pal.BOLT)
    painter.drawPolygon(bolt)
    painter.setPen(_pen(pal.BOLT_RIM, 1.0 * s))
    painter.drawPolygon(bolt)


def electro_pen(scale: float = 1.0) -> QPen:
    pen = QPen(pal.ELECTRO, 1.8 * scale, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen
