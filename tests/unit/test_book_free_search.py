"""The free-slot searches step over what a booking keeps at once: they must find exactly the
slot that trying every five-minute start in turn finds, whatever the bookings, buffers,
processing times, devices and hours."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.book_course import STEP, nearest_free, next_free
from acudesk.domain.book_rules import BookWorld, ServiceType, Slot, block, fits
from acudesk.domain.book_time import Availability, Span, WeeklyHours

BASE = datetime(2027, 5, 4, 6, 0, tzinfo=UTC)


def stepping_next(slot: Slot, world: BookWorld, within: timedelta) -> Slot | None:
    for offset in range(int(within / STEP) + 1):
        candidate = slot.moved_to(slot.start + offset * STEP)
        if fits(candidate, world):
            return candidate
    return None


def stepping_nearest(slot: Slot, world: BookWorld, within: timedelta) -> Slot | None:
    for offset in range(1, int(within / STEP) + 1):
        for sign in (1, -1):
            candidate = slot.moved_to(slot.start + sign * offset * STEP)
            if fits(candidate, world):
                return candidate
    return None


@st.composite
def services(draw: st.DrawFn) -> ServiceType:
    minutes = draw(st.sampled_from([20, 30, 45, 60, 90]))
    processing = draw(st.booleans())
    return ServiceType(
        "S",
        minutes,
        before=draw(st.sampled_from([0, 5, 10, 15])),
        after=draw(st.sampled_from([0, 3, 10, 25])),
        processing_from=10 if processing else 0,
        processing_minutes=minutes - 15 if processing else 0,
        device_kind="electro" if draw(st.booleans()) else None,
    )


@st.composite
def worlds(draw: st.DrawFn) -> BookWorld:
    bookings = [
        Slot(
            BASE + timedelta(minutes=draw(st.integers(0, 14 * 60))),
            draw(services()),
            practitioner_id=draw(st.sampled_from([None, 1, 2])),
            room_id=draw(st.sampled_from([None, 1, 2])),
            device_id=draw(st.sampled_from([None, 1])),
            appointment_id=number,
        )
        for number in range(1, draw(st.integers(0, 14)) + 1)
    ]
    hours = Availability(WeeklyHours.every_day(time(8), time(19)))
    away = BASE + timedelta(hours=draw(st.integers(2, 30)))
    off = [Span(away, away + timedelta(minutes=draw(st.sampled_from([40, 95, 600]))))]
    with_break = WeeklyHours(
        {day: ((time(9), time(12, 30)), (time(13, 30), time(18))) for day in range(6)}
    )
    practitioner = Availability(with_break if draw(st.booleans()) else None, off)
    room = Availability(WeeklyHours.every_day(time(10), time(16), range(1, 6)))
    location = hours if draw(st.booleans()) else Availability()
    return BookWorld(
        UTC, bookings, location, {1: practitioner}, {1: room} if draw(st.booleans()) else {}
    )


@st.composite
def wanted(draw: st.DrawFn) -> Slot:
    return Slot(
        BASE + timedelta(minutes=5 * draw(st.integers(0, 14 * 12))),
        draw(services()),
        practitioner_id=draw(st.sampled_from([None, 1])),
        room_id=draw(st.sampled_from([None, 1])),
        device_id=draw(st.sampled_from([None, 1])),
    )


@settings(max_examples=400, derandomize=True, deadline=None)
@given(
    wanted(),
    worlds(),
    st.sampled_from([timedelta(hours=3), timedelta(days=1), timedelta(days=3)]),
)
def test_skipping_finds_what_stepping_finds(slot: Slot, world: BookWorld, within: timedelta):
    assert next_free(slot, world, within=within) == stepping_next(slot, world, within)
    assert nearest_free(slot, world, within=within) == stepping_nearest(slot, world, within)


def test_a_full_room_is_stepped_over_a_booking_at_a_time() -> None:
    facial = ServiceType("Facial", 60, after=10)
    day = [
        Slot(BASE + timedelta(hours=2 + hour), facial, room_id=1, appointment_id=hour + 1)
        for hour in range(11)
    ]
    world = BookWorld(UTC, day)
    kept = block(Slot(BASE + timedelta(hours=2, minutes=30), facial, room_id=1), world)
    # 08:30 meets 08:00-09:00 and 09:00-10:00: later clears both, earlier clears the first.
    assert kept is not None
    assert kept.later == BASE + timedelta(hours=4, minutes=10)
    assert kept.earlier == BASE + timedelta(minutes=50)
    found = next_free(Slot(BASE + timedelta(hours=2), facial, room_id=1), world)
    assert found is not None and found.start == BASE + timedelta(hours=13, minutes=10)
    assert block(found, world) is None


def test_a_practitioner_freed_by_retention_is_found_inside_it() -> None:
    retained = ServiceType("Retained", 90, after=5, processing_from=10, processing_minutes=75)
    booked = Slot(BASE + timedelta(hours=3), retained, practitioner_id=1, appointment_id=1)
    short = ServiceType("Check", 20)
    found = next_free(
        Slot(BASE + timedelta(hours=2, minutes=50), short, practitioner_id=1),
        BookWorld(UTC, [booked]),
    )
    # 08:50 meets the set-up of 09:00; the first start clear is 09:10, in the retention.
    assert found is not None and found.start == BASE + timedelta(hours=3, minutes=10)


def test_a_retained_slot_is_found_with_the_booking_inside_its_retention() -> None:
    retained = ServiceType("Retained", 90, after=5, processing_from=10, processing_minutes=75)
    booked = Slot(
        BASE + timedelta(hours=3, minutes=30), ServiceType("Check", 20), practitioner_id=1
    )
    wanted = Slot(BASE + timedelta(hours=2), retained, practitioner_id=1)
    # At 08:00 its last five minutes meet 09:30; from 08:25 the check lies inside the
    # retention (the practitioner is free from 08:35 to 09:50), not after its end.
    found = next_free(wanted, BookWorld(UTC, [booked]))
    assert found is not None and found.start == BASE + timedelta(hours=2, minutes=25)


def _minutes(first: datetime, last: datetime) -> list[datetime]:
    return [first + timedelta(minutes=n) for n in range(int((last - first) / timedelta(minutes=1)))]


def test_nearest_starts_agree_with_allows_across_the_clock_changes() -> None:
    """On the nights the clocks change, local stretches can meet or overlap in UTC: the
    nearest start either way is still exactly the nearest one the hours allow."""
    from datetime import date
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    length = timedelta(minutes=15)
    for day in (date(2025, 3, 30), date(2025, 10, 26)):  # spring forward, fall back
        hours = WeeklyHours(
            {day.weekday(): ((time(0), time(1, 30)), (time(2), time(2, 20)), (time(9), time(10)))}
        )
        open_ = Availability(hours)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=2)
        grid = _minutes(start, start + timedelta(hours=14))
        allowed = [t for t in grid if open_.allows(Span(t, t + length), london)]
        assert allowed
        for moment in grid[::7]:
            later = [t for t in allowed if t >= moment]
            earlier = [t for t in allowed if t <= moment]
            if later:
                assert open_.next_start(moment, length, london) == later[0], moment
            if earlier:
                assert open_.last_start(moment, length, london) == earlier[-1], moment
