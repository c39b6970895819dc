"""The book's scene drawn from plain values, keeping what did not change between redraws.

A refresh (the change bus, a status set, another desk's booking) usually redraws the same
columns with nearly the same appointments: an appointment whose place and look are unchanged
keeps its item, the grid is redrawn only when the columns, hours or zoom change. A week of
1,500 appointments then costs what changed, not 1,500 new items (the book-week benchmark).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from acudesk.domain.appointments import Appointment
from acudesk.ui.book.book_items import FONTS, AppointmentItem, Column, lanes
from acudesk.ui.i18n import translate

GUTTER = 56.0
HEADER = 30.0
# What an appointment's item shows: the appointment, its rectangle, privacy mode, its colour.
ItemKey = tuple[Appointment, tuple[float, float, float, float], bool, str | None]
GRID_COLOUR, HALF_COLOUR, NOW_COLOUR = "#d5dbe3", "#eef1f5", "#d03c3c"


@dataclass(frozen=True, slots=True)
class Layout:
    """Where things go: the columns and their width, the hours and an hour's height."""

    day: date
    zone: ZoneInfo
    columns: tuple[Column, ...]
    width: float
    hours: tuple[time, time]
    hour_height: float
    private: bool = False

    @property
    def hour_count(self) -> int:
        first, last = self.hours
        return last.hour - first.hour + (1 if last.minute else 0)

    @property
    def height(self) -> float:
        return HEADER + self.hour_count * self.hour_height

    @property
    def right(self) -> float:
        return GUTTER + self.width * len(self.columns)

    def y_of_local(self, local: datetime) -> float:
        """The height of a wall time (naive or in the zone) on its own day."""
        minutes = (local.hour - self.hours[0].hour) * 60 + local.minute + local.second / 60
        return HEADER + minutes * self.hour_height / 60


def by_column(layout: Layout, appointments: Sequence[Appointment]) -> list[list[Appointment]]:
    """Each column's appointments (what ``Column.shows`` says), each start converted once:
    days of a week by their local date, rooms or practitioners by their key."""
    columns, zone = layout.columns, layout.zone
    shown: list[list[Appointment]] = [[] for _ in columns]
    if all(c.key is None and c.day is not None for c in columns):
        days = {column.day: shown[index] for index, column in enumerate(columns)}
        for appointment in appointments:
            found = days.get(appointment.start.astimezone(zone).date())
            if found is not None:
                found.append(appointment)
    elif (
        all(c.day is None and c.key is not None for c in columns)
        and len({c.by_room for c in columns}) == 1
    ):
        keys = {column.key: shown[index] for index, column in enumerate(columns)}
        by_room = columns[0].by_room
        for appointment in appointments:
            found = keys.get(appointment.room_id if by_room else appointment.practitioner_id)
            if found is not None:
                found.append(appointment)
    else:
        for index, column in enumerate(columns):
            shown[index] = [a for a in appointments if column.shows(a, zone)]
    return shown


class BookCanvas:
    """Draws a ``Layout`` and its appointments on ``scene``; the items of the last drawing."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: dict[ItemKey, AppointmentItem] = {}
        self._stale: list[AppointmentItem] = []
        self._grid: list[QGraphicsItem] = []
        self._grid_key: tuple[object, ...] | None = None
        self._now_lines: list[QGraphicsItem] = []
        self.items: list[AppointmentItem] = []

    def forget(self, item: AppointmentItem) -> None:
        """An item changed by hand (dragged): drawn anew next time, whatever it shows."""
        for key, kept in list(self._items.items()):
            if kept is item:
                del self._items[key]
                self._stale.append(item)

    def clear(self) -> None:
        self._items, self._stale, self.items = {}, [], []
        self._grid, self._grid_key, self._now_lines = [], None, []
        self._scene.clear()

    def draw(
        self,
        layout: Layout,
        appointments: Sequence[Appointment],
        now: datetime | None,
        fill: Callable[[Appointment], str] | None = None,
    ) -> list[AppointmentItem]:
        planned = self._plan(layout, appointments, fill)
        old, self._items = self._items, {}
        if sum(1 for key, _ in planned if key in old) * 2 < len(old):
            self.clear()  # mostly new (another week): one clear beats removing each item
            old = {}
        self._draw_grid(layout)
        drawn: list[AppointmentItem] = []
        for key, appointment in planned:
            item = old.pop(key, None)
            if item is None:
                item = AppointmentItem(
                    self._scene, appointment, QRectF(*key[1]), layout.private, key[3]
                )
            self._items[key] = item
            drawn.append(item)
        for item in [*old.values(), *self._stale]:
            if item.scene() is self._scene:
                self._scene.removeItem(item.graphic)
                item.graphic.setData(0, None)  # no cycle through Qt's data keeps it alive
        self._stale = []
        self._draw_now(layout, now)
        self.items = drawn
        return drawn

    @staticmethod
    def _plan(
        layout: Layout,
        appointments: Sequence[Appointment],
        fill: Callable[[Appointment], str] | None,
    ) -> list[tuple[ItemKey, Appointment]]:
        """Each appointment's key (itself, its rectangle, its look) in drawing order."""
        planned: list[tuple[ItemKey, Appointment]] = []
        zone, width = layout.zone, layout.width
        for index, shown in enumerate(by_column(layout, appointments)):
            x = GUTTER + index * width
            places = lanes(shown)
            for appointment in shown:
                lane, count = places[appointment.id]
                top = layout.y_of_local(appointment.start.astimezone(zone))
                bottom = layout.y_of_local(appointment.end.astimezone(zone))
                left, span = x + lane * width / count, width / count
                rect = (left + 2, top + 1, max(span - 4, 8), max(bottom - top - 2, 12))
                colour = fill(appointment) if fill else None
                planned.append(((appointment, rect, layout.private, colour), appointment))
        return planned

    def _draw_grid(self, layout: Layout) -> None:
        titles = tuple(column.title for column in layout.columns)
        key = (titles, layout.width, layout.hours, layout.hour_height)
        if key == self._grid_key:
            return
        for item in self._grid:
            self._scene.removeItem(item)
        self._grid_key, self._grid = key, []
        scene, add = self._scene, self._grid.append
        grid, half = QPen(QColor(GRID_COLOUR)), QPen(QColor(HALF_COLOUR))
        first, hours, step = layout.hours[0], layout.hour_count, layout.hour_height
        right, height = layout.right, layout.height
        for hour in range(hours + 1):
            y = HEADER + hour * step
            add(scene.addLine(GUTTER, y, right, y, grid))
            if hour < hours:
                add(scene.addLine(GUTTER, y + step / 2, right, y + step / 2, half))
                label = scene.addSimpleText(f"{first.hour + hour:02d}:00")
                label.setPos(8, y + 2)
                add(label)
        font, metrics = FONTS.get(True)
        for index, column in enumerate(layout.columns):
            x = GUTTER + index * layout.width
            add(scene.addLine(x, 0, x, height, grid))
            elided = metrics.elidedText(
                column.title, Qt.TextElideMode.ElideRight, max(layout.width - 12, 10)
            )
            title = scene.addSimpleText(elided, font)
            title.setPos(x + 6, 6)
            add(title)
        add(scene.addLine(right, 0, right, height, grid))
        for item in self._grid:
            item.setZValue(-1)
        scene.setSceneRect(QRectF(0, 0, right + 2, height + 2))

    def _draw_now(self, layout: Layout, now: datetime | None) -> None:
        for line in self._now_lines:
            self._scene.removeItem(line)
        self._now_lines = []
        if now is None:
            return
        local = now.astimezone(layout.zone)
        y = layout.y_of_local(local)
        if not HEADER <= y <= layout.height:
            return
        for index, column in enumerate(layout.columns):
            if local.date() != (column.day or layout.day):
                continue
            x = GUTTER + index * layout.width
            line = self._scene.addLine(x, y, x + layout.width, y, QPen(QColor(NOW_COLOUR), 2))
            line.setToolTip(translate("BookDayView", "Now"))
            line.setZValue(2)
            self._now_lines.append(line)
