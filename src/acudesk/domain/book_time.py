"""Time on the appointment book: spans of UTC time, weekly opening and working hours, closures.

Every instant is an aware datetime; the book stores UTC and shows each location's own zone, so
that a weekly course stays at 10:00 local across a daylight-saving change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open stretch of time [start, end), both ends aware."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a Span needs aware datetimes")
        if self.end < self.start:
            raise ValueError("a Span cannot end before it starts")

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def widened(self, before: timedelta, after: timedelta) -> Span:
        return Span(self.start - before, self.end + after)


def utc(moment: datetime) -> datetime:
    """The same instant in UTC (a naive datetime is refused: its zone would be a guess)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no zone")
    return moment.astimezone(UTC)


def local_moment(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant a wall clock in ``zone`` shows ``at`` on ``day``.

    A time skipped by a spring-forward change is read as the one just after it (02:30 on the
    night clocks go from 02:00 to 03:00 is 03:30); a time that happens twice is the first.
    """
    # zoneinfo reads a skipped wall time with the offset before the change (fold=0), which
    # lands just after the gap, and a repeated one as its first occurrence.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


WEEKDAY_NAMES = LazyTexts(
    "book",
    {
        0: QT_TRANSLATE_NOOP("book", "Monday"),
        1: QT_TRANSLATE_NOOP("book", "Tuesday"),
        2: QT_TRANSLATE_NOOP("book", "Wednesday"),
        3: QT_TRANSLATE_NOOP("book", "Thursday"),
        4: QT_TRANSLATE_NOOP("book", "Friday"),
        5: QT_TRANSLATE_NOOP("book", "Saturday"),
        6: QT_TRANSLATE_NOOP("book", "Sunday"),
    },
)


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """Opening or working hours: for each weekday (0 = Monday) the stretches of wall time.

    A break is the gap between two stretches of one day; a day left out is a day off.
    """

    days: Mapping[int, tuple[tuple[time, time], ...]] = field(default_factory=dict)
    # The UTC spans of each (day, zone) asked for: a free-slot search asks thousands of times.
    _spans: dict[tuple[date, str], list[Span]] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for weekday, stretches in self.days.items():
            if weekday not in range(7):
                raise ValueError(f"weekday {weekday} is not 0-6")
            ordered = sorted(stretches)
            for (start, end), following in zip(ordered, [*ordered[1:], None], strict=True):
                if end <= start:
                    errors[f"hours.{weekday}"] = translate(
                        "book", "On {day} a stretch of hours ends before it starts."
                    ).format(day=WEEKDAY_NAMES[weekday])
                elif following is not None and following[0] < end:
                    errors[f"hours.{weekday}"] = translate(
                        "book", "On {day} two stretches of hours overlap."
                    ).format(day=WEEKDAY_NAMES[weekday])
        if errors:
            raise ValidationError(errors)

    @classmethod
    def every_day(cls, start: time, end: time, weekdays: Iterable[int] = range(7)) -> WeeklyHours:
        return cls(dict.fromkeys(weekdays, ((start, end),)))

    def spans_on(self, day: date, zone: ZoneInfo) -> list[Span]:
        """The stretches of ``day`` as UTC spans."""
        key = (day, str(zone))
        if key not in self._spans:
            self._spans[key] = [
                Span(local_moment(day, start, zone), local_moment(day, end, zone))
                for start, end in sorted(self.days.get(day.weekday(), ()))
            ]
        return self._spans[key]

    def covers(self, span: Span, zone: ZoneInfo) -> bool:
        """Whether ``span`` lies inside one stretch (so not across a break or a day off)."""
        for day in _local_days(span, zone):
            if any(stretch.contains(span) for stretch in self.spans_on(day, zone)):
                return True
        return False


def _local_days(span: Span, zone: ZoneInfo) -> Iterator[date]:
    first = span.start.astimezone(zone).date()
    last = span.end.astimezone(zone).date()
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


SEARCH_DAYS = 70  # how far next_start and last_start look (a free-slot search goes 60 days)


@dataclass(frozen=True, slots=True)
class Availability:
    """When a person or a place can be booked: weekly hours less time off (or closures)."""

    hours: WeeklyHours | None = None  # None: no hours set, any time of any day
    away: Sequence[Span] = ()

    def allows(self, span: Span, zone: ZoneInfo) -> bool:
        if self.hours is not None and not self.hours.covers(span, zone):
            return False
        return not any(off.overlaps(span) for off in self.away)

    def next_start(self, after: datetime, length: timedelta, zone: ZoneInfo) -> datetime | None:
        """The first start at or after ``after`` of a stretch ``length`` long that this
        allows, looked for over SEARCH_DAYS; None without weekly hours (or none found)."""
        return self._nearest_start(after, length, zone, 1)

    def last_start(self, before: datetime, length: timedelta, zone: ZoneInfo) -> datetime | None:
        """The last start at or before ``before`` of a stretch ``length`` long that this
        allows, looked for over SEARCH_DAYS; None without weekly hours (or none found)."""
        return self._nearest_start(before, length, zone, -1)

    def _nearest_start(
        self, moment: datetime, length: timedelta, zone: ZoneInfo, way: int
    ) -> datetime | None:
        if self.hours is None:
            return None
        day = moment.astimezone(zone).date()
        for _ in range(SEARCH_DAYS):
            fitting = []
            for piece in self.open_spans(day, zone):
                # Later: from the piece's start or the moment; earlier: ending at its end.
                start = max(piece.start, moment) if way > 0 else min(piece.end - length, moment)
                if piece.start <= start and start + length <= piece.end:
                    fitting.append(start)
            if fitting:  # all of the day's: on a clock change its stretches may overlap
                return min(fitting) if way > 0 else max(fitting)
            day += timedelta(days=way)
        return None

    def open_spans(self, day: date, zone: ZoneInfo) -> list[Span]:
        """The bookable stretches of ``day``, time off cut out."""
        spans = closed_days([day], zone) if self.hours is None else self.hours.spans_on(day, zone)
        for off in self.away:
            spans = [piece for span in spans for piece in _cut(span, off)]
        return spans


def _cut(span: Span, off: Span) -> list[Span]:
    if not span.overlaps(off):
        return [span]
    pieces = []
    if span.start < off.start:
        pieces.append(Span(span.start, off.start))
    if off.end < span.end:
        pieces.append(Span(off.end, span.end))
    return pieces


def closed_days(days: Iterable[date], zone: ZoneInfo) -> list[Span]:
    """Whole local days (holidays, closures) as spans of time off."""
    return [
        Span(
            local_moment(day, time(0, 0), zone),
            local_moment(day + timedelta(days=1), time(0, 0), zone),
        )
        for day in days
    ]
