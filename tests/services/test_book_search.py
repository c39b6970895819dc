"""The next free slot on a real database (SQLite and PostgreSQL): each time offered is one the
booking check accepts, and no earlier time on the grid is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_search import FreeSlotQuery
from acudesk.domain.book_time import Span, WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ValidationError
from acudesk.domain.users import NewUser, Role
from tests.services.handouts_support import add_client

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def book(desk):
    """London, Mon-Sat 9-18; Blue and Green rooms; Pat works there; a facial with retention."""
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    desk.book_setup.set_working_hours(owner, pat.id, location.id, hours)
    rooms = [desk.book_setup.add_room(owner, location.id, name) for name in ("Blue", "Green")]
    facial = desk.book_setup.add_service_type(
        owner,
        ServiceType("Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30),
    )
    client = add_client(desk, owner)
    return owner, pat, location, rooms, facial, client


def tuesday(hour: int, minute: int = 0, week: int = 0) -> datetime:
    return local_moment(date(2027, 3, 16) + timedelta(weeks=week), time(hour, minute), LONDON)


def booking(book, start: datetime, room: int = 0, **changes) -> BookingRequest:
    _owner, pat, location, rooms, facial, client = book
    made = BookingRequest(client.id, facial.id, location.id, start, pat.id, rooms[room].id)
    return replace(made, **changes)


def query(book, after: datetime, **changes) -> FreeSlotQuery:
    _owner, pat, location, rooms, facial, _client = book
    asked = FreeSlotQuery(facial.id, location.id, after, pat.id, rooms[0].id)
    return replace(asked, **changes)


def local(moment: datetime) -> tuple[date, time]:
    moment = moment.astimezone(LONDON)
    return moment.date(), moment.time()


def test_the_next_free_start_is_the_first_the_booking_check_accepts(desk, book) -> None:
    owner = book[0]
    desk.book.book(owner, booking(book, tuesday(10)))
    desk.book.book(owner, booking(book, tuesday(12), room=1, practitioner_id=None))
    found = desk.book_search.next_free(owner, query(book, tuesday(9, 30), count=4))
    assert len(found) == 4
    # 09:30 would run into the 10:00 facial; the room is cleaned until 11:10.
    assert local(found[0].start) == (date(2027, 3, 16), time(11, 10))
    assert all(b.start - a.start >= timedelta(minutes=15) for a, b in pairwise(found))
    for slot in found:
        request = booking(book, slot.start, practitioner_id=slot.practitioner_id)
        assert desk.book.check(owner, replace(request, room_id=slot.room_id)) == []
    moment = tuesday(9, 30)
    while moment < found[0].start:
        assert desk.book.check(owner, booking(book, moment)) != [], moment
        moment += timedelta(minutes=5)


def test_the_practitioner_is_free_during_retention_in_another_room(desk, book) -> None:
    owner, _pat, _location, rooms = book[:4]
    desk.book.book(owner, booking(book, tuesday(10)))
    talk = desk.book_setup.add_service_type(owner, ServiceType("Consultation", 30))
    found = desk.book_search.next_free(
        owner, query(book, tuesday(10), service_id=talk.id, room_id=rooms[1].id, count=1)
    )
    assert [local(s.start)[1] for s in found] == [time(10, 15)]  # while the needles are in


def test_any_room_and_whoever_works_there(desk, book) -> None:
    owner, pat, _location, rooms = book[:4]
    desk.book.book(owner, booking(book, tuesday(10)))
    found = desk.book_search.next_free(owner, query(book, tuesday(10), room_id=None, count=1))
    assert [(local(s.start)[1], s.room_id, s.practitioner_id) for s in found] == [
        # Pat needles the second client while the first's needles are in, and is back for
        # the second after the first's ten minutes of cleaning.
        (time(10, 25), rooms[1].id, pat.id)
    ]
    # Only Pat has hours here, so "anyone" means Pat; with nobody named it is the same.
    anyone = desk.book_search.next_free(
        owner, query(book, tuesday(10), room_id=None, practitioner_id=None, count=1)
    )
    assert [(s.start, s.practitioner_id) for s in anyone] == [(found[0].start, pat.id)]


def test_time_off_closures_and_the_past_are_skipped(desk, book) -> None:
    owner, pat, location = book[:3]
    desk.book_setup.add_time_off(owner, Span(tuesday(0), tuesday(23, 59)), user_id=pat.id)
    wednesday = local_moment(date(2027, 3, 17), time(0), LONDON)
    desk.book_setup.add_time_off(
        owner, Span(wednesday, wednesday + timedelta(days=1)), location_id=location.id
    )
    found = desk.book_search.next_free(owner, query(book, tuesday(8), count=1))
    assert local(found[0].start) == (date(2027, 3, 18), time(9))
    # A search from the past starts now (the test clock: Monday 23 November 2026, 09:00).
    found = desk.book_search.next_free(owner, query(book, tuesday(8, week=-30), count=1))
    assert local(found[0].start) == (date(2026, 11, 23), time(9))


def test_a_service_needing_a_device_takes_a_free_one(desk, book) -> None:
    owner, _pat, location = book[:3]
    annex = desk.book_setup.add_location(owner, "Annex", location.zone, location.hours)
    desk.book_setup.add_device(owner, annex.id, "Annex E", "electro")  # the kind exists, elsewhere
    electro = desk.book_setup.add_service_type(
        owner, ServiceType("Electro facial", 45, device_kind="electro")
    )
    asked = query(book, tuesday(10), service_id=electro.id, room_id=None, count=1)
    with pytest.raises(ValidationError) as refused:
        desk.book_search.next_free(owner, asked)
    assert "electro" in refused.value.message
    first, second = (
        desk.book_setup.add_device(owner, location.id, name, "electro") for name in ("E1", "E2")
    )
    desk.book.book(
        owner,
        booking(book, tuesday(10), service_id=electro.id, practitioner_id=None, device_id=first.id),
    )
    found = desk.book_search.next_free(owner, replace(asked, practitioner_id=None))
    assert [(s.start, s.device_id) for s in found] == [(tuesday(10), second.id)]


def test_a_bad_query_gets_a_message(desk, book) -> None:
    owner = book[0]
    with pytest.raises(ValidationError):
        FreeSlotQuery(book[4].id, book[2].id, datetime(2027, 3, 16, 10), count=1)
    with pytest.raises(ValidationError):
        query(book, tuesday(10), count=0)
    with pytest.raises(ValidationError) as refused:
        desk.book_search.next_free(owner, query(book, tuesday(10), service_id=9999))
    assert refused.value.message == "Choose a service."
