"""Home's day as plain values: the day's appointments, who is in which room with how long
the needles stay in, who is waiting, what to hand out and review, and tomorrow's bookings
not yet confirmed. Built by services/today.py, shown by ui/book/today_widget.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus

S = AppointmentStatus
IN_THE_ROOM = (S.ARRIVED, S.IN_TREATMENT)
TO_COME = (S.BOOKED, S.CONFIRMED)
TREATABLE = (*TO_COME, S.ARRIVED, S.IN_TREATMENT)  # a practitioner may start or open its session


@dataclass(frozen=True, slots=True)
class DayRow:
    """One appointment of the day, with its room's name and its location's zone."""

    appointment: Appointment
    room: str
    zone: ZoneInfo
    session_id: int | None = None  # the session treating it, once started
    retention_ends: datetime | None = None  # naive wall clock: the needles come out then

    @property
    def local_start(self) -> datetime:
        return self.appointment.start.astimezone(self.zone)


@dataclass(frozen=True, slots=True)
class IntakeDue:
    client_id: int
    client_name: str
    taken_on: date | None  # None: no intake at all


@dataclass(frozen=True, slots=True)
class DayBoard:
    rows: tuple[DayRow, ...]  # today, in time order
    tomorrow: tuple[DayRow, ...]  # tomorrow's bookings still to confirm
    intakes_due: tuple[IntakeDue, ...]

    @property
    def in_rooms(self) -> tuple[DayRow, ...]:
        """In treatment first (by when the needles come out), then arrived in a room."""
        inside = [r for r in self.rows if r.appointment.status is S.IN_TREATMENT]
        inside.sort(key=lambda r: (r.retention_ends is None, r.retention_ends or r.local_start))
        return tuple(inside)

    @property
    def waiting(self) -> tuple[DayRow, ...]:
        return tuple(r for r in self.rows if r.appointment.status is S.ARRIVED)

    @property
    def held(self) -> tuple[DayRow, ...]:
        return tuple(r for r in self.rows if r.appointment.status.holds_time)


def retention_end(started: datetime | None, minutes: int) -> datetime | None:
    """When the needles come out: the timer's start plus the retention (None: not started)."""
    return None if started is None else started + timedelta(minutes=minutes)


def intake_due(taken_on: date | None, today: date, review_months: int) -> bool:
    """Whether the client's latest intake is missing or as old as the review period."""
    if taken_on is None:
        return True
    months = (today.year - taken_on.year) * 12 + today.month - taken_on.month
    if today.day < taken_on.day:
        months -= 1
    return months >= review_months
