"""Home's day: today's appointments in time order, who is in which room now, tomorrow's
bookings still to confirm. It follows the change bus, so another desk's booking appears."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHeaderView, QWidget

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.book_items import STATUS_COLOURS
from acudesk.ui.forms.ui_today_widget import Ui_TodayWidget
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, time_text, translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel

IN_THE_ROOM = (AppointmentStatus.ARRIVED, AppointmentStatus.IN_TREATMENT)


@dataclass(frozen=True, slots=True)
class TodayRow:
    """One line of the day: the appointment, where, and its local times."""

    id: int
    appointment: Appointment
    starts: str
    room: str


class TodayTableModel(RowsTableModel):
    context = "TodayWidget"
    headers = (
        QT_TRANSLATE_NOOP("TodayWidget", "Time"),
        QT_TRANSLATE_NOOP("TodayWidget", "Client"),
        QT_TRANSLATE_NOOP("TodayWidget", "Service"),
        QT_TRANSLATE_NOOP("TodayWidget", "Room"),
        QT_TRANSLATE_NOOP("TodayWidget", "Status"),
    )

    def cell(self, item: TodayRow, column: int, role: int) -> object:
        appointment = item.appointment
        if role in TEXT_ROLES:
            return (
                item.starts,
                appointment.client_name,
                appointment.service_name,
                item.room,
                appointment.status.label,
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 4:
            return QColor(STATUS_COLOURS[appointment.status])
        return None


class TodayWidget(QFrame):
    def __init__(
        self,
        book: BookService,
        setup: BookSetupService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TodayWidget()
        ui.setupUi(self)
        self._book, self._setup, self._clock, self._user = book, setup, clock, user
        self.model = TodayTableModel()
        ui.appointmentsTable.setModel(self.model)
        header = ui.appointmentsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.appointmentsTable.verticalHeader().setVisible(False)
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.book or changes.clients or changes.everything:
            self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        try:
            rows, in_rooms, unconfirmed = self._read()
        except AcudeskError as error:
            ui.summaryLabel.setText(error.message)
            return
        self.model.set_rows(rows)
        held = [r.appointment for r in rows if r.appointment.status.holds_time]
        done = sum(1 for a in held if a.status is AppointmentStatus.COMPLETED)
        ui.summaryLabel.setText(
            translate("TodayWidget", "%n appointment(s)", None, len(held))
            + " · "
            + translate("TodayWidget", "{done} completed, {left} still to come").format(
                done=done, left=sum(1 for a in held if a.status in _TO_COME)
            )
        )
        ui.nowLabel.setText(
            translate("TodayWidget", "In the rooms now: {who}").format(who="; ".join(in_rooms))
            if in_rooms
            else translate("TodayWidget", "Nobody is in a room now.")
        )
        ui.tomorrowLabel.setText(
            translate("TodayWidget", "Tomorrow: %n booking(s) not yet confirmed", None, unconfirmed)
        )

    def _read(self) -> tuple[list[TodayRow], list[str], int]:
        rows: list[TodayRow] = []
        in_rooms: list[str] = []
        unconfirmed = 0
        today = self._clock().date()
        for location in self._setup.locations(self._user):
            zone = location.tz
            now = self._clock().replace(tzinfo=zone)
            start = datetime.combine(today, time(0), tzinfo=zone)
            rooms = {room.id: room.name for room in self._setup.rooms(self._user, location.id)}
            for appointment in self._book.between(
                self._user, location.id, start, start + timedelta(days=1)
            ):
                room = rooms.get(appointment.room_id or 0, "")
                local = appointment.start.astimezone(zone)
                rows.append(TodayRow(appointment.id, appointment, time_text(local.time()), room))
                if appointment.status in IN_THE_ROOM or (
                    appointment.status in _TO_COME and appointment.start <= now < appointment.end
                ):
                    in_rooms.append(_in_room(room, appointment))
            tomorrow = self._book.between(
                self._user, location.id, start + timedelta(days=1), start + timedelta(days=2)
            )
            unconfirmed += sum(1 for a in tomorrow if a.status is AppointmentStatus.BOOKED)
        rows.sort(key=lambda r: (r.appointment.start, r.id))
        return rows, in_rooms, unconfirmed


_TO_COME = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)


def _in_room(room: str, appointment: Appointment) -> str:
    status = appointment.status.label.lower()
    return f"{room or '—'}: {appointment.client_name} ({status})"
