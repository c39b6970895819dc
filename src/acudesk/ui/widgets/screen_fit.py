"""Windows and dialogs sized to the screen they open on: the size they would like, never more
than the room a 1366x768 laptop leaves (its available geometry, less the title bar)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # what the window manager's frame takes above the window's own area
FRAME = 8


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Resize to ``width`` x ``height`` or to what fits on the screen (``area``: the screen's
    available geometry unless given), and keep the window on it; long content scrolls."""
    area = area if area is not None else available_area(window)
    w = min(width, area.width() - FRAME)
    h = min(height, area.height() - TITLE_BAR - FRAME)
    window.resize(max(w, 200), max(h, 200))
    x = area.x() + max(0, (area.width() - window.width()) // 2)
    y = area.y() + max(0, (area.height() - window.height() - TITLE_BAR) // 2)
    window.move(x, y)
