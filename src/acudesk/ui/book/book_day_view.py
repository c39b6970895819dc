"""One day of the book: a column per room (or practitioner), hours down the side.

A QGraphicsScene redrawn from plain values (columns, appointments) on every change; an empty
slot double-clicked (or Enter on the selected slot) asks to book there, an appointment clicked
selects it. Privacy mode draws the service alone, without the client's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from acudesk.domain.appointments import Appointment
from acudesk.ui.book.book_canvas import GUTTER, HEADER, BookCanvas, Layout
from acudesk.ui.book.book_items import SELECTED_PEN_COLOUR, AppointmentItem, BookScene, Column
from acudesk.ui.i18n import translate

HOUR_HEIGHT = 64.0  # at 100 %
DAY_COLUMN = 150.0  # the narrowest a room's or practitioner's column gets
WEEK_COLUMN = 96.0  # and a day's in the week
SLOT_MINUTES = 15
SNAP = 5  # minutes a drag moves by
EDGE = 6.0  # pixels of an appointment's bottom edge that resize it


@dataclass
class _Drag:
    item: AppointmentItem
    origin: QPointF
    original: QRectF
    resizing: bool
    checked: tuple[datetime, int | None, int] | None = None
    last_top: float = 0.0

    def __post_init__(self) -> None:
        self.last_top = self.original.top()


class BookDayView(QGraphicsView):
    """The day drawn; signals carry what the person chose."""

    slot_chosen = Signal(object, object)  # column key (None in a week), start (aware UTC)
    appointment_selected = Signal(object)  # Appointment or None
    # Dropped after a drag: the appointment, its new start, column key, length in minutes.
    appointment_dropped = Signal(object, object, object, int)
    drawn = Signal()  # after every drawing (the legend follows what is shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(BookScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(translate("BookDayView", "Day of the book"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A day is taller than the screen: with the bar always there the columns' width is
        # worked out once and the day never gains a sideways scroll bar by a few pixels.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._columns: list[Column] = []
        self._day = date(2000, 1, 1)
        self._zone = ZoneInfo("UTC")
        self._hours = (time(8), time(20))
        self._now: datetime | None = None
        self._private = False
        self._column_width = DAY_COLUMN
        self._min_column = DAY_COLUMN
        self.hour_height = HOUR_HEIGHT  # the zoom stretches it
        # The colour of each appointment (by status unless the Book's look says otherwise).
        self.fill: Callable[[Appointment], str] | None = None
        self._shown: Sequence[Appointment] = ()
        self.appointment_items: list[AppointmentItem] = []
        self._canvas = BookCanvas(self.scene())
        self.scene().selectionChanged.connect(self._on_scene_selection_changed)
        # Set by the screen: what would stop a drop (appointment, start, column key, minutes).
        self.checker: Callable[[Appointment, datetime, int | None, int], list[str]] | None = None
        self._drag: _Drag | None = None
        self._marked: list[AppointmentItem] = []

    def show_day(
        self,
        day: date,
        zone: ZoneInfo,
        columns: Sequence[Column],
        appointments: Sequence[Appointment],
        *,
        hours: tuple[time, time] = (time(8), time(20)),
        now: datetime | None = None,
        private: bool = False,
        min_column: float = DAY_COLUMN,
    ) -> None:
        self._min_column = min_column
        self._day, self._zone, self._columns = day, zone, list(columns)
        self._hours, self._now, self._private = hours, now, private
        self._draw(appointments)

    def y_of(self, moment: datetime) -> float:
        """The height of ``moment``'s wall time on its own day (days of a week side by side)."""
        return self._layout().y_of_local(moment.astimezone(self._zone))

    def moment_at(self, y: float, day: date | None = None) -> datetime:
        """The slot start (rounded down to 15 minutes) at a height of the scene, in UTC."""
        minutes = max(0.0, (y - HEADER) * 60 / self.hour_height)
        minutes -= minutes % SLOT_MINUTES
        local = datetime.combine(day or self._day, self._hours[0]) + timedelta(minutes=minutes)
        return local.replace(tzinfo=self._zone).astimezone(ZoneInfo("UTC"))

    def current_layout(self) -> Layout:
        """Where the day shown puts things: its columns, their width, the hours."""
        return self._layout()

    def column_at(self, x: float) -> Column | None:
        index = int((x - GUTTER) // self._column_width)
        return self._columns[index] if 0 <= index < len(self._columns) and x >= GUTTER else None

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        width = self._fit_width()
        if abs(width - self._column_width) > 1:
            self.redraw()

    def redraw(self) -> None:
        """Draw what is shown again: after a zoom, a resize, a change of colours."""
        self._draw(self._shown)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = self.mapToScene(event.position().toPoint())
        item = self._appointment_at(point)
        if item is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not item.appointment.status.holds_time:
            return
        resizing = item.rect().bottom() - point.y() <= EDGE
        self._drag = _Drag(item, point, item.rect(), resizing)
        self._canvas.forget(item)  # whatever the drop does, it is drawn anew

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        start, column, minutes = self._dragged(drag, point)
        if column is None:
            return
        x = GUTTER + self._columns.index(column) * self._column_width
        top = self.y_of(start)
        bottom = top + minutes * self.hour_height / 60
        drag.item.setRect(QRectF(x + 3, top + 1, self._column_width - 6, bottom - top - 2))
        for child in drag.item.childItems():
            child.setPos(x + 8, child.pos().y() + (top + 1 - drag.last_top))
        drag.last_top = top + 1
        key = (start, column.key, minutes)
        if key != drag.checked:
            drag.checked = key
            problems = (
                self.checker(drag.item.appointment, start, column.key, minutes)
                if self.checker
                else []
            )
            drag.item.show_clash(problems)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        super().mouseReleaseEvent(event)
        if drag is None or drag.checked is None:
            return
        start, key, minutes = drag.checked
        appointment = drag.item.appointment
        moved = start != appointment.start or (key is not None and key != self._key_of(appointment))
        resized = minutes != int((appointment.end - appointment.start).total_seconds() // 60)
        if moved or resized:
            self.appointment_dropped.emit(appointment, start, key, minutes)

    def _key_of(self, appointment: Appointment) -> int | None:
        by_room = self._columns[0].by_room if self._columns else True
        return appointment.room_id if by_room else appointment.practitioner_id

    def _dragged(self, drag: _Drag, point: QPointF) -> tuple[datetime, Column | None, int]:
        appointment = drag.item.appointment
        length = int((appointment.end - appointment.start).total_seconds() // 60)
        if drag.resizing:
            grown = (point.y() - drag.origin.y()) * 60 / self.hour_height
            minutes = max(SNAP, round((length + grown) / SNAP) * SNAP)
            column = self.column_at(drag.original.center().x())
            return appointment.start, column, minutes
        shift = (point.y() - drag.origin.y()) * 60 / self.hour_height
        start = appointment.start + timedelta(minutes=round(shift / SNAP) * SNAP)
        column = self.column_at(point.x())
        if column is not None and column.day is not None:
            start += timedelta(
                days=(column.day - appointment.start.astimezone(self._zone).date()).days
            )
        return start, column, length

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        if self.itemAt(event.position().toPoint()) and self._appointment_at(point):
            return
        column = self.column_at(point.x())
        if column is not None and point.y() > HEADER:
            self.slot_chosen.emit(column.key, self.moment_at(point.y(), column.day))

    def _appointment_at(self, point: QPointF) -> AppointmentItem | None:
        for item in self.appointment_items:
            if item.rect().contains(point):
                return item
        return None

    def _fit_width(self) -> float:
        if not self._columns:
            return self._min_column
        room = self.viewport().width() - GUTTER - 4
        return max(self._min_column, room / len(self._columns))

    def _layout(self) -> Layout:
        return Layout(
            self._day,
            self._zone,
            tuple(self._columns),
            self._column_width,
            self._hours,
            self.hour_height,
            self._private,
        )

    def _draw(self, appointments: Sequence[Appointment]) -> None:
        self._shown = appointments
        scene = self.scene()
        chosen = {i.appointment.id for i in self._selected()}
        scene.blockSignals(True)
        try:
            self._column_width = self._fit_width()
            self.appointment_items = self._canvas.draw(
                self._layout(), appointments, self._now, self.fill
            )
            # At once, not at the next event: a zoom scrolls to its centre right after.
            self.setSceneRect(scene.sceneRect())
        finally:
            alive = {id(item) for item in self.appointment_items}
            self._marked = [item for item in self._marked if id(item) in alive]
            for item in self.appointment_items:
                if item.appointment.id in chosen and not item.isSelected():
                    item.setSelected(True)
            self._mark_selected([i for i in self.appointment_items if i.isSelected()])
            scene.blockSignals(False)
        self.drawn.emit()

    @property
    def shown(self) -> Sequence[Appointment]:
        """The appointments last drawn."""
        return self._shown

    def _selected(self) -> list[AppointmentItem]:
        found = (AppointmentItem.of(item) for item in self.scene().selectedItems())
        return [item for item in found if item is not None]

    def _mark_selected(self, chosen: list[AppointmentItem]) -> None:
        for item in self._marked:
            if item not in chosen:
                item.setPen(item.plain_pen)
        for item in chosen:
            item.setPen(QPen(QColor(SELECTED_PEN_COLOUR), 3))
        self._marked = chosen

    def _on_scene_selection_changed(self) -> None:
        chosen = self._selected()
        self._mark_selected(chosen)
        self.appointment_selected.emit(chosen[0].appointment if chosen else None)
