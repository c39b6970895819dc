"""The waitlist's rule: which freed time suits which entry, and where in it the booking goes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acudesk.domain.book_time import Span, local_moment
from acudesk.domain.errors import ValidationError
from acudesk.domain.waitlist import (
    NOTES_LIMIT,
    FreedSlot,
    TimeWindow,
    WaitlistEntry,
    WaitlistInput,
    WaitlistStatus,
    matches,
    placement,
    still_free,
)

LONDON = ZoneInfo("Europe/London")
ROME = ZoneInfo("Europe/Rome")
SYDNEY = ZoneInfo("Australia/Sydney")
TUESDAY = date(2027, 3, 16)


def at(hour: int, minute: int = 0, day: date = TUESDAY, zone: ZoneInfo = LONDON) -> datetime:
    return local_moment(day, time(hour, minute), zone)


def entry(**changes) -> WaitlistEntry:
    made = WaitlistEntry(
        id=1,
        client_id=10,
        client_name="Anna Rossi",
        service_id=3,
        service_name="Facial",
        minutes=60,
        practitioner_id=None,
        practitioner_name="",
        weekdays=frozenset(),
        windows=(),
        until=date(2027, 4, 30),
        notes="",
        added_by="Rita",
        added_at=datetime(2027, 3, 1, 9),
        stored_status=WaitlistStatus.ACTIVE,
        appointment_id=None,
        version=1,
    )
    return replace(made, **changes)


def freed(start: datetime, end: datetime, room: int | None = 1, person: int | None = 5):
    return FreedSlot(1, Span(start, end), room, person)


EARLY = at(7, day=TUESDAY - timedelta(days=1))  # "now": the day before, before opening


def test_a_window_ending_exactly_when_the_service_would_end_fits() -> None:
    slot = freed(at(10), at(11))
    fits = entry(windows=(TimeWindow(time(9), time(11)),))
    assert placement(fits, slot, LONDON, EARLY) == at(10)
    short = entry(windows=(TimeWindow(time(9), time(10, 59)),))
    assert placement(short, slot, LONDON, EARLY) is None


def test_the_service_must_fit_the_freed_time() -> None:
    assert placement(entry(minutes=60), freed(at(10), at(11)), LONDON, EARLY) == at(10)
    assert placement(entry(minutes=65), freed(at(10), at(11)), LONDON, EARLY) is None


def test_the_booking_starts_where_a_window_opens_inside_a_longer_slot() -> None:
    slot = freed(at(9), at(12))
    later = entry(windows=(TimeWindow(time(8), time(9, 30)), TimeWindow(time(10, 30), time(13))))
    assert placement(later, slot, LONDON, EARLY) == at(10, 30)


def test_a_chosen_practitioner_fits_only_their_own_freed_time() -> None:
    slot = freed(at(10), at(11), person=5)
    assert placement(entry(practitioner_id=5), slot, LONDON, EARLY) == at(10)
    assert placement(entry(practitioner_id=6), slot, LONDON, EARLY) is None
    assert (
        placement(entry(practitioner_id=5), freed(at(10), at(11), person=None), LONDON, EARLY)
        is None
    )
    assert placement(entry(), freed(at(10), at(11), person=None), LONDON, EARLY) == at(10)


def test_days_of_the_week_and_the_last_day() -> None:
    slot = freed(at(10), at(11))  # a Tuesday
    assert placement(entry(weekdays=frozenset({1, 3})), slot, LONDON, EARLY) == at(10)
    assert placement(entry(weekdays=frozenset({0, 2})), slot, LONDON, EARLY) is None
    assert placement(entry(until=TUESDAY), slot, LONDON, EARLY) == at(10)
    assert placement(entry(until=TUESDAY - timedelta(days=1)), slot, LONDON, EARLY) is None


def test_expired_booked_and_removed_entries_fit_nothing() -> None:
    slot = freed(at(10, day=date(2027, 5, 4)), at(11, day=date(2027, 5, 4)))
    waiting = entry(until=date(2027, 5, 31))
    assert placement(waiting, slot, LONDON, EARLY) is not None
    after_its_last_day = at(9, day=date(2027, 6, 1))
    assert waiting.status(after_its_last_day.date()) is WaitlistStatus.EXPIRED
    assert placement(waiting, slot, LONDON, after_its_last_day) is None
    for status in (WaitlistStatus.BOOKED, WaitlistStatus.REMOVED):
        assert placement(replace(waiting, stored_status=status), slot, LONDON, EARLY) is None


def test_time_already_past_is_not_offered_and_a_slot_begun_starts_on_the_next_step() -> None:
    slot = freed(at(10), at(11, 30))
    assert placement(entry(), slot, LONDON, at(10, 2)) == at(10, 5)
    assert placement(entry(), slot, LONDON, at(10, 31)) is None  # 10:35 + 60 > 11:30
    assert placement(entry(minutes=30), slot, LONDON, at(11, 1)) is None


def test_windows_are_wall_clock_times_of_the_location() -> None:
    morning = entry(windows=(TimeWindow(time(9), time(10)),))
    # 09:00-10:00 in Rome is 08:00-09:00 UTC in March (before the change).
    slot = freed(datetime(2027, 3, 16, 8, tzinfo=UTC), datetime(2027, 3, 16, 9, tzinfo=UTC))
    assert placement(morning, slot, ROME, EARLY) == slot.span.start
    assert placement(morning, slot, LONDON, EARLY) is None  # in London that is 08:00-09:00


def test_a_window_on_the_day_the_clocks_go_forward_keeps_its_wall_time() -> None:
    change_day = date(2027, 3, 28)  # London: 01:00 GMT becomes 02:00 BST
    morning = entry(windows=(TimeWindow(time(9), time(10)),))
    slot = freed(at(9, day=change_day), at(10, day=change_day))
    assert slot.span.start == datetime(2027, 3, 28, 8, tzinfo=UTC)
    assert placement(morning, slot, LONDON, EARLY) == slot.span.start
    before = freed(datetime(2027, 3, 28, 9, tzinfo=UTC), datetime(2027, 3, 28, 10, tzinfo=UTC))
    assert placement(morning, before, LONDON, EARLY) is None  # 10:00-11:00 BST


def test_the_weekday_is_the_locations_not_utcs() -> None:
    # 23:00 UTC on Monday 15 March is 10:00 on Tuesday in Sydney.
    slot = freed(datetime(2027, 3, 15, 23, tzinfo=UTC), datetime(2027, 3, 16, 0, tzinfo=UTC))
    tuesdays = entry(weekdays=frozenset({1}), windows=(TimeWindow(time(10), time(11)),))
    assert placement(tuesdays, slot, SYDNEY, EARLY) == slot.span.start
    assert placement(tuesdays, slot, LONDON, EARLY) is None


def test_matches_list_who_waited_longest_first() -> None:
    slot = freed(at(10), at(11))
    newer = entry(id=2, added_at=datetime(2027, 3, 5, 9))
    older = entry(id=3, added_at=datetime(2027, 2, 1, 9))
    away = entry(id=4, weekdays=frozenset({4}))
    assert [m.entry.id for m in matches([newer, away, older], slot, LONDON, EARLY)] == [3, 2]
    assert matches([older], slot, LONDON, EARLY)[0].end == at(11)


def test_time_booked_since_is_cut_out_of_the_freed_time() -> None:
    whole = Span(at(9), at(12))
    assert still_free(whole, []) == [whole]
    assert still_free(whole, [Span(at(10), at(11))]) == [Span(at(9), at(10)), Span(at(11), at(12))]
    assert still_free(whole, [Span(at(8), at(9, 30)), Span(at(11, 30), at(13))]) == [
        Span(at(9, 30), at(11, 30))
    ]
    assert still_free(whole, [Span(at(8), at(13))]) == []
    assert still_free(whole, [Span(at(12), at(13))]) == [whole]  # touching is not taking


def test_an_input_is_refused_field_by_field() -> None:
    today = date(2027, 3, 1)
    with pytest.raises(ValidationError) as refused:
        WaitlistInput(
            None,
            None,
            windows=(TimeWindow(time(12), time(9)),),
            until=date(2027, 2, 28),
            notes="x" * (NOTES_LIMIT + 1),
        ).checked(today)
    assert set(refused.value.errors) == {"client", "service", "windows", "until", "notes"}
    with pytest.raises(ValidationError) as refused:
        WaitlistInput(1, 2).checked(today)
    assert set(refused.value.errors) == {"until"}
    many = tuple(TimeWindow(time(h), time(h, 30)) for h in range(8, 14))
    with pytest.raises(ValidationError) as refused:
        WaitlistInput(1, 2, windows=many, until=today).checked(today)
    assert set(refused.value.errors) == {"windows"}
    kept = WaitlistInput(
        1,
        2,
        windows=(TimeWindow(time(14), time(16)), TimeWindow(time(9), time(11))),
        until=today,
        notes="  mornings  ",
    ).checked(today)
    assert kept.windows[0].start == time(9) and kept.notes == "mornings"


@given(
    start=st.integers(0, 24 * 60 - 5),
    length=st.integers(5, 6 * 60),
    minutes=st.integers(5, 4 * 60),
    window=st.tuples(st.integers(0, 23 * 60), st.integers(5, 8 * 60)),
    weekdays=st.frozensets(st.integers(0, 6)),
    zone=st.sampled_from([LONDON, ROME, SYDNEY, ZoneInfo("America/New_York")]),
)
def test_a_placement_lies_inside_the_slot_a_window_and_a_chosen_day(
    start, length, minutes, window, weekdays, zone
) -> None:
    opens = datetime(2027, 3, 26, tzinfo=UTC) + timedelta(minutes=start)  # across a change
    slot = freed(opens, opens + timedelta(minutes=length))
    first, size = window
    last = min(first + size, 24 * 60 - 1)
    chosen = TimeWindow(time(first // 60, first % 60), time(last // 60, last % 60))
    wanted = entry(minutes=minutes, weekdays=weekdays, windows=(chosen,))
    found = placement(wanted, slot, zone, EARLY)
    if found is None:
        return
    end = found + timedelta(minutes=minutes)
    assert slot.span.start <= found and end <= slot.span.end
    local = found.astimezone(zone)
    assert not weekdays or local.weekday() in weekdays
    assert chosen.on(local.date(), zone).contains(Span(found, end))
