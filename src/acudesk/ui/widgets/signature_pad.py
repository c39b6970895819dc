"""A pad the client signs on with a mouse, a pen or a finger; it gives back a cropped PNG."""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QBuffer,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from acudesk.ui.i18n import translate

INK = QColor("#1b2a4a")
PEN_WIDTH = 2.6
CROP_MARGIN = 12  # pixels of paper kept around the ink, at 1x
EXPORT_SCALE = 2.0  # the PNG is drawn at twice the screen size, so it prints crisply
MAX_EXPORT_WIDTH = 1600


def stroke_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through the sampled points: quadratic curves between midpoints."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        path.lineTo(points[0] + QPointF(0.1, 0.1))  # a dot still shows
        return path
    for previous, current in itertools.pairwise(points):
        middle = (previous + current) / 2
        path.quadTo(previous, middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Draw with mouse, pen (tablet) or touch; ``load_png`` shows a stored signature read-only."""

    signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self._stored: QImage | None = None
        self._stored_png = b""
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(QSize(360, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("SignaturePad", "Signature"))
        self.setAccessibleDescription(
            translate("SignaturePad", "Sign here with the mouse, a pen or a finger")
        )
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return QSize(520, 170)

    # --- what the form asks -------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes and self._stored is None

    def clear(self) -> None:
        was_empty = self.is_empty()
        self._strokes.clear()
        self._stored = None
        self._stored_png = b""
        self._set_read_only(False)
        self.update()
        if not was_empty:
            self.signature_changed.emit()

    def load_png(self, png: bytes, *, read_only: bool = True) -> None:
        """Show a stored signature; ``clear()`` makes the pad drawable again."""
        image = QImage.fromData(png)
        self._strokes.clear()
        self._stored = None if image.isNull() else image
        self._stored_png = png if self._stored is not None else b""
        self._set_read_only(read_only and self._stored is not None)
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._set_read_only(read_only)

    def to_png(self) -> bytes:
        """The ink cropped with a small margin, on white, as PNG bytes (b"" when empty)."""
        if self._stored is not None and not self._strokes:
            return self._stored_png
        if not self._strokes:
            return b""
        bounds = QRectF()
        for stroke in self._strokes:
            bounds = bounds.united(stroke_path(stroke).boundingRect())
        bounds = bounds.adjusted(-CROP_MARGIN, -CROP_MARGIN, CROP_MARGIN, CROP_MARGIN)
        scale = min(EXPORT_SCALE, MAX_EXPORT_WIDTH / max(bounds.width(), 1.0))
        size = QSize(max(1, round(bounds.width() * scale)), max(1, round(bounds.height() * scale)))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_Grayscale8).save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes, runtime wants str
        return bytes(buffer.data().data())

    # --- input ----------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        if self._read_only:
            return
        if self._stored is not None:  # drawing over a resumed signature starts afresh
            self._stored = None
            self._stored_png = b""
        self._drawing = True
        self._strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        last = stroke[-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) >= 0.8:
            stroke.append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.update()
            self.signature_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()  # no synthesised mouse events after the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._extend(position)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------------

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def _paint_strokes(self, painter: QPainter) -> None:
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            painter.drawPath(stroke_path(stroke))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 8, 8)
        if self._stored is not None:
            self._paint_stored(painter)
        else:
            self._paint_guide(painter)
            self._paint_strokes(painter)
        painter.end()

    def _paint_guide(self, painter: QPainter) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        baseline = self.height() - 38
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        painter.setPen(muted)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(QPointF(26, baseline - 8), "✕")
        if not self._strokes and not self._read_only:
            small = painter.font()
            small.setPointSizeF(font.pointSizeF() / 1.3)
            painter.setFont(small)
            painter.drawText(
                QRectF(0, baseline + 4, self.width(), 30),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                translate("SignaturePad", "Sign here"),
            )

    def _paint_stored(self, painter: QPainter) -> None:
        assert self._stored is not None
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        size = self._stored.size().toSizeF() / EXPORT_SCALE  # its size when it was drawn
        if size.width() > area.width() or size.height() > area.height():
            size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF(0, 0), size)
        target.moveCenter(area.center())
        painter.drawImage(target, self._stored)
