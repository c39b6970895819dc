"""Small drawn icons for the point map's toolbar (zoom, fit, undo, redo, sides): the same on
every desktop, with no icon theme to depend on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from acudesk.ui.chart import palette as pal

SIZE = 32  # drawn at twice the 16 px shown, so it stays crisp on a high-density screen


def _icon(draw: Callable[[QPainter], None]) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(pal.LABEL), 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter)
    painter.end()
    return QIcon(pixmap)


def _lens(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(13, 13), 9, 9)
    painter.drawLine(QPointF(20, 20), QPointF(28, 28))


def zoom_in_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        _lens(painter)
        painter.drawLine(QPointF(9, 13), QPointF(17, 13))
        painter.drawLine(QPointF(13, 9), QPointF(13, 17))

    return _icon(draw)


def zoom_out_icon() -> QIcon:
    def draw(painter: QPainter) -> None:
        _lens(painter)
        painter.drawLine(QPointF(9, 13), QPointF(17, 13))

    return _icon(draw)


def fit_icon() -> QIcon:
    """Four corners of a frame: the whole drawing in view."""

    def draw(painter: QPainter) -> None:
        for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            painter.drawLine(QPointF(x, y), QPointF(x + 8 * dx, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 8 * dy))
        painter.drawRect(QRectF(11, 11, 10, 10))

    return _icon(draw)


def _turn(painter: QPainter, mirrored: bool) -> None:
    """A curved arrow turning back (undo), or forward when ``mirrored`` (redo)."""
    if mirrored:
        painter.translate(SIZE, 0)
        painter.scale(-1, 1)
    path = QPainterPath(QPointF(8, 12))
    path.cubicTo(QPointF(16, 4), QPointF(30, 8), QPointF(26, 20))
    path.cubicTo(QPointF(24, 26), QPointF(18, 28), QPointF(12, 27))
    painter.drawPath(path)
    painter.drawLine(QPointF(8, 12), QPointF(8, 4))
    painter.drawLine(QPointF(8, 12), QPointF(16, 13))


def undo_icon() -> QIcon:
    return _icon(lambda painter: _turn(painter, False))


def redo_icon() -> QIcon:
    return _icon(lambda painter: _turn(painter, True))


def sides_icon(both: bool) -> QIcon:
    """A face's outline with a dot on one cheek, or on both."""

    def draw(painter: QPainter) -> None:
        painter.drawEllipse(QRectF(7, 3, 18, 26))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(pal.NEEDLE))
        painter.drawEllipse(QPointF(11.5, 18), 3.2, 3.2)
        if both:
            painter.drawEllipse(QPointF(20.5, 18), 3.2, 3.2)

    return _icon(draw)
