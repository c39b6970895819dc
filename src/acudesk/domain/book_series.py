"""A change to a course booked as a series: this one, or this and the following.

Moving "this and the following" shifts each later session by the same offset of the
location's wall clock, so a course at 10:00 moved by an hour stays at 11:00 local on both
sides of a daylight-saving change. Every moved session is checked as a booking is; when any
clash, nothing moves and each clash is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.domain.book_rules import BookWorld, Clash, Slot, clashes
from acudesk.domain.book_time import local_moment
from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate

# The later sessions a change of "this and the following" takes with it: those still ahead.
FOLLOWING_STATUSES = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED})


def wall_offset(old: datetime, new: datetime, zone: ZoneInfo) -> timedelta:
    """How far ``new`` lies from ``old`` on the wall clock of ``zone`` (not in elapsed time)."""
    return _wall(new, zone) - _wall(old, zone)


def shifted(start: datetime, offset: timedelta, zone: ZoneInfo) -> datetime:
    """``start`` moved by ``offset`` of wall-clock time in ``zone``, as a UTC instant."""
    wall = _wall(start, zone) + offset
    return local_moment(wall.date(), wall.time(), zone)


def _wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class SeriesProblem:
    """One session that cannot move: the appointment, where it would go, what is in the way."""

    appointment: Appointment
    start: datetime
    clashes: tuple[Clash, ...]


def check_series(slots: Sequence[Slot], world: BookWorld) -> list[tuple[Slot, tuple[Clash, ...]]]:
    """Each moved session checked against the book without the sessions that move (their old
    times free up) and with the ones checked before it (two never take one time)."""
    moving = {slot.appointment_id for slot in slots}
    current = BookWorld(
        world.zone,
        [b for b in world.bookings if b.appointment_id not in moving],
        world.location,
        world.practitioners,
        world.rooms,
    )
    checked = []
    for slot in slots:
        checked.append((slot, tuple(clashes(slot, current))))
        current = current.with_booking(slot)
    return checked


class SeriesClash(AcudeskError):
    """Some sessions of a series cannot move as asked: nothing moved; each one and why."""

    def __init__(self, problems: Sequence[SeriesProblem]) -> None:
        super().__init__(
            translate(
                "book",
                "Nothing was moved: %n session(s) of the course would clash.",
                None,
                len(problems),
            ),
            "start",
        )
        self.problems = tuple(problems)
