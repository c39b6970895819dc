"""Home's day read in one call (SQLite and PostgreSQL): time order, who is in which room with
the retention's end, who waits, intakes due, tomorrow's bookings to confirm."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.clients import ClientInput
from acudesk.domain.users import NewUser, Role
from tests.services.test_book_service import book, request, tuesday
from tests.services.test_day_statuses import at

__all__ = ["book"]

S = AppointmentStatus


def test_the_board_of_the_day(desk, room, book, clock) -> None:
    owner, pat = book[0], book[1]
    rita = desk.users.add_user(owner, NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))
    newcomer = desk.clients.create(owner, ClientInput(first_name="Nora", last_name="New"))
    late = desk.book.book(owner, request(book, tuesday(15), room=1))
    first = desk.book.book(owner, request(book, tuesday(10)))
    second = desk.book.book(
        owner, replace(request(book, tuesday(11, 30), room=1), client_id=newcomer.id)
    )
    tomorrow = desk.book.book(owner, request(book, tuesday(10) + timedelta(days=1)))
    confirmed = desk.book.book(owner, request(book, tuesday(12) + timedelta(days=1)))
    desk.book.set_status(owner, confirmed, S.CONFIRMED)
    at(clock, tuesday(10, 5))
    visit = desk.visits.arrive(pat, first)
    session = desk.visits.session_of(pat, first.id)
    clock.advance(minutes=10)
    desk.sessions.start_timer(pat, session)
    room.visits.arrive(rita, second)  # reception's desk: the client waits

    board = room.today.board(rita)  # reception reads the whole day
    assert [r.appointment.id for r in board.rows] == [first.id, second.id, late.id]
    [inside] = board.in_rooms
    assert inside.appointment.id == first.id and inside.room == "Blue"
    assert inside.session_id == visit.session_id
    assert inside.retention_ends == datetime(2027, 3, 16, 10, 45)  # timer at 10:15, 30 minutes
    assert [r.appointment.id for r in board.waiting] == [second.id]
    assert [r.appointment.id for r in board.tomorrow] == [tomorrow.id]
    assert [d.client_id for d in board.intakes_due] == [newcomer.id]  # no intake yet
    assert board.rows[0].local_start.hour == 10  # London's wall clock
