"""The graphics items of the point map: catalogue points, placements, electro links, pulses.

Symbols ignore the view's zoom (ItemIgnoresTransformations): they keep their size in pixels
and stay crisp while the drawing under them scales.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acudesk.domain.chart import Placement
from acudesk.domain.point_cautions import PointCaution
from acudesk.domain.points import CAUTIONS, Point, Side
from acudesk.ui.chart import palette as pal
from acudesk.ui.chart import symbols
from acudesk.ui.chart.labels import placement_text
from acudesk.ui.i18n import translate

Z_POINT = 10
Z_LINK = 15
Z_PLACEMENT = 20
Z_PULSE = 30


def point_tooltip(point: Point, cautions: list[PointCaution]) -> str:
    """Code, names, location, the catalogue's caution note and this client's cautions."""
    lines = [
        f"<b>{html.escape(point.code)} {html.escape(point.pinyin)}</b>"
        f" · {html.escape(point.english)}",
        f"<span>{html.escape(point.location)}</span>",
    ]
    general = [CAUTIONS.get(c, c) for c in point.cautions]
    if point.caution_note or general:
        note = point.caution_note or "; ".join(general).capitalize() + "."
        caution_text = translate("ChartItems", "Caution: {note}").format(note=html.escape(note))
        lines.append(f"<i>{caution_text}</i>")
    for caution in cautions:
        lines.append(
            "<b>{}</b> {}".format(
                translate("ChartItems", "⚠ For this client:"), html.escape(caution.message)
            )
        )
    return "<p style='white-space:pre-wrap; max-width: 320px'>" + "<br>".join(lines) + "</p>"


class PointItem(QGraphicsItem):
    """A catalogue point on the drawing: a small ring, amber with "!" when cautioned."""

    def __init__(self, point: Point, side: Side) -> None:
        super().__init__()
        self.point = point
        self.side = side
        self.cautioned = False
        self.hovered = False
        self.label_visible = False
        self.leftward = False  # label on the left (points on the left half of the drawing)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(Z_POINT)
        self.set_cautions([])

    @property
    def code(self) -> str:
        return self.point.code

    def set_cautions(self, cautions: list[PointCaution]) -> None:
        self.cautioned = bool(cautions)
        self.setToolTip(point_tooltip(self.point, cautions))
        self.update()

    def set_label_visible(self, visible: bool) -> None:
        if visible != self.label_visible:
            self.prepareGeometryChange()
            self.label_visible = visible

    def boundingRect(self) -> QRectF:
        r = pal.POINT_HIT_RADIUS
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        if self.label_visible:
            label = QRectF(r - 2, -r, 9.0 * len(self.point.code) + 4, 2 * r)
            if self.leftward:
                label.moveRight(-r + 2)
            rect = rect.united(label)
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), pal.POINT_HIT_RADIUS, pal.POINT_HIT_RADIUS)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        symbols.paint_point(painter, cautioned=self.cautioned, hovered=self.hovered)
        if self.label_visible:
            at = QPointF(pal.POINT_RADIUS + 4, 3.5)
            symbols.paint_label(painter, self.point.code, at, 0.9, leftward=self.leftward)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()


class PlacementItem(QGraphicsItem):
    """One placement drawn with its symbol; the scene moves it when the document says so."""

    def __init__(self, placement: Placement) -> None:
        super().__init__()
        self.placement = placement
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(Z_PLACEMENT)
        self.leftward = False
        self.label_box: QRectF | None = None  # in pixels around the needle, from the layout
        self.set_placement(placement)

    @property
    def placement_id(self) -> str:
        return self.placement.id

    def set_placement(self, placement: Placement, point: Point | None = None) -> None:
        self.prepareGeometryChange()
        self.placement = placement
        tip = html.escape(placement_text(placement, point))
        if placement.note:
            tip += f"<br><i>{html.escape(placement.note)}</i>"
        if placement.caution:
            tip += "<br>" + translate("ChartItems", "Confirmed: {reason}").format(
                reason=html.escape(placement.caution)
            )
        self.setToolTip(tip)
        self.update()

    def set_label_box(self, box: QRectF | None) -> None:
        """Where the point code goes (the scene's label layout decides)."""
        if box != self.label_box:
            self.prepareGeometryChange()
            self.label_box = box
            self.update()

    def label_rect(self) -> QRectF | None:
        """The label's box, in pixels around the needle; None for a needle with no code."""
        if not self.placement.point:
            return None
        if self.label_box is not None:
            return self.label_box
        w, h = symbols.label_size(self.placement.point)
        gap = symbols.SYMBOL_EXTENT - 4
        return QRectF(-gap - w if self.leftward else gap, -h / 2, w, h)

    def boundingRect(self) -> QRectF:
        e = symbols.SYMBOL_EXTENT
        rect = QRectF(-e, -e, 2 * e, 2 * e)
        label = self.label_rect()
        return rect if label is None else rect.united(label.adjusted(-1, -1, 1, 1))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = pal.SYMBOL_RADIUS + 2
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self.placement
        symbols.paint_placement(painter, p.kind, p.needles, selected=self.isSelected())
        label = self.label_rect()
        if p.point and label is not None:
            symbols.paint_label_in(painter, p.point, label)


class ElectroLinkItem(QGraphicsItem):
    """A dashed line joining two paired needles, with a bolt at its middle."""

    def __init__(self, first: PlacementItem, second: PlacementItem) -> None:
        super().__init__()
        self.ends = (first, second)
        self.setZValue(Z_LINK)
        self._line = QLineF()
        self._bolt = BoltItem(self)
        self.refresh()

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self._line = QLineF(self.ends[0].pos(), self.ends[1].pos())
        self._bolt.setPos(self._line.center())

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = symbols.electro_pen()
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(self._line)


class BoltItem(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -9, 18, 18)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        symbols.paint_bolt(painter)


class PulseItem(QGraphicsObject):
    """A ring that grows and fades where a point was looked up; removes itself when done."""

    def __init__(self, at: QPointF) -> None:
        super().__init__()
        self.setPos(at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_PULSE)
        self.progress = 0.0
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(1400)
        self.animation.setLoopCount(2)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        self.animation.finished.connect(self._on_animation_finished)

    def start(self) -> None:
        self.animation.start()

    def _on_animation_value_changed(self, value: object) -> None:
        self.progress = float(value)  # type: ignore[arg-type]
        self.update()

    def _on_animation_finished(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)

    def boundingRect(self) -> QRectF:
        return QRectF(-30, -30, 60, 60)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(pal.PULSE)
        colour.setAlphaF(max(0.0, 1.0 - self.progress))
        painter.setPen(QPen(colour, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = 8 + 20 * self.progress
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        painter.setPen(QPen(pal.PULSE, 2))
        painter.drawEllipse(QPointF(0, 0), 9, 9)
