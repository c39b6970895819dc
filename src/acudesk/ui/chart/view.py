"""ChartView: zoom (wheel under the mouse, keys, fit) and pan (background drag, middle button,
arrow keys) over a ChartScene."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from acudesk.ui.chart.scene import ChartScene
from acudesk.ui.i18n import translate

ZOOM_STEP = 1.25
MAX_ZOOM = 12.0  # times the fitted scale
LABEL_ZOOM = 1.9  # point codes appear from this zoom (times fitted) on


class ChartView(QGraphicsView):
    """Shows a ChartScene; keeps "fit" until the user zooms, so resizing refits."""

    zoom_changed = Signal(float)  # zoom relative to fit (1.0 = fitted)

    def __init__(self, scene: ChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chart_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("ChartHost", "Point map"))
        self._fitted = True
        self._panning_from: QPoint | None = None

    def zoom(self) -> float:
        """Current zoom relative to the fitted scale."""
        fit = self._fit_scale()
        return self.transform().m11() / fit if fit else 1.0

    def _fit_scale(self) -> float:
        rect = self.chart_scene.sceneRect()
        if rect.isEmpty():
            return 1.0
        viewport = self.viewport().rect()
        return min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def fit(self) -> None:
        self._fitted = True
        self.resetTransform()
        self.fitInView(self.chart_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        current = self.zoom()
        factor = max(0.5 / current, min(MAX_ZOOM / current, factor))
        if abs(factor - 1.0) < 1e-6:
            return
        self._fitted = False
        if anchor is None:
            previous = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(previous)
        else:
            self.scale(factor, factor)
        self._zoomed()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def centre_on_scene(self, pos: QPointF, zoom: float | None = None) -> None:
        if zoom is not None and self.zoom() < zoom:
            self.zoom_by(zoom / self.zoom())
        self.centerOn(pos)

    def _zoomed(self) -> None:
        zoom = self.zoom()
        self.chart_scene.set_pixel_scale(self.transform().m11())
        self.chart_scene.set_point_labels(zoom >= LABEL_ZOOM)
        self.zoom_changed.emit(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None:
            delta = event.position().toPoint() - self._panning_from
            self._panning_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
