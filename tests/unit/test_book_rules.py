"""The book's rules: what an appointment holds, buffers, processing time, hours, courses."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.book_course import nearest_free, next_free, occurrences, plan_course
from acudesk.domain.book_rules import BookWorld, ClashKind, ServiceType, Slot, clashes, fits, reach
from acudesk.domain.book_time import Availability, Span, WeeklyHours, closed_days, local_moment
from acudesk.domain.errors import ValidationError

LONDON = ZoneInfo("Europe/London")
ROME = ZoneInfo("Europe/Rome")
FACIAL = ServiceType("Facial acupuncture", 60, before=5, after=10)
# Needles in after 15 minutes, retained 30: the practitioner is free from 0:15 to 0:45.
RETAINED = ServiceType("Facial with retention", 60, processing_from=15, processing_minutes=30)


def at(day: int, hour: int, minute: int = 0, zone: ZoneInfo = LONDON) -> datetime:
    """A wall time in March 2027 (the clocks go forward in London on 28 March)."""
    return local_moment(date(2027, 3, day), time(hour, minute), zone)


def kinds(slot: Slot, world: BookWorld) -> set[ClashKind]:
    return {clash.kind for clash in clashes(slot, world)}


def test_the_same_room_at_overlapping_times_clashes_and_names_the_booking() -> None:
    booked = Slot(at(2, 10), FACIAL, practitioner_id=1, room_id=1, appointment_id=7)
    world = BookWorld(LONDON, [booked])
    found = clashes(Slot(at(2, 10, 30), FACIAL, practitioner_id=2, room_id=1), world)
    assert [(c.kind, c.appointment_id) for c in found] == [(ClashKind.ROOM_BUSY, 7)]
    assert "room" in found[0].message


def test_facing_buffers_keep_the_larger_not_the_sum() -> None:
    # FACIAL ends 11:00 with 10 minutes of cleaning; the next needs 5 minutes of set-up.
    world = BookWorld(LONDON, [Slot(at(2, 10), FACIAL, room_id=1, appointment_id=1)])
    assert kinds(Slot(at(2, 11, 5), FACIAL, room_id=1), world) == {ClashKind.ROOM_BUSY}
    assert kinds(Slot(at(2, 11, 10), FACIAL, room_id=1), world) == set()  # 10, not 15
    # Before it: its own 10 after and the booking's 5 before: 10 is needed.
    assert kinds(Slot(at(2, 8, 55), FACIAL, room_id=1), world) == {ClashKind.ROOM_BUSY}
    assert kinds(Slot(at(2, 8, 50), FACIAL, room_id=1), world) == set()


def test_the_practitioner_is_free_during_processing_time_but_the_room_is_not() -> None:
    first = Slot(at(2, 10), RETAINED, practitioner_id=1, room_id=1, appointment_id=1)
    world = BookWorld(LONDON, [first])
    short = ServiceType("Consultation", 30)
    # 10:15-10:45 is retention: another client in another room fits the practitioner.
    assert kinds(Slot(at(2, 10, 15), short, practitioner_id=1, room_id=2), world) == set()
    # The same practitioner a minute later overruns the end of retention.
    assert kinds(Slot(at(2, 10, 16), short, practitioner_id=1, room_id=2), world) == {
        ClashKind.PRACTITIONER_BUSY
    }
    # The room stays booked through retention.
    assert kinds(Slot(at(2, 10, 15), short, practitioner_id=2, room_id=1), world) == {
        ClashKind.ROOM_BUSY
    }


def test_moving_a_booking_does_not_clash_with_itself() -> None:
    booked = Slot(at(2, 10), FACIAL, practitioner_id=1, room_id=1, appointment_id=3)
    world = BookWorld(LONDON, [booked])
    assert clashes(booked.moved_to(at(2, 10, 30)), world) == []


def test_devices_clash_only_with_the_same_device() -> None:
    electro = ServiceType("Electro facial", 45, device_kind="electro")
    world = BookWorld(LONDON, [Slot(at(2, 10), electro, room_id=1, device_id=4, appointment_id=1)])
    assert kinds(Slot(at(2, 10), electro, room_id=2, device_id=4), world) == {ClashKind.DEVICE_BUSY}
    assert kinds(Slot(at(2, 10), electro, room_id=2, device_id=5), world) == set()


def test_hours_breaks_time_off_and_closures() -> None:
    hours = WeeklyHours({1: ((time(9), time(13)), (time(14), time(18)))})  # Tuesdays, lunch 13-14
    away = Span(at(9, 9), at(9, 12))  # the next Tuesday morning off
    world = BookWorld(
        LONDON,
        location=Availability(away=closed_days([date(2027, 3, 16)], LONDON)),
        practitioners={1: Availability(hours, away=[away])},
    )
    tuesday = 2
    assert kinds(Slot(at(tuesday, 9), FACIAL, practitioner_id=1), world) == set()
    assert kinds(Slot(at(tuesday, 12, 30), FACIAL, practitioner_id=1), world) == {
        ClashKind.PRACTITIONER_AWAY  # across lunch
    }
    assert kinds(Slot(at(3, 10), FACIAL, practitioner_id=1), world) == {
        ClashKind.PRACTITIONER_AWAY  # Wednesday: a day off
    }
    assert kinds(Slot(at(9, 10), FACIAL, practitioner_id=1), world) == {ClashKind.PRACTITIONER_AWAY}
    assert ClashKind.LOCATION_CLOSED in kinds(Slot(at(16, 10), FACIAL, practitioner_id=1), world)


def test_overlapping_stretches_of_hours_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        WeeklyHours({0: ((time(9), time(13)), (time(12), time(18)))})
    assert "overlap" in refused.value.message


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": " ", "minutes": 60}, "name"),
        ({"name": "x", "minutes": 0}, "minutes"),
        ({"name": "x", "minutes": 60, "after": 500}, "after"),
        ({"name": "x", "minutes": 60, "processing_from": 40, "processing_minutes": 30}, None),
    ],
)
def test_service_types_are_validated(fields: dict[str, object], field: str | None) -> None:
    with pytest.raises(ValidationError) as refused:
        ServiceType(**fields)  # type: ignore[arg-type]
    assert refused.value.field == (field or "processing_minutes")


def test_a_weekly_course_keeps_its_local_time_across_the_clock_change() -> None:
    starts = occurrences(at(16, 10), "FREQ=WEEKLY;COUNT=4", LONDON)
    assert [s.astimezone(LONDON).strftime("%d %H:%M") for s in starts] == [
        "16 10:00",
        "23 10:00",
        "30 10:00",
        "06 10:00",
    ]
    # In UTC the hour moves: 10:00 GMT, then 09:00 UTC for 10:00 BST.
    assert [s.astimezone(UTC).hour for s in starts] == [10, 10, 9, 9]


def test_byday_and_until_rules() -> None:
    starts = occurrences(at(3, 10), "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270331T235959", LONDON)
    assert [s.astimezone(LONDON).day for s in starts] == [9, 16, 23, 30]


@pytest.mark.parametrize(
    "rule",
    ["", "FREQ=WEEKLY", "FREQ=DAILY;COUNT=61", "FREQ=FORTNIGHTLY;COUNT=3", "COUNT=3", "x" * 600],
)
def test_rules_that_cannot_make_a_course_are_refused(rule: str) -> None:
    with pytest.raises(ValidationError) as refused:
        occurrences(at(2, 10), rule, LONDON)
    assert refused.value.field == "repeat"
    assert refused.value.message


def test_a_course_lists_clashes_with_the_nearest_free_alternative() -> None:
    taken = Slot(at(16, 10), FACIAL, practitioner_id=1, room_id=1, appointment_id=9)
    world = BookWorld(LONDON, [taken])
    plan = plan_course(
        Slot(at(9, 10), FACIAL, practitioner_id=1, room_id=1), "FREQ=WEEKLY;COUNT=3", world
    )
    assert [o.free for o in plan] == [True, False, True]
    clash = plan[1]
    assert clash.clashes[0].appointment_id == 9
    assert clash.alternative is not None
    assert clashes(clash.alternative, world) == []
    # The nearest: right after the booking and its buffer (11:10), not before it (8:50).
    assert clash.alternative.start.astimezone(LONDON).strftime("%H:%M") == "11:10"


def test_a_course_never_puts_two_of_its_sessions_in_one_slot() -> None:
    plan = plan_course(
        Slot(at(2, 10), FACIAL, room_id=1), "FREQ=MINUTELY;INTERVAL=30;COUNT=3", BookWorld(LONDON)
    )
    taken = [o.slot if o.free else o.alternative for o in plan]
    assert all(t is not None for t in taken)
    spans = [t.span for t in taken if t]
    assert not any(a.overlaps(b) for i, a in enumerate(spans) for b in spans[i + 1 :])


def test_next_free_skips_to_after_the_booking() -> None:
    world = BookWorld(LONDON, [Slot(at(2, 10), FACIAL, practitioner_id=1, appointment_id=1)])
    found = next_free(Slot(at(2, 10, 30), FACIAL, practitioner_id=1), world)
    assert found is not None and found.start == at(2, 11, 10)
    assert (
        nearest_free(Slot(at(2, 10), FACIAL, practitioner_id=1), world, within=timedelta(minutes=5))
        is None
    )


def test_reach_covers_every_possible_buffer() -> None:
    slot = Slot(at(2, 10), FACIAL)
    assert reach(slot).start <= slot.start - timedelta(minutes=120)
    assert reach(slot).end >= slot.end + timedelta(minutes=120)


minutes = st.integers(min_value=0, max_value=24 * 60)


@settings(max_examples=200, derandomize=True)
@given(minutes, minutes, st.integers(0, 30), st.integers(0, 30))
def test_clashing_is_symmetric(a: int, b: int, a_after: int, b_before: int) -> None:
    base = datetime(2027, 5, 4, tzinfo=UTC)
    one = Slot(
        base + timedelta(minutes=a),
        ServiceType("A", 45, after=a_after),
        room_id=1,
        appointment_id=1,
    )
    two = Slot(
        base + timedelta(minutes=b),
        ServiceType("B", 30, before=b_before),
        room_id=1,
        appointment_id=2,
    )
    assert bool(clashes(one, BookWorld(UTC, [two]))) == bool(clashes(two, BookWorld(UTC, [one])))


@settings(max_examples=100, derandomize=True)
@given(
    st.integers(1, 28),
    st.integers(7, 20),
    st.sampled_from([LONDON, ROME, ZoneInfo("America/New_York")]),
)
def test_weekly_courses_keep_the_wall_time_in_any_zone(day: int, hour: int, zone: ZoneInfo) -> None:
    first = local_moment(date(2027, 3, day), time(hour, 0), zone)
    for start in occurrences(first, "FREQ=WEEKLY;COUNT=10", zone):
        assert start.astimezone(zone).time() == time(hour, 0)
        assert start.astimezone(zone).weekday() == first.astimezone(zone).weekday()


def test_open_spans_cut_out_breaks_and_time_off() -> None:
    hours = WeeklyHours({1: ((time(9), time(13)), (time(14), time(18)))})
    working = Availability(hours, away=[Span(at(2, 15), at(2, 16))])
    spans = working.open_spans(date(2027, 3, 2), LONDON)
    assert [(s.start.astimezone(LONDON).hour, s.end.astimezone(LONDON).hour) for s in spans] == [
        (9, 13),
        (14, 15),
        (16, 18),
    ]
    assert Availability().open_spans(date(2027, 3, 2), LONDON)[0].minutes == 24 * 60


@settings(max_examples=200, derandomize=True)
@given(minutes, st.integers(0, 30), st.sampled_from([None, 1]), st.sampled_from([None, 1]))
def test_fits_agrees_with_clashes(a: int, after: int, room: int | None, person: int | None) -> None:
    base = datetime(2027, 5, 4, tzinfo=UTC)
    booked = Slot(
        base + timedelta(hours=9), RETAINED, practitioner_id=1, room_id=1, appointment_id=1
    )
    hours = Availability(WeeklyHours.every_day(time(8), time(18)))
    world = BookWorld(UTC, [booked], hours)
    slot = Slot(base + timedelta(minutes=a), ServiceType("B", 30, after=after), person, room)
    assert fits(slot, world) == (clashes(slot, world) == [])
