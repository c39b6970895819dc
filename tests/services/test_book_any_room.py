"""A booking that leaves the room to the book ("Any free room"): the first of the location's
rooms free then, for a course the one free for every session, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acudesk.domain.appointments import AppointmentStatus, BookingClash, CourseClash
from acudesk.domain.book_course import occurrences
from tests.services.handouts_support import add_client
from tests.services.test_book_service import LONDON, book, request, tuesday  # noqa: F401

WEEKLY = "FREQ=WEEKLY;COUNT=3"


def anywhere(book, start, *, client_id=None):  # noqa: F811
    asked = replace(request(book, start, practitioner=False), room_id=None, any_room=True)
    return asked if client_id is None else replace(asked, client_id=client_id)


def test_the_first_room_free_then_is_taken(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, rooms, _facial, _client = book
    first = desk.book.book(owner, anywhere(book, tuesday(10)))
    assert first.room_id == rooms[0].id  # Blue, the first by name
    other = add_client(desk, owner, "Ines", "Moreau")
    second = desk.book.book(owner, anywhere(book, tuesday(10, 30), client_id=other.id))
    assert second.room_id == rooms[1].id  # Blue is taken: Green
    third = add_client(desk, owner, "Olga", "Petrova")
    with pytest.raises(BookingClash) as refused:  # both taken: told, nothing booked
        desk.book.book(owner, anywhere(book, tuesday(10, 15), client_id=third.id))
    assert refused.value.alternative is not None


def test_with_every_room_taken_the_earliest_of_any_room_is_offered(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, rooms, _facial, _client = book
    for start, room, name in ((tuesday(10, 30), 0, "Ines"), (tuesday(10), 1, "Olga")):
        other = add_client(desk, owner, name, "Moreau")
        asked = replace(request(book, start, room=room, practitioner=False), client_id=other.id)
        desk.book.book(owner, asked)
    with pytest.raises(BookingClash) as refused:
        desk.book.book(owner, anywhere(book, tuesday(10, 15)))
    # Blue is free again from 11:40, Green (the second room) from 11:10: Green is offered.
    offered = refused.value.alternative
    assert offered is not None and (offered.start, offered.room_id) == (
        tuesday(11, 10),
        rooms[1].id,
    )


def test_a_course_takes_the_room_free_for_every_session(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, rooms, _facial, _client = book
    other = add_client(desk, owner, "Ines", "Moreau")
    # Blue is taken in the second week only: the whole course goes to Green.
    desk.book.book(owner, replace(request(book, tuesday(10, week=1)), client_id=other.id))
    plan = desk.book.plan_course(owner, anywhere(book, tuesday(10)), WEEKLY)
    assert all(o.free for o in plan) and {o.slot.room_id for o in plan} == {rooms[1].id}
    starts = occurrences(tuesday(10), WEEKLY, LONDON)
    made = desk.book.book_course(owner, anywhere(book, tuesday(10)), starts)
    assert [a.room_id for a in made] == [rooms[1].id] * 3


def test_a_course_no_room_holds_whole_goes_to_the_room_free_most(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, rooms, _facial, _client = book
    others = [add_client(desk, owner, name, "Lopez") for name in ("Ana", "Bea", "Cris")]
    # Blue is taken in weeks 0 and 1, Green in week 2: Green is free for more sessions.
    for client, week, room in zip(others, (0, 1, 2), (0, 0, 1), strict=True):
        taken = replace(request(book, tuesday(10, week=week), room=room), client_id=client.id)
        desk.book.book(owner, replace(taken, practitioner_id=None))
    plan = desk.book.plan_course(owner, anywhere(book, tuesday(10)), WEEKLY)
    assert {o.slot.room_id for o in plan} == {rooms[1].id}
    assert [o.free for o in plan] == [True, True, False]
    with pytest.raises(CourseClash):
        desk.book.book_course(owner, anywhere(book, tuesday(10)), [o.slot.start for o in plan])


def test_a_location_without_rooms_books_none(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, rooms, _facial, _client = book
    for room in rooms:
        desk.book_setup.set_room_active(owner, room, False)
    made = desk.book.book(owner, anywhere(book, tuesday(10)))
    assert made.room_id is None


def test_the_check_asks_any_room_too(desk, book) -> None:  # noqa: F811
    owner, _pat, _location, _rooms, _facial, _client = book
    assert desk.book.check(owner, anywhere(book, tuesday(10))) == []
    for name, room in (("Ines", 0), ("Olga", 1)):
        other = add_client(desk, owner, name, "Moreau")
        taken = replace(request(book, tuesday(10), room=room, practitioner=False))
        desk.book.book(owner, replace(taken, client_id=other.id))
    assert desk.book.check(owner, anywhere(book, tuesday(10, 30))) == ["The room is taken then."]


def test_a_planned_course_is_booked_in_the_room_its_plan_shows(desk, book) -> None:  # noqa: F811
    from acudesk.domain.book_course import in_plans_room

    owner, _pat, _location, rooms, _facial, _client = book
    other = add_client(desk, owner, "Ines", "Moreau")
    desk.book.book(owner, replace(request(book, tuesday(10)), client_id=other.id))
    plan = desk.book.plan_course(owner, anywhere(book, tuesday(10)), WEEKLY)
    assert {o.slot.room_id for o in plan} == {rooms[1].id}
    # Blue frees up meanwhile; the course still goes where the plan said, Green.
    [taken] = desk.book.between(owner, book[2].id, tuesday(0), tuesday(23))
    desk.book.set_status(owner, taken, AppointmentStatus.CANCELLED, reason="moved away")
    asked = in_plans_room(anywhere(book, tuesday(10)), plan)
    made = desk.book.book_course(owner, asked, [o.slot.start for o in plan])
    assert {a.room_id for a in made} == {rooms[1].id}
