"""Booking on a real database (SQLite and PostgreSQL): one appointment, a course with clashes,
statuses, and two workstations booking the same room at once without a double booking."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from acudesk.domain.appointments import AppointmentStatus, BookingClash, BookingRequest, CourseClash
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import Span, WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import Services
from acudesk.store.book_models import AppointmentHoldRecord, AppointmentRecord
from tests.services.handouts_support import add_client

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def book(desk):
    """A clinic with one location (London, Mon-Sat 9-18), two rooms, a practitioner, a client."""
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    rooms = [desk.book_setup.add_room(owner, location.id, name) for name in ("Blue", "Green")]
    facial = desk.book_setup.add_service_type(
        owner,
        ServiceType("Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30),
    )
    client = add_client(desk, owner)
    return owner, pat, location, rooms, facial, client


def request(book, start: datetime, *, room: int = 0, practitioner: bool = True) -> BookingRequest:
    _owner, pat, location, rooms, facial, client = book
    return BookingRequest(
        client_id=client.id,
        service_id=facial.id,
        location_id=location.id,
        start=start,
        practitioner_id=pat.id if practitioner else None,
        room_id=rooms[room].id,
    )


def tuesday(hour: int, minute: int = 0, week: int = 0) -> datetime:
    return local_moment(date(2027, 3, 16) + timedelta(weeks=week), time(hour, minute), LONDON)


def test_a_booking_is_stored_with_its_holds_and_shows_in_the_day(desk, book) -> None:
    owner = book[0]
    made = desk.book.book(owner, request(book, tuesday(10)))
    assert made.status is AppointmentStatus.BOOKED
    assert made.start == tuesday(10) and made.end == tuesday(11)
    day = desk.book.between(owner, book[2].id, tuesday(0), tuesday(23))
    assert [a.id for a in day] == [made.id]
    assert day[0].client_name.endswith(book[5].data.last_name)
    with desk.db.read_only() as session:
        holds = session.scalars(
            select(AppointmentHoldRecord.resource).where(
                AppointmentHoldRecord.appointment_id == made.id
            )
        ).all()
    # The room for the hour; the practitioner before and after the retention.
    assert sorted(holds) == sorted(
        [f"room:{book[3][0].id}", f"practitioner:{book[1].id}", f"practitioner:{book[1].id}"]
    )


def test_a_clash_is_refused_with_the_next_free_slot(desk, book) -> None:
    owner = book[0]
    desk.book.book(owner, request(book, tuesday(10)))
    with pytest.raises(BookingClash) as refused:
        desk.book.book(owner, request(book, tuesday(10, 30), practitioner=False))
    assert "room" in refused.value.message
    alternative = refused.value.alternative
    assert alternative is not None and alternative.start == tuesday(11, 10)  # after cleaning
    # The practitioner is free during retention: a half-hour consultation in another room fits.
    talk = desk.book_setup.add_service_type(owner, ServiceType("Consultation", 30))
    desk.book.book(owner, replace(request(book, tuesday(10, 15), room=1), service_id=talk.id))
    with pytest.raises(BookingClash) as refused:
        desk.book.book(owner, replace(request(book, tuesday(10, 20), room=1), service_id=talk.id))
    assert "practitioner" in refused.value.message


def test_outside_opening_hours_is_refused(desk, book) -> None:
    owner = book[0]
    sunday = local_moment(date(2027, 3, 21), time(10), LONDON)
    assert desk.book.check(owner, request(book, sunday)) == ["The clinic is closed then."]
    with pytest.raises(BookingClash):
        desk.book.book(owner, request(book, tuesday(17, 30)))


def test_a_course_with_clashes_and_alternatives_is_booked_in_one_step(desk, book) -> None:
    owner, pat = book[0], book[1]
    desk.book_setup.add_time_off(
        owner, Span(tuesday(0, week=2), tuesday(23, week=2)), user_id=pat.id
    )
    desk.book.book(owner, request(book, tuesday(10, week=4), room=1))
    plan = desk.book.plan_course(owner, request(book, tuesday(10)), "FREQ=WEEKLY;COUNT=10")
    assert len(plan) == 10
    assert [i for i, o in enumerate(plan) if not o.free] == [2, 4]
    # Across the clock change (28 March) the course stays at 10:00 in London.
    assert {o.slot.start.astimezone(LONDON).time() for o in plan} == {time(10)}
    assert plan[4].alternative is not None
    starts = [
        o.slot.start if o.free else o.alternative.start for o in plan if o.free or o.alternative
    ]
    made = desk.book.book_course(owner, request(book, tuesday(10)), starts)
    assert len(made) == len(starts)
    assert len({a.series_id for a in made}) == 1 and made[0].series_id == made[0].id
    # Booking the same starts again clashes everywhere and books none.
    with pytest.raises(CourseClash) as refused:
        desk.book.book_course(owner, request(book, tuesday(10)), starts)
    assert all(not o.free for o in refused.value.plan)
    with desk.db.read_only() as session:
        assert (
            session.scalar(select(func.count()).select_from(AppointmentRecord)) == len(starts) + 1
        )


def test_cancelling_frees_the_time_and_statuses_follow_their_order(desk, book) -> None:
    owner = book[0]
    made = desk.book.book(owner, request(book, tuesday(10)))
    with pytest.raises(ValidationError):
        desk.book.set_status(owner, made, AppointmentStatus.COMPLETED)
    arrived = desk.book.set_status(owner, made, AppointmentStatus.ARRIVED)
    with pytest.raises(ConflictError):
        desk.book.set_status(owner, made, AppointmentStatus.CANCELLED)  # stale version
    with pytest.raises(ValidationError):
        desk.book.set_status(owner, arrived, AppointmentStatus.NO_SHOW)
    other = desk.book.book(owner, request(book, tuesday(14)))
    desk.book.set_status(owner, other, AppointmentStatus.CANCELLED, "client unwell")
    desk.book.book(owner, request(book, tuesday(14)))  # the time is free again


def test_bad_requests_get_messages(desk, book) -> None:
    owner = book[0]
    with pytest.raises(ValidationError) as refused:
        desk.book.book(owner, replace(request(book, tuesday(10)), notes="x" * 3000))
    assert refused.value.field == "notes"
    with pytest.raises(ValidationError) as refused:
        desk.book.book(owner, replace(request(book, tuesday(10)), service_id=9999))
    assert refused.value.field == "service"
    with pytest.raises(ValidationError) as refused:
        desk.book.plan_course(owner, request(book, tuesday(10)), "FREQ=WEEKLY")
    assert refused.value.field == "repeat"


def test_reception_books_but_may_not_set_up_the_book(desk, book) -> None:
    owner = book[0]
    rita = desk.users.add_user(owner, NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))
    desk.book.book(rita, request(book, tuesday(10)))
    with pytest.raises(PermissionDenied):
        desk.book_setup.add_room(rita, book[2].id, "Red")


def test_two_workstations_booking_the_same_room_at_once_never_double_book(desk, room, book) -> None:
    """Both computers try the same 42 slots at the same moments: each slot is booked once."""
    owner = book[0]
    starts = [tuesday(9) + timedelta(days=7 * (i // 7), minutes=70 * (i % 7)) for i in range(42)]
    outcomes: dict[str, list[str]] = {"desk": [], "room": []}
    barrier = threading.Barrier(2, timeout=30)

    def run(services: Services, name: str) -> None:
        for start in starts:
            barrier.wait()
            try:
                services.book.book(owner, request(book, start, practitioner=False))
                outcomes[name].append("booked")
            except (BookingClash, ConflictError):
                outcomes[name].append("refused")

    threads = [
        threading.Thread(target=run, args=(s, n)) for s, n in ((desk, "desk"), (room, "room"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(
        sorted([outcomes["desk"][i], outcomes["room"][i]]) == ["booked", "refused"]
        for i in range(len(starts))
    ), outcomes
    with desk.db.read_only() as session:
        rows = session.execute(select(AppointmentRecord.starts_at)).scalars().all()
    assert len(rows) == len(set(rows)) == len(starts)


def test_the_database_itself_refuses_overlapping_holds_on_postgresql(desk, book) -> None:
    """Past the application's lock, PostgreSQL's exclusion constraint refuses a second hold of
    one room over overlapping times; SQLite has no such constraint (the booking transaction
    is its guard, tested above)."""
    made = desk.book.book(book[0], request(book, tuesday(10)))
    overlapping = AppointmentHoldRecord(
        appointment_id=made.id,
        resource=f"room:{book[3][0].id}",
        starts_at=datetime(2027, 3, 16, 10, 30),
        ends_at=datetime(2027, 3, 16, 11, 30),
    )
    postgresql = desk.db.engine.dialect.name == "postgresql"
    try:
        with desk.db.unit_of_work() as session:
            session.add(overlapping)
            session.flush()
            refused = False
    except IntegrityError as error:
        refused = "ex_appointment_hold_overlap" in str(error)
    assert refused is postgresql


def test_moving_and_resizing_are_checked_like_a_booking(desk, book) -> None:
    owner = book[0]
    first = desk.book.book(owner, request(book, tuesday(10)))
    second = desk.book.book(owner, request(book, tuesday(13)))
    moved = desk.book.move(owner, first, tuesday(11))
    assert (moved.start, moved.end) == (tuesday(11), tuesday(12))
    # Stretched to 2 hours it would run into the 13:00 booking (with its cleaning).
    with pytest.raises(BookingClash):
        desk.book.move(owner, moved, tuesday(11), minutes=120)
    longer = desk.book.move(owner, moved, tuesday(11), minutes=100)
    assert longer.end == tuesday(12, 40)
    # The stretched appointment is checked at its own length by later bookings.
    with pytest.raises(BookingClash):
        desk.book.book(owner, request(book, tuesday(12, 30), practitioner=False))
    with pytest.raises(ConflictError):
        desk.book.move(owner, moved, tuesday(9))  # an old copy
    # Into the other room, same time as the second booking: free there.
    other = desk.book.move(owner, second, tuesday(13), room_id=book[3][1].id, practitioner_id=None)
    assert other.room_id == book[3][1].id
