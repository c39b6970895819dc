"""Appointments as screens and services see them, and their statuses."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from acudesk.domain.book_course import Occurrence
from acudesk.domain.book_rules import Clash, Slot
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    IN_TREATMENT = "in-treatment"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    LATE_CANCELLED = "late-cancelled"
    NO_SHOW = "no-show"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def holds_time(self) -> bool:
        """Whether an appointment in this status keeps its room, practitioner and device."""
        return self not in (AppointmentStatus.CANCELLED, AppointmentStatus.LATE_CANCELLED)


STATUS_LABELS = LazyTexts(
    "book",
    {
        AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("book", "Booked"),
        AppointmentStatus.CONFIRMED: QT_TRANSLATE_NOOP("book", "Confirmed"),
        AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("book", "Arrived"),
        AppointmentStatus.IN_TREATMENT: QT_TRANSLATE_NOOP("book", "In treatment"),
        AppointmentStatus.COMPLETED: QT_TRANSLATE_NOOP("book", "Completed"),
        AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("book", "Cancelled"),
        AppointmentStatus.LATE_CANCELLED: QT_TRANSLATE_NOOP("book", "Cancelled late"),
        AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("book", "No-show"),
    },
)

_S = AppointmentStatus
# Where each status may go next; anything else is refused with a message.
NEXT_STATUSES: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    _S.BOOKED: frozenset({_S.CONFIRMED, _S.ARRIVED, _S.CANCELLED, _S.LATE_CANCELLED, _S.NO_SHOW}),
    _S.CONFIRMED: frozenset({_S.BOOKED, _S.ARRIVED, _S.CANCELLED, _S.LATE_CANCELLED, _S.NO_SHOW}),
    _S.ARRIVED: frozenset({_S.IN_TREATMENT, _S.COMPLETED, _S.BOOKED, _S.CONFIRMED}),
    _S.IN_TREATMENT: frozenset({_S.COMPLETED, _S.ARRIVED}),
    _S.COMPLETED: frozenset(),
    _S.CANCELLED: frozenset(),
    _S.LATE_CANCELLED: frozenset(),
    _S.NO_SHOW: frozenset({_S.BOOKED}),
}


def status_change_refusal(current: AppointmentStatus, wanted: AppointmentStatus) -> str | None:
    """Why an appointment cannot go from ``current`` to ``wanted``; None when it can."""
    if wanted in NEXT_STATUSES[current]:
        return None
    return translate("book", "An appointment that is {current} cannot be marked {wanted}.").format(
        current=current.label.lower(), wanted=wanted.label.lower()
    )


# The clinic's late-cancellation rule: a cancellation this many hours or fewer before the
# start is a late one (one setting row; clinics commonly charge for those).
LATE_CANCEL_KEY = "late_cancel_hours"
LATE_CANCEL_DEFAULT_HOURS = 24
LATE_CANCEL_MAX_HOURS = 14 * 24
_CANCELLATIONS = (AppointmentStatus.CANCELLED, AppointmentStatus.LATE_CANCELLED)


def validate_late_cancel_hours(hours: int) -> str | None:
    if 0 <= hours <= LATE_CANCEL_MAX_HOURS:
        return None
    return translate("book", "Late cancellation is between 0 and {most} hours before.").format(
        most=LATE_CANCEL_MAX_HOURS
    )


def is_late_cancellation(start: datetime, now: datetime, late_hours: int) -> bool:
    """Whether cancelling at ``now`` (aware) falls within the rule's hours before ``start``."""
    return now > start - timedelta(hours=late_hours)


def next_status(
    current: AppointmentStatus,
    wanted: AppointmentStatus,
    *,
    start: datetime,
    now: datetime,
    late_hours: int,
) -> AppointmentStatus:
    """The status a change asked for lands in, by the day's rules, or ValidationError.

    A cancellation is late or not by the clinic's rule, whichever of the two was asked for;
    a no-show only once the appointment has started; every other move as NEXT_STATUSES says.
    """
    if wanted in _CANCELLATIONS:
        late = is_late_cancellation(start, now, late_hours)
        wanted = AppointmentStatus.LATE_CANCELLED if late else AppointmentStatus.CANCELLED
    elif wanted is AppointmentStatus.NO_SHOW and now < start:
        raise ValidationError(
            {
                "status": translate(
                    "book", "A client is a no-show only once the appointment has started."
                )
            }
        )
    refusal = status_change_refusal(current, wanted)
    if refusal:
        raise ValidationError({"status": refusal})
    return wanted


@dataclass(frozen=True, slots=True)
class Appointment:
    id: int
    client_id: int
    client_name: str
    service_id: int
    service_name: str
    location_id: int
    practitioner_id: int | None
    room_id: int | None
    device_id: int | None
    start: datetime  # aware, UTC
    end: datetime
    status: AppointmentStatus
    notes: str
    series_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class BookingRequest:
    """What reception asks for: a client, a service and a time, with the resources chosen."""

    client_id: int
    service_id: int
    location_id: int
    start: datetime  # aware
    practitioner_id: int | None = None
    room_id: int | None = None
    device_id: int | None = None
    notes: str = ""
    # With no room_id: take the first of the location's rooms free then (for a course, free
    # for every session, else for the most), rather than booking no room at all.
    any_room: bool = False


class BookingClash(AcudeskError):
    """The time asked for is not free: what is in the way, and the next free slot if any."""

    def __init__(self, clashes: Sequence[Clash], alternative: Slot | None) -> None:
        super().__init__(clashes[0].message if clashes else "", "start")
        self.clashes = tuple(clashes)
        self.alternative = alternative


class CourseClash(AcudeskError):
    """Some sessions of a course are not free: the whole plan, so each can be resolved."""

    def __init__(self, plan: Sequence[Occurrence]) -> None:
        taken = sum(1 for occurrence in plan if not occurrence.free)
        super().__init__(
            translate("book", "%n session(s) of the course clash with the book.", None, taken),
            "start",
        )
        self.plan = tuple(plan)


@dataclass(frozen=True, slots=True)
class Visit:
    """An appointment on its way through the day, and the session that treats it, if any."""

    appointment: Appointment
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class CheckOut:
    """What check-out offers: the sheet of the session that treated the visit (and whether
    one was given already), and the client's next booking, if any."""

    appointment: Appointment
    session_id: int | None
    handed_out: bool
    next_booking: Appointment | None
