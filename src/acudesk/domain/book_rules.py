"""What an appointment holds and when two of them clash.

An appointment holds its room (and device) from start to end, and its practitioner too except
during the service's processing time: while the needles are retained the client stays in the
room and the practitioner may start someone else in another room. Buffers (cleaning, set-up)
extend what the room, the device and the practitioner hold; where two appointments meet, the
larger of the facing buffers is kept, not their sum.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.book_time import Availability, Span, utc
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate

MAX_SERVICE_MINUTES = 8 * 60
MAX_BUFFER_MINUTES = 120


@dataclass(frozen=True, slots=True)
class ServiceType:
    """A treatment the book offers: how long it takes and what it needs."""

    name: str
    minutes: int
    before: int = 0  # buffer minutes before (set-up)
    after: int = 0  # buffer minutes after (cleaning)
    processing_from: int = 0  # minutes after the start when the practitioner is freed
    processing_minutes: int = 0  # how long the practitioner stays free (needle retention)
    device_kind: str | None = None  # e.g. an electro-stimulator; None: no device needed
    id: int | None = None

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = translate("book", "Give the service a name.")
        if not 5 <= self.minutes <= MAX_SERVICE_MINUTES:
            errors["minutes"] = translate(
                "book", "A service lasts from 5 minutes to {most} hours."
            ).format(most=MAX_SERVICE_MINUTES // 60)
        for name, value in (("before", self.before), ("after", self.after)):
            if not 0 <= value <= MAX_BUFFER_MINUTES:
                errors[name] = translate("book", "A buffer is from 0 to {most} minutes.").format(
                    most=MAX_BUFFER_MINUTES
                )
        if (
            self.processing_minutes < 0
            or self.processing_from < 0
            or (
                self.processing_minutes
                and self.processing_from + self.processing_minutes > self.minutes
            )
        ):
            errors["processing_minutes"] = translate(
                "book", "The processing time must lie inside the service's {minutes} minutes."
            ).format(minutes=self.minutes)
        if errors:
            raise ValidationError(errors)

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    def resized(self, minutes: int) -> ServiceType:
        """The same service lasting ``minutes`` (an appointment stretched or shortened on the
        book): its buffers kept, its processing time only while it still fits."""
        if minutes == self.minutes:
            return self
        fits = self.processing_from + self.processing_minutes <= minutes
        return ServiceType(
            self.name,
            minutes,
            before=self.before,
            after=self.after,
            processing_from=self.processing_from if fits else 0,
            processing_minutes=self.processing_minutes if fits else 0,
            device_kind=self.device_kind,
            id=self.id,
        )


@dataclass(frozen=True, slots=True)
class Slot:
    """An appointment, booked or proposed: a service at a time with the resources it holds."""

    start: datetime
    service: ServiceType
    practitioner_id: int | None = None
    room_id: int | None = None
    device_id: int | None = None
    appointment_id: int | None = None  # the booking itself, when it is being moved
    # Worked out once: a free-slot search compares thousands of slots.
    end: datetime = field(init=False, compare=False, repr=False)
    span: Span = field(init=False, compare=False, repr=False)
    _holds: tuple[Hold, tuple[Hold, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        start = utc(self.start)
        end = start + self.service.duration
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "span", Span(start, end))
        whole = Hold(self.span, self.service.before, self.service.after)
        object.__setattr__(self, "_holds", (whole, tuple(self._practitioner_holds(whole))))

    def hold(self) -> Hold:
        """What the room and the device keep: the whole appointment, both buffers."""
        return self._holds[0]

    def practitioner_holds(self) -> tuple[Hold, ...]:
        return self._holds[1]

    def _practitioner_holds(self, whole: Hold) -> list[Hold]:
        spans = self.practitioner_spans()
        if len(spans) == 1 and spans[0] == self.span:
            return [whole]
        service = self.service
        return [
            Hold(
                span,
                service.before if span.start == self.start else 0,
                service.after if span.end == self.end else 0,
            )
            for span in spans
        ]

    def practitioner_spans(self) -> list[Span]:
        """When the practitioner is busy with this client: all of it but the processing time."""
        service = self.service
        if not service.processing_minutes:
            return [self.span]
        freed = self.start + timedelta(minutes=service.processing_from)
        back = freed + timedelta(minutes=service.processing_minutes)
        return [span for span in (Span(self.start, freed), Span(back, self.end)) if span.minutes]

    def moved_to(self, start: datetime) -> Slot:
        return Slot(
            start,
            self.service,
            self.practitioner_id,
            self.room_id,
            self.device_id,
            self.appointment_id,
        )


@dataclass(frozen=True, slots=True)
class Hold:
    """A stretch a resource is kept, with the buffers due at its two ends (none where the
    stretch ends only because the practitioner steps out during processing time)."""

    span: Span
    before: int
    after: int


def _meet(a: Hold, b: Hold) -> bool:
    """Whether two holds of one resource collide, the larger facing buffer kept between them."""
    if a.span.overlaps(b.span):
        return True
    if a.span.end <= b.span.start:
        return b.span.start - a.span.end < timedelta(minutes=max(a.after, b.before))
    return a.span.start - b.span.end < timedelta(minutes=max(b.after, a.before))


class ClashKind(enum.StrEnum):
    PRACTITIONER_BUSY = "practitioner-busy"
    ROOM_BUSY = "room-busy"
    DEVICE_BUSY = "device-busy"
    PRACTITIONER_AWAY = "practitioner-away"
    ROOM_CLOSED = "room-closed"
    LOCATION_CLOSED = "location-closed"


_CLASH_TEXTS = LazyTexts(
    "book",
    {
        ClashKind.PRACTITIONER_BUSY: QT_TRANSLATE_NOOP(
            "book", "The practitioner is with another client then."
        ),
        ClashKind.ROOM_BUSY: QT_TRANSLATE_NOOP("book", "The room is taken then."),
        ClashKind.DEVICE_BUSY: QT_TRANSLATE_NOOP("book", "The device is in use then."),
        ClashKind.PRACTITIONER_AWAY: QT_TRANSLATE_NOOP(
            "book", "The practitioner is not working then."
        ),
        ClashKind.ROOM_CLOSED: QT_TRANSLATE_NOOP("book", "The room is not available then."),
        ClashKind.LOCATION_CLOSED: QT_TRANSLATE_NOOP("book", "The clinic is closed then."),
    },
)


@dataclass(frozen=True, slots=True)
class Clash:
    kind: ClashKind
    appointment_id: int | None = None  # the booking in the way, if one is

    @property
    def message(self) -> str:
        return _CLASH_TEXTS[self.kind]


@dataclass(frozen=True, slots=True)
class BookWorld:
    """What a check needs to know: bookings near the slot and who and what is available."""

    zone: ZoneInfo
    bookings: Sequence[Slot] = ()
    location: Availability = field(default_factory=Availability)
    practitioners: Mapping[int, Availability] = field(default_factory=dict)
    rooms: Mapping[int, Availability] = field(default_factory=dict)

    # Bookings by resource ("room:3"), each list in start order: built on first use.
    _index: dict[str, tuple[list[datetime], list[Slot]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def with_booking(self, slot: Slot) -> BookWorld:
        return BookWorld(
            self.zone, [*self.bookings, slot], self.location, self.practitioners, self.rooms
        )

    def near(self, slot: Slot) -> list[Slot]:
        """The bookings that share a resource with ``slot`` and start close enough to meet it
        (a bisect per resource, not a walk over every booking)."""
        if not self._index and self.bookings:
            for booking in sorted(self.bookings, key=lambda b: b.start):
                for key in resource_keys(booking):
                    starts, slots = self._index.setdefault(key, ([], []))
                    starts.append(booking.start)
                    slots.append(booking)
        earliest = slot.start - _LOOK_BEFORE
        latest = slot.end + _LOOK_AFTER
        found: dict[int, Slot] = {}
        for key in resource_keys(slot):
            starts, slots = self._index.get(key, ([], []))
            for index in range(bisect_left(starts, earliest), bisect_left(starts, latest)):
                found[id(slots[index])] = slots[index]
        return list(found.values())


_LOOK_BEFORE = timedelta(minutes=MAX_SERVICE_MINUTES + MAX_BUFFER_MINUTES)
_LOOK_AFTER = timedelta(minutes=MAX_BUFFER_MINUTES)


def resource_keys(slot: Slot) -> list[str]:
    """The resources a slot holds, as the store names them: room:3, practitioner:5..."""
    keys = []
    if slot.room_id is not None:
        keys.append(f"room:{slot.room_id}")
    if slot.practitioner_id is not None:
        keys.append(f"practitioner:{slot.practitioner_id}")
    if slot.device_id is not None:
        keys.append(f"device:{slot.device_id}")
    return keys


def clashes(slot: Slot, world: BookWorld) -> list[Clash]:
    """Everything that stops ``slot`` from being booked, in a stable order; [] when it fits."""
    found: list[Clash] = []
    span = slot.span
    if not world.location.allows(span, world.zone):
        found.append(Clash(ClashKind.LOCATION_CLOSED))
    if slot.practitioner_id is not None:
        working = world.practitioners.get(slot.practitioner_id)
        if working is not None and not working.allows(span, world.zone):
            found.append(Clash(ClashKind.PRACTITIONER_AWAY))
    if slot.room_id is not None:
        room = world.rooms.get(slot.room_id)
        if room is not None and not room.allows(span, world.zone):
            found.append(Clash(ClashKind.ROOM_CLOSED))
    for other in sorted(world.near(slot), key=lambda b: (b.start, b.appointment_id or 0)):
        if other.appointment_id is not None and other.appointment_id == slot.appointment_id:
            continue
        found.extend(_booking_clashes(slot, other))
    return found


def fits(slot: Slot, world: BookWorld) -> bool:
    """Whether ``slot`` is free: ``clashes`` as a yes or no (stopping at the first thing in
    the way, with no jumps worked out)."""
    return block(slot, world, jumps=False) is None


@dataclass(frozen=True, slots=True)
class Block:
    """Why a slot is not free, told as a free-slot search can use it: the first start later
    and the last start earlier at which the bookings found in its way are all behind it.

    Every start between the slot's own and either of those is kept by the same bookings (or
    closed hours), so a search may jump there at once. None where nothing is known (a booking
    in the way only through a practitioner's processing time, hours that are only time off):
    the search steps by one.
    """

    later: datetime | None = None
    earlier: datetime | None = None


_STEP_BY_ONE = Block()


def block(slot: Slot, world: BookWorld, *, jumps: bool = True) -> Block | None:
    """What keeps ``slot`` from being booked, for the searches; None when it fits. Without
    ``jumps``, only whether something does: the first thing in the way, told as a step."""
    span, zone = slot.span, world.zone
    if not world.location.allows(span, zone):
        return _hours_block(world.location, slot, zone) if jumps else _STEP_BY_ONE
    for key, places in ((slot.practitioner_id, world.practitioners), (slot.room_id, world.rooms)):
        available = places.get(key) if key is not None else None
        if available is not None and not available.allows(span, zone):
            return _hours_block(available, slot, zone) if jumps else _STEP_BY_ONE
    kept = False
    later: datetime | None = None
    earlier: datetime | None = None
    for other in world.near(slot):
        if other.appointment_id is not None and other.appointment_id == slot.appointment_id:
            continue
        if not _in_way(slot, other):
            continue
        if not jumps:
            return _STEP_BY_ONE
        kept = True
        if _whole_way(slot, other):
            clear_later, clear_earlier = _clear_of(slot, other)
            later = clear_later if later is None else max(later, clear_later)
            earlier = clear_earlier if earlier is None else min(earlier, clear_earlier)
    return Block(later, earlier) if kept else None


def _hours_block(available: Availability, slot: Slot, zone: ZoneInfo) -> Block:
    """Closed hours in the way: the nearest starts, later and earlier, whose whole slot they
    allow (every start between is closed too)."""
    length = slot.end - slot.start
    return Block(
        available.next_start(slot.start, length, zone),
        available.last_start(slot.start, length, zone),
    )


def _whole_way(slot: Slot, other: Slot) -> bool:
    """Whether ``other`` is in the way of ``slot`` through whole holds, so that the starts it
    keeps ``slot`` from are one stretch (the holds are single stretches of time)."""
    if not _meet(slot.hold(), other.hold()):
        return False
    if _same(slot.room_id, other.room_id) or _same(slot.device_id, other.device_id):
        return True
    return (
        _same(slot.practitioner_id, other.practitioner_id)
        and slot.practitioner_holds() == (slot.hold(),)
        and other.practitioner_holds() == (other.hold(),)
    )


def _clear_of(slot: Slot, other: Slot) -> tuple[datetime, datetime]:
    """The nearest starts of ``slot`` that leave ``other``'s whole hold and the larger facing
    buffer free, later and earlier (as ``_meet`` measures them)."""
    mine, theirs = slot.hold(), other.hold()
    later = other.span.end + timedelta(minutes=max(theirs.after, mine.before))
    before = timedelta(minutes=max(mine.after, theirs.before))
    return later, other.span.start - before - slot.service.duration


def _in_way(slot: Slot, other: Slot) -> bool:
    """Whether ``other`` stops ``slot``: ``_booking_clashes`` as a yes or no, for the free-slot
    searches, which ask it thousands of times."""
    shared = _same(slot.room_id, other.room_id) or _same(slot.device_id, other.device_id)
    if shared and _meet(slot.hold(), other.hold()):
        return True
    if not _same(slot.practitioner_id, other.practitioner_id):
        return False
    return any(_meet(a, b) for a in slot.practitioner_holds() for b in other.practitioner_holds())


def _same(mine: int | None, theirs: int | None) -> bool:
    return mine is not None and mine == theirs


def _booking_clashes(slot: Slot, other: Slot) -> Iterable[Clash]:
    whole = _meet(slot.hold(), other.hold())
    if whole and _same(slot.room_id, other.room_id):
        yield Clash(ClashKind.ROOM_BUSY, other.appointment_id)
    if whole and _same(slot.device_id, other.device_id):
        yield Clash(ClashKind.DEVICE_BUSY, other.appointment_id)
    if _same(slot.practitioner_id, other.practitioner_id) and any(
        _meet(a, b) for a in slot.practitioner_holds() for b in other.practitioner_holds()
    ):
        yield Clash(ClashKind.PRACTITIONER_BUSY, other.appointment_id)


def reach(slot: Slot) -> Span:
    """The time in which another booking could clash with ``slot`` (to ask the store for)."""
    most = timedelta(minutes=MAX_BUFFER_MINUTES)
    return slot.span.widened(most, most)
