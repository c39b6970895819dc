"""ChartScene: one diagram of a chart document, mirrored item for item.

The scene keeps a map placement id → PlacementItem and follows the document's change events.
It never changes the document: clicks, drags and pairing become signals that the editor turns
into undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, visible_on
from acudesk.domain.point_cautions import PointCaution, cautions_for
from acudesk.domain.points import PointCatalog, Side, position
from acudesk.ui.chart import palette as pal
from acudesk.ui.chart import symbols
from acudesk.ui.chart.diagrams import diagram_renderer
from acudesk.ui.chart.items import ElectroLinkItem, PlacementItem, PointItem, PulseItem
from acudesk.ui.chart.label_layout import LabelSpec, place_labels

MARGIN = 24.0


class ChartScene(QGraphicsScene):
    """The drawing, its catalogue points and the document's placements on one diagram."""

    point_clicked = Signal(str, object)  # point code, side of the point item clicked
    free_clicked = Signal(object, float, float)  # PlacementKind, x, y (document frame)
    move_requested = Signal(str, float, float, int)  # placement id, x, y, drag number
    pair_chosen = Signal(str, str)  # first and second needle
    pairing_ended = Signal()
    menu_requested = Signal(str, QPoint)  # placement id, screen position

    def __init__(self, catalog: PointCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.diagram_id = ""
        self.side = Side.RIGHT
        self.tool = "needle"
        self.read_only = False
        self.pairing_from: str | None = None
        self._doc: ChartDocument | None = None
        self._cautions: dict[str, list[PointCaution]] = {}
        self._svg: QGraphicsSvgItem | None = None
        self._points: dict[tuple[str, Side], PointItem] = {}
        self._items: dict[str, PlacementItem] = {}
        self._links: list[ElectroLinkItem] = []
        self._labels = False
        self.pixel_scale = 1.0  # the view's zoom: pixels per scene unit, for the label layout
        self._drag: tuple[str, QPointF] | None = None
        self._drag_number = 0
        self._dragging = False
        self.setBackgroundBrush(pal.BACKDROP)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # What is shown

    def set_document(self, doc: ChartDocument) -> None:
        if self._doc is not None:
            self._doc.unsubscribe(self._on_document_event)
        self._doc = doc
        doc.subscribe(self._on_document_event)
        self._rebuild_placements()

    def document(self) -> ChartDocument | None:
        return self._doc

    def show_diagram(self, diagram_id: str, side: Side = Side.RIGHT) -> None:
        """Show a diagram; ``side`` picks the mirrored drawing on a profile view."""
        diagram = self.catalog.diagram(diagram_id)
        self.diagram_id = diagram_id
        self.side = side if diagram.mirror == "flip" else Side.RIGHT
        self.pairing_from = None
        # Forget the items first: clear() deletes them and announces the selection change.
        self._points.clear()
        self._items.clear()
        self._links.clear()
        self.clear()
        self._svg = QGraphicsSvgItem()
        self._svg.setSharedRenderer(diagram_renderer(diagram))
        self._svg.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        bounds = self._svg.boundingRect()
        sx, sy = diagram.width / bounds.width(), diagram.height / bounds.height()
        transform = QTransform.fromScale(sx, sy)
        if self.flipped:
            transform = transform * QTransform(-1, 0, 0, 1, diagram.width, 0)
        self._svg.setTransform(transform)
        self.addItem(self._svg)
        self.setSceneRect(
            QRectF(0, 0, diagram.width, diagram.height).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        )
        for point in self.catalog.points_on(diagram_id):
            sides = point.sides()
            if diagram.mirror == "flip" and point.is_bilateral:
                sides = (self.side,)
            for side in sides:
                item = PointItem(point, side)
                # The view's side decides the mirroring: midline points flip with the drawing.
                item.setPos(self.to_scene(*position(point, diagram, side)))
                item.leftward = item.pos().x() < diagram.width / 2 - 1
                self.addItem(item)
                self._points[(point.code, side)] = item
        self._apply_cautions()
        self._rebuild_placements()

    @property
    def flipped_diagram(self) -> bool:
        """True on a profile view (one side drawn, the other shown mirrored)."""
        return bool(self.diagram_id) and self.catalog.diagram(self.diagram_id).mirror == "flip"

    @property
    def flipped(self) -> bool:
        return self.catalog.diagram(self.diagram_id).flipped_for(self.side)

    def diagram_rect(self) -> QRectF:
        diagram = self.catalog.diagram(self.diagram_id)
        return QRectF(0, 0, diagram.width, diagram.height)

    def set_cautions(self, cautions: dict[str, list[PointCaution]]) -> None:
        self._cautions = cautions
        self._apply_cautions()

    def _apply_cautions(self) -> None:
        for (code, side), item in self._points.items():
            item.set_cautions(cautions_for(self._cautions, code, side))

    def set_pixel_scale(self, scale: float) -> None:
        """The view's zoom changed: lay the needles' labels out again for it."""
        self.pixel_scale = scale
        lay_out_labels(self)

    def set_point_labels(self, visible: bool) -> None:
        self._labels = visible
        covered = {(i.placement.point, i.placement.side) for i in self._items.values()}
        for key, item in self._points.items():
            item.set_label_visible(visible and key not in covered)

    # Coordinates: the document's frame is the drawing's own (0..1); the scene shows it
    # mirrored on the left profile.

    def to_scene(self, x: float, y: float) -> QPointF:
        rect = self.diagram_rect()
        shown_x = 1.0 - x if self.flipped else x
        return QPointF(shown_x * rect.width(), y * rect.height())

    def from_scene(self, pos: QPointF) -> tuple[float, float]:
        rect = self.diagram_rect()
        x = min(1.0, max(0.0, pos.x() / rect.width()))
        y = min(1.0, max(0.0, pos.y() / rect.height()))
        return (1.0 - x if self.flipped else x), y

    def shows(self, placement: Placement) -> bool:
        if not self.diagram_id:
            return False
        return visible_on(placement, self.catalog.diagram(self.diagram_id), self.side)

    # Items

    def placement_item(self, placement_id: str) -> PlacementItem | None:
        return self._items.get(placement_id)

    def placement_items(self) -> list[PlacementItem]:
        return list(self._items.values())

    def point_item(self, code: str, side: Side = Side.MIDLINE) -> PointItem | None:
        return self._points.get((code, side)) or next(
            (item for (c, _), item in self._points.items() if c == code), None
        )

    def links(self) -> list[ElectroLinkItem]:
        return list(self._links)

    def selected_ids(self) -> list[str]:
        return [i.placement_id for i in self._items.values() if i.isSelected()]

    def select_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        for pid, item in self._items.items():
            item.setSelected(pid in wanted)

    def pulse(self, code: str) -> PointItem | None:
        """Highlight a point with a short pulse; returns its item (None if not on this view)."""
        item = self.point_item(code, self.side)
        if item is not None:
            pulse = PulseItem(item.pos())
            self.addItem(pulse)
            pulse.start()
        return item

    def _rebuild_placements(self) -> None:
        for item in self._items.values():
            self.removeItem(item)
        self._items.clear()
        if self._doc is not None and self.diagram_id:
            for placement in self._doc:
                if self.shows(placement):
                    self._add_item(placement)
        self._rebuild_links()
        lay_out_labels(self)

    def _add_item(self, placement: Placement) -> None:
        item = PlacementItem(placement)
        item.set_placement(placement, self.catalog.points.get(placement.point or ""))
        item.setPos(self.to_scene(placement.x, placement.y))
        self.addItem(item)
        self._items[placement.id] = item

    def _rebuild_links(self) -> None:
        for link in self._links:
            self.removeItem(link)
        self._links.clear()
        ends: dict[str, list[PlacementItem]] = {}
        for item in self._items.values():
            if item.placement.electro_pair:
                ends.setdefault(item.placement.electro_pair, []).append(item)
        for pair in ends.values():
            if len(pair) == 2:
                link = ElectroLinkItem(pair[0], pair[1])
                self.addItem(link)
                self._links.append(link)

    def _on_document_event(self, event: str, placement: Placement) -> None:
        if not self.diagram_id:
            return
        item = self._items.get(placement.id)
        if event == "removed" or not self.shows(placement):
            if item is not None:
                self.removeItem(self._items.pop(placement.id))
        elif item is None:
            self._add_item(placement)
        else:
            old = item.placement
            item.set_placement(placement, self.catalog.points.get(placement.point or ""))
            item.setPos(self.to_scene(placement.x, placement.y))
            if old.electro_pair == placement.electro_pair and not placement.electro_pair:
                lay_out_labels(self)
                return
        self._rebuild_links()
        lay_out_labels(self)
        if self._labels:
            self.set_point_labels(True)

    # Mouse

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        hit = _item_at(self, event.scenePos(), _view_transform(event.widget()))
        modifiers = event.modifiers()
        if self.pairing_from is not None:
            first, self.pairing_from = self.pairing_from, None
            if (
                isinstance(hit, PlacementItem)
                and hit.placement.kind is PlacementKind.NEEDLE
                and hit.placement_id != first
            ):
                self.pair_chosen.emit(first, hit.placement_id)
            self.pairing_ended.emit()
            event.accept()
            return
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if isinstance(hit, PlacementItem) and not shift:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                hit.setSelected(not hit.isSelected())
            elif not hit.isSelected():
                self.select_ids([hit.placement_id])
            if not self.read_only:
                self._drag_number += 1
                self._drag = (hit.placement_id, event.screenPos().toPointF())
                self._dragging = False
            event.accept()
            return
        if self.read_only:
            event.ignore()
            return
        x, y = self.from_scene(event.scenePos())
        if self.tool not in ("needle", "mark"):
            self.free_clicked.emit(PlacementKind(self.tool), x, y)
        elif shift:
            kind = PlacementKind.MARK if self.tool == "mark" else PlacementKind.NEEDLE
            self.free_clicked.emit(kind, x, y)
        elif isinstance(hit, PointItem) and self.tool == "needle":
            self.point_clicked.emit(hit.code, hit.side)
        else:
            self.clearSelection()
            event.ignore()
            return
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        placement_id, start = self._drag
        moved = (event.screenPos().toPointF() - start).manhattanLength()
        if not self._dragging and moved < QApplication.startDragDistance():
            return
        self._dragging = True
        x, y = self.from_scene(event.scenePos())
        self.move_requested.emit(placement_id, x, y, self._drag_number)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self._dragging = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        hit = _item_at(self, event.scenePos(), _view_transform(event.widget()))
        if isinstance(hit, PlacementItem):
            if not hit.isSelected():
                self.select_ids([hit.placement_id])
            self.menu_requested.emit(hit.placement_id, event.screenPos())
            event.accept()
        else:
            event.ignore()


def lay_out_labels(scene: ChartScene) -> None:
    """Give every needle's code a spot that overlaps no other label and no needle, at the
    view's zoom and in the document's order (an earlier label stays put when a later needle is
    added); labels on the left half point left."""
    items = scene.placement_items()
    middle = scene.diagram_rect().width() / 2 - 1 if scene.diagram_id else 0.0
    specs = []
    for item in items:
        item.leftward = item.pos().x() < middle
        code = item.placement.point
        w, h = symbols.label_size(code) if code else (0.0, 0.0)  # a mark: only in the way
        pos = item.pos() * scene.pixel_scale
        specs.append(LabelSpec(pos.x(), pos.y(), w, h, item.leftward))
    boxes = place_labels(specs, pal.SYMBOL_RADIUS + 2, symbols.SYMBOL_EXTENT - 4)
    for item, spec, box in zip(items, specs, boxes, strict=True):
        item.set_label_box(QRectF(box.x - spec.x, box.y - spec.y, box.w, box.h))


def _view_transform(widget: QWidget | None) -> QTransform:
    """The zoom of the view an event came through (items ignore it, so hits must not)."""
    view = widget.parentWidget() if widget is not None else None
    return view.viewportTransform() if isinstance(view, QGraphicsView) else QTransform()


def _item_at(scene: QGraphicsScene, pos: QPointF, transform: QTransform) -> QGraphicsItem | None:
    """The placement under the pointer, else the point; the nearest when several overlap."""
    hits = [
        item
        for item in scene.items(
            pos,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            transform,
        )
        if isinstance(item, PlacementItem | PointItem)
    ]
    if not hits:
        return None
    at = transform.map(pos)

    def rank(item: QGraphicsItem) -> tuple[int, float]:
        offset = transform.map(item.scenePos()) - at
        return (0 if isinstance(item, PlacementItem) else 1, QPointF.dotProduct(offset, offset))

    return min(hits, key=rank)
