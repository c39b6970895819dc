"""The next free time a clash offers, and a course's alternatives, are free of every booking
in the time they are looked for, not only of those near the time asked (on SQLite and
PostgreSQL): taking one books it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from acudesk.domain.appointments import BookingClash
from tests.services.handouts_support import add_client
from tests.services.test_book_service import book, request, tuesday  # noqa: F401


def _fill_blue_tuesday(desk, book) -> None:  # noqa: F811
    """Blue booked back to back on the first Tuesday, 09:00 to 17:00 (the last ends 17:00,
    cleaning to 17:10: too late for another hour before 18:00)."""
    owner = book[0]
    for n in range(7):
        client = add_client(desk, owner, "Ada", "Bassi" + "i" * n)
        taken = request(book, tuesday(9, 0) + n * timedelta(minutes=70))
        desk.book.book(owner, replace(taken, client_id=client.id, practitioner_id=None))


def test_a_clash_offers_a_time_free_of_every_booking_not_only_the_near_ones(
    desk,
    book,  # noqa: F811
) -> None:
    _fill_blue_tuesday(desk, book)
    asked = replace(request(book, tuesday(10, 30)), practitioner_id=None)
    with pytest.raises(BookingClash) as refused:
        desk.book.book(book[0], asked)
    offered = refused.value.alternative
    assert offered is not None and offered.start == tuesday(9, 0) + timedelta(days=1)
    desk.book.book(book[0], replace(asked, start=offered.start))  # and it is free indeed


def test_a_course_alternative_is_free_of_every_booking_that_day(desk, book) -> None:  # noqa: F811
    _fill_blue_tuesday(desk, book)
    asked = replace(request(book, tuesday(10, 30)), practitioner_id=None)
    first, second = desk.book.plan_course(book[0], asked, "FREQ=WEEKLY;COUNT=2")
    assert not first.free and second.free
    assert first.alternative is not None  # the Monday before, 17:00: nearer than Wednesday
    assert first.alternative.start == tuesday(17, 0) - timedelta(days=1)
    made = desk.book.book_course(book[0], asked, [first.alternative.start, second.slot.start])
    assert len(made) == 2
