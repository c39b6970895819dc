"""What Home's day shows, line by line: the appointments table and the side lists' texts
(who is in which room with the retention's countdown, who waits, what to hand out...)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from acudesk.domain.day_board import DayRow, IntakeDue
from acudesk.ui.book.book_items import STATUS_COLOURS
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, time_text, translate
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel


class TodayTableModel(RowsTableModel):
    """Rows are DayRow, found by their appointment's id."""

    context = "TodayWidget"
    headers = (
        QT_TRANSLATE_NOOP("TodayWidget", "Time"),
        QT_TRANSLATE_NOOP("TodayWidget", "Client"),
        QT_TRANSLATE_NOOP("TodayWidget", "Service"),
        QT_TRANSLATE_NOOP("TodayWidget", "Room"),
        QT_TRANSLATE_NOOP("TodayWidget", "Status"),
    )

    def row_of(self, item_id: int) -> int:
        return next(
            (i for i in range(self.rowCount()) if self.item_at(i).appointment.id == item_id), -1
        )

    def cell(self, item: DayRow, column: int, role: int) -> object:
        appointment = item.appointment
        if role in TEXT_ROLES:
            return (
                time_text(item.local_start.time()),
                appointment.client_name,
                appointment.service_name,
                item.room,
                appointment.status.label,
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 4:
            return QColor(STATUS_COLOURS[appointment.status])
        return None


def countdown(ends: datetime | None, now: datetime) -> str:
    """How long the needles stay in: "12:05 left", "needles out now", or the timer not on."""
    if ends is None:
        return translate("TodayWidget", "timer not started")
    left = int((ends - now).total_seconds())
    if left <= 0:
        return translate("TodayWidget", "needles out now")
    return translate("TodayWidget", "{minutes}:{seconds:02d} left").format(
        minutes=left // 60, seconds=left % 60
    )


def in_room_text(row: DayRow, now: datetime) -> str:
    return translate("TodayWidget", "{room} · {client} — {left}").format(
        room=row.room or "—",
        client=row.appointment.client_name,
        left=countdown(row.retention_ends, now),
    )


def waiting_text(row: DayRow) -> str:
    return translate("TodayWidget", "{client}, booked {time} ({room})").format(
        client=row.appointment.client_name,
        time=time_text(row.local_start.time()),
        room=row.room or "—",
    )


def tomorrow_text(row: DayRow) -> str:
    return translate("TodayWidget", "{time} {client} · {service}").format(
        time=time_text(row.local_start.time()),
        client=row.appointment.client_name,
        service=row.appointment.service_name,
    )


def intake_text(due: IntakeDue) -> str:
    if due.taken_on is None:
        return translate("TodayWidget", "{client}: no intake yet").format(client=due.client_name)
    return translate("TodayWidget", "{client}: last intake {day}").format(
        client=due.client_name, day=day_text(due.taken_on)
    )
