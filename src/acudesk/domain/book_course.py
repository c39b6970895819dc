"""A course booked in one step: its dates from an RFC 5545 rule, its clashes and alternatives.

The rule is read by python-dateutil on the location's wall clock, so "weekly, Tuesdays 10:00"
stays at 10:00 local when the clocks change; each occurrence becomes a UTC instant only then.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from acudesk.domain.book_rules import BookWorld, Clash, Slot, block, clashes
from acudesk.domain.book_time import local_moment
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate

if TYPE_CHECKING:
    from acudesk.domain.appointments import BookingRequest  # which imports this module

MAX_OCCURRENCES = 60
STEP = timedelta(minutes=5)
ALTERNATIVES_WITHIN = timedelta(days=1)  # a course's alternative: that day or the next


def _refuse(message: str) -> ValidationError:
    return ValidationError({"repeat": message})


def occurrences(first: datetime, rule: str, zone: ZoneInfo) -> list[datetime]:
    """The UTC starts of a series: ``first`` (wall time in ``zone``) repeated by ``rule``.

    ``rule`` is an RRULE body such as ``FREQ=WEEKLY;COUNT=10`` (a leading ``RRULE:`` is
    accepted); it must end, by COUNT or UNTIL, within MAX_OCCURRENCES.
    """
    body = rule.strip().removeprefix("RRULE:").strip()
    if not body:
        raise _refuse(translate("book", "Say how the course repeats, e.g. FREQ=WEEKLY;COUNT=10."))
    if len(body) > 500 or any(part in body.upper() for part in ("\n", "DTSTART", "EXDATE")):
        raise _refuse(translate("book", "That is not a repeat rule acudesk can read."))
    upper = body.upper()
    if "COUNT=" not in upper and "UNTIL=" not in upper:
        raise _refuse(
            translate("book", "A course needs an end: add COUNT=10 or UNTIL=a date to the rule.")
        )
    wall = first.replace(tzinfo=None) if first.tzinfo is None else first.astimezone(zone)
    start = wall.replace(tzinfo=None, second=0, microsecond=0)
    from dateutil.rrule import rrulestr  # here: dateutil's rrule costs ~12 ms of every start

    try:
        parsed = rrulestr(body, dtstart=start)
        starts: list[datetime] = []
        for moment in _bounded(iter(parsed)):
            starts.append(local_moment(moment.date(), moment.time(), zone))
    except _TooMany:
        raise _refuse(
            translate("book", "A course can have at most {most} sessions.").format(
                most=MAX_OCCURRENCES
            )
        ) from None
    except (ValueError, TypeError, OverflowError) as error:
        raise _refuse(
            translate("book", "That is not a repeat rule acudesk can read ({problem}).").format(
                problem=str(error)[:80]
            )
        ) from None
    if not starts:
        raise _refuse(translate("book", "That rule gives no dates."))
    return starts


class _TooMany(Exception):
    pass


def _bounded(moments: Iterator[datetime]) -> Iterator[datetime]:
    for index, moment in enumerate(moments):
        if index >= MAX_OCCURRENCES:
            raise _TooMany
        yield moment


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One proposed session of a course: the slot, what is in its way, and a nearby free slot."""

    slot: Slot
    clashes: tuple[Clash, ...]
    alternative: Slot | None

    @property
    def free(self) -> bool:
        return not self.clashes


def nearest_free(
    slot: Slot, world: BookWorld, *, within: timedelta = timedelta(days=7)
) -> Slot | None:
    """The free slot closest in time to ``slot`` (same resources), earlier or later.

    Later wins a tie; candidates step by five minutes; None when nothing is free ``within``.
    """
    steps = int(within / STEP)
    later = _steps_to_free(slot, world, 1, 1, steps)
    earlier = _steps_to_free(slot, world, -1, 1, steps if later is None else later - 1)
    if earlier is not None:
        return slot.moved_to(slot.start - earlier * STEP)
    return None if later is None else slot.moved_to(slot.start + later * STEP)


def next_free(
    slot: Slot, world: BookWorld, *, within: timedelta = timedelta(days=60)
) -> Slot | None:
    """The first free slot at or after ``slot`` (same resources); None when none ``within``."""
    steps = _steps_to_free(slot, world, 1, 0, int(within / STEP))
    return None if steps is None else slot.moved_to(slot.start + steps * STEP)


def _steps_to_free(slot: Slot, world: BookWorld, sign: int, first: int, last: int) -> int | None:
    """The fewest steps, from ``first`` to ``last``, later (``sign`` 1) or earlier (-1), at
    which ``slot`` moved is free. The starts a booking in the way keeps are stepped over at
    once (``block``), so a full day costs a few checks, not one per five minutes."""
    offset = first
    while offset <= last:
        candidate = slot.moved_to(slot.start + sign * offset * STEP)
        kept = block(candidate, world)
        if kept is None:
            return offset
        clear = kept.later if sign > 0 else kept.earlier
        offset += 1 if clear is None else max(1, -(-abs(clear - candidate.start) // STEP))
    return None


def plan_course(template: Slot, rule: str, world: BookWorld) -> list[Occurrence]:
    """Every session of a course checked: free as asked, or in the way with an alternative.

    Sessions are checked in order and each accepted one (as asked when free, else its
    alternative) counts for the next, so two sessions of one course never take one slot.
    """
    planned: list[Occurrence] = []
    current = world
    for start in occurrences(template.start, rule, world.zone):
        slot = template.moved_to(start)
        found = tuple(clashes(slot, current))
        alternative = None if not found else nearest_free(slot, current, within=ALTERNATIVES_WITHIN)
        planned.append(Occurrence(slot, found, alternative))
        taken = slot if not found else alternative
        if taken is not None:
            current = current.with_booking(taken)
    return planned


def in_plans_room(request: BookingRequest, plan: Sequence[Occurrence]) -> BookingRequest:
    """The request of a course whose room the book picked, in the room its plan shows (so
    that booking the plan does not pick again, perhaps elsewhere)."""
    if not request.any_room or request.room_id is not None or not plan:
        return request
    return replace(request, room_id=plan[0].slot.room_id, any_room=False)
