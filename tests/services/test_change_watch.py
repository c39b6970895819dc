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


def test_waitlist_outbox_hours_and_imports_are_announced_too() -> None:
    changes = changes_of(
        [
            (1, "waitlist", "4", 2),
            (2, "reminder", "11", 2),
            (3, "working_hours", "5", None),
        ]
    )
    assert changes.waitlist == {4} and changes.reminders == {11} and changes.book
    assert not changes.everything
    assert changes_of([(4, "client-import", "abc", None)]).everything
    assert changes_of([(5, "client", None, None)]).everything  # "N clients from CSV"


def test_a_restored_shorter_log_reloads_every_screen_and_the_watch_goes_on(
    desk, room, book
) -> None:
    owner = book[0]
    desk.change_watch.poll()
    room.book.book(owner, request(book, tuesday(10)))
    room.book.book(owner, request(book, tuesday(12)))
    desk.change_watch.poll()
    desk.change_watch._seen += 1_000  # as after a restore of an older, shorter log
    assert desk.change_watch.poll().everything
    made = room.book.book(owner, request(book, tuesday(14)))
    assert desk.change_watch.poll().appointments == {made.id}
