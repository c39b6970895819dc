"""A course booked as a series, changed from one session on (SQLite and PostgreSQL): moved by
the same local time across a daylight-saving change, refused whole on any clash, cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_series import SeriesClash
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError
from acudesk.domain.users import NewUser, Role
from acudesk.store.models import AuditEventRecord
from tests.services.handouts_support import add_client

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def course(desk):
    """Four weekly facials on Tuesdays at 10:00 in London from 16 March 2027 (the clocks go
    forward on 28 March), in the Blue room with Pat."""
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    rooms = [desk.book_setup.add_room(owner, location.id, name) for name in ("Blue", "Green")]
    facial = desk.book_setup.add_service_type(owner, ServiceType("Facial", 60, after=10))
    client = add_client(desk, owner)
    request = BookingRequest(client.id, facial.id, location.id, tuesday(10), pat.id, rooms[0].id)
    made = desk.book.book_course(owner, request, [tuesday(10, week) for week in range(4)])
    return owner, request, made


def tuesday(hour: int, week: int = 0, minute: int = 0) -> datetime:
    return local_moment(date(2027, 3, 16) + timedelta(weeks=week), time(hour, minute), LONDON)


def shown(desk, owner, request) -> list[tuple[date, time, str]]:
    found = desk.book.between(owner, request.location_id, tuesday(0), tuesday(23, week=4))
    return [
        (a.start.astimezone(LONDON).date(), a.start.astimezone(LONDON).time(), a.status.value)
        for a in found
        if a.client_id == request.client_id
    ]


def test_this_and_the_following_keep_their_local_time_across_the_clock_change(desk, course) -> None:
    owner, request, made = course
    assert [a.id for a in desk.book_series.following(owner, made[1])] == [a.id for a in made[2:]]
    moved = desk.book_series.move_following(owner, made[1], tuesday(11, week=1))
    assert [a.id for a in moved] == [a.id for a in made[1:]]
    assert [t for _d, t, _s in shown(desk, owner, request)] == [time(10)] + [time(11)] * 3
    # The same 11:00 in London is 11:00 UTC before the change and 10:00 UTC after it.
    assert [a.start.hour for a in moved] == [11, 10, 10]
    with desk.db.read_only() as session:
        events = session.scalar(
            select(func.count())
            .select_from(AuditEventRecord)
            .where(AuditEventRecord.detail.like("moved with its series%"))
        )
    assert events == 3


def test_a_week_later_each_takes_the_time_the_next_one_leaves(desk, course) -> None:
    owner, request, made = course
    desk.book_series.move_following(owner, made[0], tuesday(10, week=1), room_id=None)
    assert [d for d, _t, _s in shown(desk, owner, request)] == [
        date(2027, 3, 16) + timedelta(weeks=week) for week in (1, 2, 3, 4)
    ]


def test_one_clash_moves_nothing_and_says_which_and_why(desk, course) -> None:
    owner, request, made = course
    other = desk.book.book(
        owner, replace(request, start=tuesday(11, week=3, minute=30), practitioner_id=None)
    )
    before = shown(desk, owner, request)
    with pytest.raises(SeriesClash) as refused:
        desk.book_series.move_following(owner, made[1], tuesday(11, week=1))
    assert refused.value.message == "Nothing was moved: 1 session of the course would clash."
    [problem] = refused.value.problems
    assert problem.appointment.id == made[3].id and problem.start == tuesday(11, week=3)
    assert [c.message for c in problem.clashes] == ["The room is taken then."]
    assert problem.clashes[0].appointment_id == other.id
    assert shown(desk, owner, request) == before


def test_a_move_of_a_stale_session_is_refused(desk, course) -> None:
    owner, _request, made = course
    desk.book.set_status(owner, made[1], AppointmentStatus.CONFIRMED)
    with pytest.raises(ConflictError):
        desk.book_series.move_following(owner, made[1], tuesday(11, week=1))


def test_cancelling_this_and_the_following_frees_their_times(desk, course) -> None:
    owner, request, made = course
    cancelled = desk.book_series.cancel_following(owner, made[2], "moving abroad")
    assert [a.status for a in cancelled] == [AppointmentStatus.CANCELLED] * 2
    assert [s for _d, _t, s in shown(desk, owner, request)] == [
        "booked",
        "booked",
        "cancelled",
        "cancelled",
    ]
    assert desk.book_series.following(owner, made[1]) == []
    desk.book.book(owner, replace(request, start=tuesday(10, week=3)))  # the time is free


def test_a_single_appointment_has_no_following(desk, course) -> None:
    owner, request, _made = course
    single = desk.book.book(owner, replace(request, start=tuesday(15)))
    assert desk.book_series.following(owner, single) == []
    moved = desk.book_series.move_following(owner, single, tuesday(16))
    assert [a.start for a in moved] == [tuesday(16)]
