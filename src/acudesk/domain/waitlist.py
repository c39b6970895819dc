"""The waitlist: clients waiting for a time, and which freed time suits whom.

An entry names a client, a service, optionally the practitioner they want, the days of the
week and the wall-clock windows that suit them (in the location's zone), and the last day
they still want it. It stays active until it is booked or removed; after its last day it is
expired. When a booked time frees (a cancellation, a move), ``placement`` says whether an
entry fits that time and where in it the appointment would start.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.book_time import WEEKDAY_NAMES, Span, local_moment
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate

NOTES_LIMIT = 1000
MAX_WINDOWS = 4
STEP_MINUTES = 5


class WaitlistStatus(enum.StrEnum):
    ACTIVE = "active"
    BOOKED = "booked"
    REMOVED = "removed"
    EXPIRED = "expired"  # never stored: an active entry past its last day

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = LazyTexts(
    "waitlist",
    {
        WaitlistStatus.ACTIVE: QT_TRANSLATE_NOOP("waitlist", "Waiting"),
        WaitlistStatus.BOOKED: QT_TRANSLATE_NOOP("waitlist", "Booked"),
        WaitlistStatus.REMOVED: QT_TRANSLATE_NOOP("waitlist", "Removed"),
        WaitlistStatus.EXPIRED: QT_TRANSLATE_NOOP("waitlist", "Expired"),
    },
)


@dataclass(frozen=True, slots=True, order=True)
class TimeWindow:
    """A stretch of wall-clock time that suits the client, e.g. 09:00-12:00."""

    start: time
    end: time

    def on(self, day: date, zone: ZoneInfo) -> Span:
        """The window on ``day`` as a span of UTC time (a daylight-saving day included)."""
        return Span(local_moment(day, self.start, zone), local_moment(day, self.end, zone))


@dataclass(frozen=True, slots=True)
class WaitlistInput:
    """What reception types for an entry; ``checked`` refuses what cannot be kept."""

    client_id: int | None
    service_id: int | None
    practitioner_id: int | None = None  # None: anyone
    weekdays: frozenset[int] = frozenset()  # 0 = Monday; empty: any day
    windows: tuple[TimeWindow, ...] = ()  # empty: any time of the day
    until: date | None = None
    notes: str = ""

    def checked(self, today: date) -> WaitlistInput:
        """The input trimmed and sorted, or a ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        if self.client_id is None:
            errors["client"] = translate("waitlist", "Choose the client: type part of their name.")
        if self.service_id is None:
            errors["service"] = translate("waitlist", "Choose the service they wait for.")
        if any(day not in range(7) for day in self.weekdays):
            errors["weekdays"] = translate("waitlist", "Days of the week are Monday to Sunday.")
        windows = tuple(sorted(set(self.windows)))
        if any(window.end <= window.start for window in windows):
            errors["windows"] = translate("waitlist", "A time window must end after it starts.")
        elif len(windows) > MAX_WINDOWS:
            errors["windows"] = translate("waitlist", "At most {most} time windows.").format(
                most=MAX_WINDOWS
            )
        if self.until is None:
            errors["until"] = translate("waitlist", "Say until when the client waits.")
        elif self.until < today:
            errors["until"] = translate("waitlist", "The last day cannot be in the past.")
        notes = self.notes.strip()
        if "\x00" in notes or len(notes) > NOTES_LIMIT:
            errors["notes"] = translate(
                "waitlist", "Notes are at most {limit} characters of text."
            ).format(limit=NOTES_LIMIT)
        if errors:
            raise ValidationError(errors)
        return WaitlistInput(
            self.client_id,
            self.service_id,
            self.practitioner_id,
            frozenset(self.weekdays),
            windows,
            self.until,
            notes,
        )


@dataclass(frozen=True, slots=True)
class WaitlistEntry:
    id: int
    client_id: int
    client_name: str
    service_id: int
    service_name: str
    minutes: int  # the service's length, to see whether a freed time fits it
    practitioner_id: int | None
    practitioner_name: str
    weekdays: frozenset[int]
    windows: tuple[TimeWindow, ...]
    until: date
    notes: str
    added_by: str
    added_at: datetime
    stored_status: WaitlistStatus  # active, booked or removed
    appointment_id: int | None
    version: int

    def status(self, today: date) -> WaitlistStatus:
        """Active, booked or removed as stored; an active one past its last day is expired."""
        if self.stored_status is WaitlistStatus.ACTIVE and self.until < today:
            return WaitlistStatus.EXPIRED
        return self.stored_status

    def is_waiting(self, today: date) -> bool:
        return self.status(today) is WaitlistStatus.ACTIVE

    def as_input(self) -> WaitlistInput:
        return WaitlistInput(
            self.client_id,
            self.service_id,
            self.practitioner_id,
            self.weekdays,
            self.windows,
            self.until,
            self.notes,
        )


@dataclass(frozen=True, slots=True)
class FreedSlot:
    """Booked time that came free (a cancellation or a move) and is still free: where, when,
    and with which room and practitioner it was booked."""

    location_id: int
    span: Span  # aware UTC
    room_id: int | None
    practitioner_id: int | None


@dataclass(frozen=True, slots=True)
class WaitlistMatch:
    """An entry that fits a freed slot, and the start its appointment would have."""

    entry: WaitlistEntry
    start: datetime  # aware UTC

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.entry.minutes)


def placement(
    entry: WaitlistEntry, slot: FreedSlot, zone: ZoneInfo, now: datetime
) -> datetime | None:
    """The earliest start in ``slot`` at which ``entry``'s service fits wholly inside the slot
    and inside one of its windows, on one of its days, by its last day, and not before
    ``now`` (aware); None when the entry does not fit there.

    Days, windows and the last day are read on the location's wall clock (``zone``). A
    window ending exactly when the service would end fits; an entry with a practitioner
    chosen fits only time freed by that practitioner.
    """
    return next(placements(entry, slot, zone, now), None)


def placements(
    entry: WaitlistEntry, slot: FreedSlot, zone: ZoneInfo, now: datetime
) -> Iterator[datetime]:
    """Every start that ``placement`` would accept, earliest first, a step apart: the book
    may refuse the first (a buffer, the practitioner's hours) and take a later one."""
    if not entry.is_waiting(now.astimezone(zone).date()):
        return
    if entry.practitioner_id is not None and entry.practitioner_id != slot.practitioner_id:
        return
    length, step = timedelta(minutes=entry.minutes), timedelta(minutes=STEP_MINUTES)
    earliest = slot.span.start if slot.span.start >= now else _next_step(now)
    for day in _days(slot.span, zone):
        if day > entry.until or (entry.weekdays and day.weekday() not in entry.weekdays):
            continue
        stretches = [w.on(day, zone) for w in entry.windows] or [_whole_day(day, zone)]
        for stretch in sorted(stretches):
            start = max(earliest, stretch.start)
            while start + length <= min(slot.span.end, stretch.end):
                yield start
                start += step


def matches(
    entries: Iterable[WaitlistEntry], slot: FreedSlot, zone: ZoneInfo, now: datetime
) -> list[WaitlistMatch]:
    """The entries that fit ``slot``, oldest on the list first (who waited longest)."""
    found = []
    for entry in sorted(entries, key=lambda e: (e.added_at, e.id)):
        start = placement(entry, slot, zone, now)
        if start is not None:
            found.append(WaitlistMatch(entry, start))
    return found


def _next_step(moment: datetime) -> datetime:
    """``moment`` rounded up to the book's five-minute step (a time already begun)."""
    floor = moment.replace(second=0, microsecond=0)
    floor -= timedelta(minutes=floor.minute % STEP_MINUTES)
    return floor if floor == moment else floor + timedelta(minutes=STEP_MINUTES)


def _whole_day(day: date, zone: ZoneInfo) -> Span:
    return Span(
        local_moment(day, time(0), zone), local_moment(day + timedelta(days=1), time(0), zone)
    )


def _days(span: Span, zone: ZoneInfo) -> list[date]:
    first, last = span.start.astimezone(zone).date(), span.end.astimezone(zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def still_free(freed: Span, taken: Iterable[Span]) -> list[Span]:
    """What is left of ``freed`` once the spans booked since are cut out of it."""
    pieces = [freed]
    for busy in taken:
        left: list[Span] = []
        for span in pieces:
            if not span.overlaps(busy):
                left.append(span)
                continue
            if span.start < busy.start:
                left.append(Span(span.start, busy.start))
            if busy.end < span.end:
                left.append(Span(busy.end, span.end))
        pieces = left
    return pieces


_WINDOW = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[:.](\d{2}))?$")


def parse_windows(text: str) -> tuple[TimeWindow, ...]:
    """Time windows as typed: "09:00-12:00, 15-18" (commas or semicolons between them, an
    hour alone for its full hour, "24:00" for the day's end); empty for any time."""
    windows = []
    for part in re.split(r"[,;]", text):
        typed = part.strip()
        if not typed:
            continue
        found = _WINDOW.match(typed)
        times = _window_times(found.groups()) if found else None
        if times is None:
            raise ValidationError(
                {
                    "windows": translate(
                        "waitlist", "'{typed}' is not a time window: write e.g. 09:00-12:00."
                    ).format(typed=typed[:20])
                }
            )
        windows.append(TimeWindow(*times))
    return tuple(windows)


def _window_times(groups: Sequence[str | None]) -> tuple[time, time] | None:
    hours = [int(groups[0] or 0), int(groups[2] or 0)]
    minutes = [int(groups[1] or 0), int(groups[3] or 0)]
    if hours[1] == 24 and minutes[1] == 0:
        hours[1], minutes[1] = 23, 59  # the day's end: a window keeps to its own day
    if any(h > 23 for h in hours) or any(m > 59 for m in minutes):
        return None
    return time(hours[0], minutes[0]), time(hours[1], minutes[1])


def days_text(weekdays: frozenset[int]) -> str:
    """ "Mon, Tue" in the screens' language; "Any day" when none is chosen."""
    if not weekdays or len(weekdays) == 7:
        return translate("waitlist", "Any day")
    return ", ".join(WEEKDAY_NAMES[day][:3] for day in sorted(weekdays))


def windows_text(windows: Sequence[TimeWindow]) -> str:
    if not windows:
        return translate("waitlist", "Any time")
    return ", ".join(f"{w.start:%H:%M}–{w.end:%H:%M}" for w in windows)
