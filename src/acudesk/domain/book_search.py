"""Searching the book: the next free times for a service (the booking check's rules, run
over a stretch), and a client's appointments as their page lists them.

Every start is checked by ``book_rules.fits``, the very rule a booking is checked by (opening
and working hours, closures and time off, rooms, devices, buffers, processing time, existing
bookings), so a time the search proposes is a time the booking accepts.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment
from acudesk.domain.book_rules import BookWorld, ServiceType, Slot, fits
from acudesk.domain.book_time import Span
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate

STEP = timedelta(minutes=5)  # the grid starts are tried on, as the booking's own alternative
SPACING = timedelta(minutes=15)  # the least time between two starts offered
MOST_SLOTS = 50


@dataclass(frozen=True, slots=True)
class FreeSlotQuery:
    """What reception looks for: a service at a location, from a time, optionally with one
    practitioner or in one room (None: whoever or wherever is free)."""

    service_id: int
    location_id: int
    after: datetime  # aware
    practitioner_id: int | None = None
    room_id: int | None = None
    count: int = 8

    def __post_init__(self) -> None:
        if self.after.tzinfo is None:
            raise ValidationError({"start": translate("book", "Choose a start time.")})
        if not 1 <= self.count <= MOST_SLOTS:
            raise ValidationError(
                {
                    "count": translate("book", "Ask for 1 to {most} free times.").format(
                        most=MOST_SLOTS
                    )
                }
            )


@dataclass(frozen=True, slots=True)
class Resources:
    """One way of staffing a slot: who, where and with which device (None: not needed)."""

    practitioner_id: int | None = None
    room_id: int | None = None
    device_id: int | None = None


def free_starts(
    service: ServiceType,
    world: BookWorld,
    choices: Sequence[Resources],
    window: Span,
    *,
    count: int,
    spacing: timedelta = SPACING,
) -> list[Slot]:
    """The first ``count`` free slots of ``service`` starting in ``window``, in time order.

    Starts lie on the five-minute grid inside the location's open hours; at each start the
    first of ``choices`` that fits is taken; two starts offered are at least ``spacing`` apart.
    """
    found: list[Slot] = []
    for start in _candidate_starts(service, world, window):
        if found and start < found[-1].start + spacing:
            continue
        for choice in choices:
            slot = Slot(start, service, choice.practitioner_id, choice.room_id, choice.device_id)
            if fits(slot, world):
                found.append(slot)
                break
        if len(found) >= count:
            break
    return found


def _candidate_starts(service: ServiceType, world: BookWorld, window: Span) -> Iterator[datetime]:
    """Grid starts in ``window`` at which the service fits inside one stretch of open hours."""
    zone = world.zone
    day = window.start.astimezone(zone).date()
    last = window.end.astimezone(zone).date()
    while day <= last:
        for stretch in world.location.open_spans(day, zone):
            start = _on_grid(max(stretch.start, window.start))
            while start + service.duration <= stretch.end and start < window.end:
                yield start
                start += STEP
        day = _next(day)


def _next(day: date) -> date:
    return day + timedelta(days=1)


def _on_grid(moment: datetime) -> datetime:
    """``moment`` rounded up to the five-minute grid (of UTC, which is every zone's grid)."""
    seconds = moment.timestamp()
    step = STEP.total_seconds()
    return datetime.fromtimestamp(math.ceil(seconds / step) * step, tz=UTC)


@dataclass(frozen=True, slots=True)
class ClientAppointment:
    """One of a client's appointments as their page lists it: who and where by name, and the
    zone of its location, on whose clock it is shown."""

    appointment: Appointment
    practitioner: str
    room: str
    zone: str

    @property
    def id(self) -> int:
        return self.appointment.id

    @property
    def local_start(self) -> datetime:
        return self.appointment.start.astimezone(ZoneInfo(self.zone))
