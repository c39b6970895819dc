"""Another workstation's writes reach this one's change bus (SQLite and PostgreSQL): the
audit chain's new write events, polled, become one Changes."""

from __future__ import annotations

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.changes import NO_CHANGES
from acudesk.services.change_watch import changes_of
from tests.services.test_book_service import book, request, tuesday

__all__ = ["book"]


def test_a_booking_on_the_other_workstation_is_announced_here(desk, room, book) -> None:
    owner = book[0]
    heard = []
    desk.bus.subscribe(heard.append)
    assert desk.change_watch.poll() == NO_CHANGES  # the first poll marks where to start
    made = room.book.book(owner, request(book, tuesday(10)))
    room.book.between(owner, book[2].id, tuesday(0), tuesday(23))  # reads: nothing to announce
    changes = desk.change_watch.poll()
    assert made.id in changes.appointments
    assert heard == [changes]
    assert desk.change_watch.poll() == NO_CHANGES  # each write announced once
    room.book.set_status(owner, made, AppointmentStatus.CONFIRMED)
    assert desk.change_watch.poll().appointments == {made.id}


def test_sessions_clients_and_settings_map_to_what_screens_filter() -> None:
    changes = changes_of(
        [
            (1, "session", "7", 3),
            (2, "client", "3", 3),
            (3, "handout", "9", 4),
            (4, "intake", "12", 5),
            (5, "settings", "late_cancel_hours", None),
            (6, "room", "2", None),
        ]
    )
    assert changes.sessions == {7} and changes.session_clients == {3, 4}
    assert changes.clients == {3} and changes.intakes == {5}
    assert changes.touches_settings("late_cancel_hours") and changes.book
    assert not changes.appointments and not changes.everything
