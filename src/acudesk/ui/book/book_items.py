"""The pieces the book draws: columns, lanes for overlapping appointments, appointment items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

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


class AppointmentItem(QGraphicsRectItem):
    def __init__(self, appointment: Appointment, rect: QRectF, private: bool) -> None:
        super().__init__(rect)
        self.appointment = appointment
        cancelled = not appointment.status.holds_time
        self.setBrush(QBrush(QColor(STATUS_COLOURS[appointment.status])))
        self.setPen(QPen(QColor("#7a8ca3" if not cancelled else "#c48a8a"), 1))
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable, True)
        title = appointment.service_name if private else appointment.client_name
        detail = appointment.status.label if private else appointment.service_name
        lines = [(title, True), (detail, False)]
        if rect.height() < 40:  # room for one line: both parts on it
            lines = [(f"{title} · {detail}", True)]
        if rect.width() < MIN_LABEL_WIDTH:  # too narrow to read: the tooltip says it
            lines = []
        for line, (text, bold) in enumerate(lines):
            if rect.height() < 18 * (line + 1) + 4:
                break
            label = QGraphicsSimpleTextItem(self)
            font, metrics = FONTS.get(bold)
            label.setFont(font)
            label.setText(
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width() - 10, 10))
            )
            label.setPos(rect.left() + 5, rect.top() + 3 + 17 * line)
        self.plain_pen = self.pen()
        self.setToolTip(
            f"{appointment.client_name if not private else appointment.service_name}\n"
            f"{appointment.service_name}\n{appointment.status.label}"
        )

    def show_clash(self, problems: list[str]) -> None:
        """While dragged: red with the reason when the drop would clash."""
        colour = "#f3c9c9" if problems else STATUS_COLOURS[self.appointment.status]
        self.setBrush(QBrush(QColor(colour)))
        self.setToolTip("\n".join(problems))
