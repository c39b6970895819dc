"""Zoom of the book's day and week: Ctrl+= / Ctrl+- / Ctrl+0 and a control on the Book.

Zooming stretches the hours (an hour is 64 pixels at 100 %) and keeps the time that was under
the middle of the view there, so the person does not lose their place.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from acudesk.ui.book.book_canvas import HEADER
from acudesk.ui.book.book_day_view import HOUR_HEIGHT, BookDayView
from acudesk.ui.i18n import translate

LEVELS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def zoom_view(view: BookDayView, factor: float) -> None:
    """Redraw ``view`` with hours ``factor`` times as tall, the time at its centre kept."""
    middle = view.mapToScene(view.viewport().rect().center())
    hours = (middle.y() - HEADER) / view.hour_height
    view.hour_height = HOUR_HEIGHT * factor
    view.redraw()
    view.centerOn(middle.x(), HEADER + hours * view.hour_height)


class ZoomControl(QWidget):
    """− 100 % + : the buttons and what the zoom is; the shortcuts work on the whole Book."""

    zoomed = Signal(float)

    def __init__(
        self, view: BookDayView, shortcuts_on: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self.factor = 1.0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.out_button = QToolButton(self)
        self.out_button.setText("−")
        self.out_button.setAccessibleName(translate("ZoomControl", "Zoom out"))
        self.out_button.setToolTip(translate("ZoomControl", "Zoom out (Ctrl+-)"))
        self.level_label = QLabel(self)
        self.level_label.setAccessibleName(translate("ZoomControl", "Zoom"))
        self.level_label.setToolTip(translate("ZoomControl", "Back to 100 % with Ctrl+0"))
        self.in_button = QToolButton(self)
        self.in_button.setText("+")
        self.in_button.setAccessibleName(translate("ZoomControl", "Zoom in"))
        self.in_button.setToolTip(translate("ZoomControl", "Zoom in (Ctrl+=)"))
        for widget in (self.out_button, self.level_label, self.in_button):
            layout.addWidget(widget)
        self.out_button.clicked.connect(lambda: self.step(-1))
        self.in_button.clicked.connect(lambda: self.step(1))
        for keys, slot in (
            ("Ctrl+=", lambda: self.step(1)),
            ("Ctrl++", lambda: self.step(1)),
            ("Ctrl+-", lambda: self.step(-1)),
            ("Ctrl+0", lambda: self.set_factor(1.0)),
        ):
            QShortcut(QKeySequence(keys), shortcuts_on, slot)
        self._show()

    def step(self, direction: int) -> None:
        index = min(range(len(LEVELS)), key=lambda i: abs(LEVELS[i] - self.factor))
        self.set_factor(LEVELS[max(0, min(len(LEVELS) - 1, index + direction))])

    def set_factor(self, factor: float) -> None:
        if factor != self.factor:
            self.factor = factor
            zoom_view(self._view, factor)
            self._show()
            self.zoomed.emit(factor)

    def _show(self) -> None:
        self.level_label.setText(
            translate("ZoomControl", "{percent} %").format(percent=round(self.factor * 100))
        )
        self.out_button.setEnabled(self.factor > LEVELS[0])
        self.in_button.setEnabled(self.factor < LEVELS[-1])
