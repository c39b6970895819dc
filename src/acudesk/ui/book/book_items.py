"""The pieces the book draws: columns, lanes for overlapping appointments, appointment items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
)

from acudesk.domain.appointments import Appointment, AppointmentStatus

MIN_LABEL_WIDTH = 28.0  # narrower, an appointment shows no text

STATUS_COLOURS = {
    AppointmentStatus.BOOKED: "#dbe8f6",
    AppointmentStatus.CONFIRMED: "#cfe8d8",
    AppointmentStatus.ARRIVED: "#fbe7b5",
    AppointmentStatus.IN_TREATMENT: "#f6d0a8",
    AppointmentStatus.COMPLETED: "#e3e3e3",
    AppointmentStatus.CANCELLED: "#f3dede",
    AppointmentStatus.LATE_CANCELLED: "#f0cccc",
    AppointmentStatus.NO_SHOW: "#e9c6d8",
}


@dataclass(frozen=True, slots=True)
class Column:
    """A room or a practitioner (``key``) on the day shown, or (``day``) one day of a week
    with every appointment of it (key None); its title, and which appointments it shows."""

    key: int | None
    title: str
    by_room: bool
    day: date | None = None

    def shows(self, appointment: Appointment, zone: ZoneInfo) -> bool:
        if self.day is not None and appointment.start.astimezone(zone).date() != self.day:
            return False
        if self.key is None:
            return True
        wanted = appointment.room_id if self.by_room else appointment.practitioner_id
        return wanted == self.key


def lanes(appointments: Sequence[Appointment]) -> dict[int, tuple[int, int]]:
    """Side-by-side places for overlapping appointments of one column: id -> (lane, lanes).

    Appointments that overlap (directly or through others) share the column's width; one
    that overlaps nothing takes all of it.
    """
    placed: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[Appointment, int]] = []
    cluster_end = None
    lane_ends: list[datetime] = []

    def close() -> None:
        for appointment, lane in cluster:
            placed[appointment.id] = (lane, len(lane_ends))

    for appointment in sorted(appointments, key=lambda a: (a.start, a.end, a.id)):
        if cluster_end is not None and appointment.start >= cluster_end:
            close()
            cluster, lane_ends = [], []
        free = next((i for i, end in enumerate(lane_ends) if end <= appointment.start), None)
        if free is None:
            lane_ends.append(appointment.end)
            free = len(lane_ends) - 1
        else:
            lane_ends[free] = appointment.end
        cluster.append((appointment, free))
        if cluster_end is None or len(cluster) == 1:
            cluster_end = appointment.end
        else:
            cluster_end = max(cluster_end, appointment.end)
    close()
    return placed


class _Fonts:
    """The two label fonts and their metrics, made once (a week draws thousands of labels)."""

    def __init__(self) -> None:
        self._made: dict[bool, tuple[QFont, QFontMetricsF]] = {}

    def get(self, bold: bool) -> tuple[QFont, QFontMetricsF]:
        if bold not in self._made:
            font = QFont()
            font.setBold(bold)
            self._made[bold] = (font, QFontMetricsF(font))
        return self._made[bold]


FONTS = _Fonts()
SELECTED_PEN_COLOUR = "#1f6f66"
_BRUSHES: dict[str, QBrush] = {}
_PENS: dict[str, QPen] = {}


def brush(colour: str) -> QBrush:
    """One brush per colour, shared by every item that fills with it."""
    made = _BRUSHES.get(colour)
    if made is None:
        made = _BRUSHES[colour] = QBrush(QColor(colour))
    return made


def pen(colour: str) -> QPen:
    made = _PENS.get(colour)
    if made is None:
        made = _PENS[colour] = QPen(QColor(colour), 1)
    return made


class AppointmentItem:
    """One appointment on the scene: a rectangle filled with ``fill`` (its status's colour
    unless told), its client (or, in privacy mode, its service) and service on one or two lines.

    The rectangle and its labels are plain Qt items made by the scene (``addRect``): a Python
    subclass of QGraphicsRectItem would be asked from C++, through the binding, for every
    bounding box and every paint, which made a week of 1,500 appointments slow to show.
    The rectangle carries this holder as its data, so a click on it finds the appointment.
    """

    __slots__ = ("appointment", "fill", "graphic", "plain_pen", "private", "problems")

    def __init__(
        self,
        scene: QGraphicsScene,
        appointment: Appointment,
        rect: QRectF,
        private: bool,
        fill: str | None = None,
    ) -> None:
        self.appointment = appointment
        self.private = private
        self.fill = fill or STATUS_COLOURS[appointment.status]
        self.problems: list[str] = []
        self.plain_pen = pen("#7a8ca3" if appointment.status.holds_time else "#c48a8a")
        self.graphic = graphic = scene.addRect(rect, self.plain_pen, brush(self.fill))
        graphic.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable, True)
        graphic.setData(0, self)
        if rect.width() >= MIN_LABEL_WIDTH:  # narrower: too narrow to read, the tooltip says it
            self._label(scene, rect)

    @staticmethod
    def of(item: QGraphicsItem | None) -> AppointmentItem | None:
        """The appointment a scene item (its rectangle or a label of it) draws, if any."""
        while item is not None:
            found = item.data(0)
            if isinstance(found, AppointmentItem):
                return found
            item = item.parentItem()
        return None

    def _label(self, scene: QGraphicsScene, rect: QRectF) -> None:
        appointment, private = self.appointment, self.private
        title = appointment.service_name if private else appointment.client_name
        detail = appointment.status.label if private else appointment.service_name
        lines = [(title, True), (detail, False)]
        if rect.height() < 40:  # room for one line: both parts on it
            lines = [(f"{title} · {detail}", True)]
        for line, (text, bold) in enumerate(lines):
            if rect.height() < 18 * (line + 1) + 4:
                break
            font, metrics = FONTS.get(bold)
            width = max(rect.width() - 10, 10)
            label = scene.addSimpleText(
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), font
            )
            label.setParentItem(self.graphic)
            label.setPos(rect.left() + 5, rect.top() + 3 + 17 * line)

    def rect(self) -> QRectF:
        return self.graphic.rect()

    def setRect(self, rect: QRectF) -> None:
        self.graphic.setRect(rect)

    def childItems(self) -> list[QGraphicsItem]:
        return self.graphic.childItems()

    def isSelected(self) -> bool:
        return self.graphic.isSelected()

    def setSelected(self, selected: bool) -> None:
        self.graphic.setSelected(selected)

    def setPen(self, value: QPen) -> None:
        self.graphic.setPen(value)

    def scene(self) -> QGraphicsScene | None:
        """The scene it is on; None once removed (or deleted with a cleared scene)."""
        return self.graphic.scene() if shiboken6.isValid(self.graphic) else None

    def tip(self) -> str:
        """The tooltip, made when asked for (a week draws thousands of items, few are hovered)."""
        if self.problems:
            return "\n".join(self.problems)
        appointment = self.appointment
        who = appointment.service_name if self.private else appointment.client_name
        return f"{who}\n{appointment.service_name}\n{appointment.status.label}"

    def show_clash(self, problems: list[str]) -> None:
        """While dragged: red with the reason when the drop would clash."""
        self.problems = problems
        self.graphic.setBrush(brush("#f3c9c9" if problems else self.fill))


class BookScene(QGraphicsScene):
    """The book's scene: an appointment's tooltip is made when hovered, not when drawn.

    No spatial index: the book rebuilds much of its scene on every change, and keeping a BSP
    tree of a week's 1,500 items up to date costs more than the few look-ups it speeds up.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # Qt rings a selected item with a dotted line in the palette's text colour: in the
        # selection's own colour it reads as one solid outline, unlike a freed time's dashes.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(SELECTED_PEN_COLOUR))
        self.setPalette(palette)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        for item in self.items(event.scenePos()):
            owner = AppointmentItem.of(item)
            if owner is not None:
                QToolTip.showText(event.screenPos(), owner.tip(), event.widget())
                event.accept()
                return
        super().helpEvent(event)
