"""Which appointment a running retention timer shows on: the client's appointment under way
when the timer started, else their nearest that day; never a cancelled one, one per timer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.domain.book_time import local_moment
from acudesk.domain.book_timers import RunningTimer, timers_on_book

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 7, 14)  # summer time: local is UTC+1, so the zone matters


def visit(key: int, client: int, hour: int, status=AppointmentStatus.ARRIVED) -> Appointment:
    start = local_moment(DAY, time(hour), LONDON)
    return Appointment(
        id=key,
        client_id=client,
        client_name="Maria Quintero",
        service_id=1,
        service_name="Facial acupuncture",
        location_id=1,
        practitioner_id=1,
        room_id=1,
        device_id=None,
        start=start,
        end=start + timedelta(minutes=60),
        status=status,
        notes="",
        series_id=None,
        version=1,
    )


def timer(client: int, hour: int, minute: int = 15, session: int = 1) -> RunningTimer:
    return RunningTimer(session, client, datetime.combine(DAY, time(hour, minute)), 30)


def test_the_appointment_under_way_gets_the_timer() -> None:
    booked = [visit(1, 7, 9), visit(2, 7, 11), visit(3, 8, 11)]
    placed = timers_on_book(booked, [timer(7, 11)], LONDON)
    assert list(placed) == [2]  # 11:15 local is within 11:00-12:00, not 9:00 (10:15 UTC)
    assert placed[2].ends_at == datetime.combine(DAY, time(11, 45))
    assert placed[2].left(datetime.combine(DAY, time(11, 40))) == timedelta(minutes=5)
    assert placed[2].left(datetime.combine(DAY, time(12, 0))) == timedelta(0)


def test_else_the_nearest_that_day_and_never_a_cancelled_one() -> None:
    booked = [
        visit(1, 7, 9),
        visit(2, 7, 14, AppointmentStatus.CANCELLED),
        visit(3, 7, 16),
    ]
    assert list(timers_on_book(booked, [timer(7, 14, 30)], LONDON)) == [3]
    other_day = RunningTimer(1, 7, datetime.combine(DAY + timedelta(days=1), time(9)), 30)
    assert timers_on_book(booked, [other_day], LONDON) == {}
    assert timers_on_book(booked, [timer(99, 9)], LONDON) == {}


def test_a_session_linked_to_its_appointment_shows_there() -> None:
    booked = [visit(1, 7, 9), visit(2, 7, 11)]
    linked = RunningTimer(5, 7, datetime.combine(DAY, time(11, 15)), 30, appointment_id=1)
    assert list(timers_on_book(booked, [linked], LONDON)) == [1]  # not the one under way
    elsewhere = RunningTimer(5, 7, datetime.combine(DAY, time(11, 15)), 30, appointment_id=99)
    assert timers_on_book(booked, [elsewhere], LONDON) == {}  # its appointment is not shown
    unlinked = timer(7, 11, session=6)
    assert timers_on_book(booked, [linked, unlinked], LONDON) == {1: linked, 2: unlinked}
