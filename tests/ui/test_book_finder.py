"""The next free slot on screen: Alt+F in the booking dialog fills it in (again: the one after),
Ctrl+Shift+F on the Book lists free times and Enter books the one chosen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import Span, WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.ui.book.book_screen import BookScreen
from acudesk.ui.book.free_slot_dialog import FreeSlotDialog
from tests.ui.book_support import make_book_screen
from tests.ui.widgets import named, show_active

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 24)  # the test clock's next day, a Tuesday
ALT, CTRL_SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)


def make_screen(qtbot, services, user, relay) -> BookScreen:
    screen = make_book_screen(qtbot, services, user, relay, search=services.book_search)
    return screen


@pytest.fixture
def clinic(services, admin):
    """Willow Street (Mon-Sat 9-18), two rooms, a facial with retention, a client; the Blue
    room taken at 10:00 on DAY."""
    setup = services.book_setup
    location = setup.add_location(
        admin, "Willow Street", "Europe/London", WeeklyHours.every_day(time(9), time(18), range(6))
    )
    rooms = [setup.add_room(admin, location.id, name) for name in ("Blue room", "Garden room")]
    facial = setup.add_service_type(
        admin,
        ServiceType("Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30),
    )
    client = services.clients.create(admin, ClientInput(first_name="Maria", last_name="Quintero"))
    services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, at(10), room_id=rooms[0].id)
    )
    return location, rooms, facial, client


def at(hour: int, minute: int = 0) -> datetime:
    return local_moment(DAY, time(hour, minute), LONDON)


def shown_start(dialog) -> time:
    value = dialog.ui.startEdit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.time()


def day_of(services, admin, location) -> list[tuple[int | None, time]]:
    made = services.book.between(admin, location.id, at(0), at(23))
    return [(a.room_id, a.start.astimezone(LONDON).time()) for a in made]


def test_alt_f_fills_in_the_next_free_time_and_again_the_one_after(
    qtbot, services, admin, relay, clinic
) -> None:
    location, rooms, _facial, client = clinic
    screen = make_screen(qtbot, services, admin, relay)
    dialog = screen.open_booking(at(10), room_id=rooms[0].id)
    dialog.choose_client(client.id, "Maria Quintero")
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)  # a mnemonic clicks a moment later
    qtbot.waitUntil(lambda: shown_start(dialog) == time(11, 10))  # after the facial's cleaning
    assert "Free: " in named(dialog, "Booking message").text()
    assert "Blue room" in named(dialog, "Booking message").text()
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: shown_start(dialog) == time(11, 15))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert day_of(services, admin, location) == [
        (rooms[0].id, time(10)),
        (rooms[0].id, time(11, 15)),
    ]


def test_any_room_is_searched_and_named_in_the_dialog(
    qtbot, services, admin, relay, clinic
) -> None:
    _location, rooms, _facial, client = clinic
    screen = make_screen(qtbot, services, admin, relay)
    dialog = screen.open_booking(at(10))  # no room chosen
    dialog.choose_client(client.id, "Maria Quintero")
    dialog.ui.practitionerCombo.setCurrentIndex(1)  # the one practitioner: the admin
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: dialog.ui.roomCombo.currentData() == rooms[1].id)  # Blue is taken
    assert shown_start(dialog) == time(10)


def test_ctrl_shift_f_lists_free_times_and_enter_books_one(
    qtbot, services, admin, relay, clinic
) -> None:
    location, rooms, _facial, client = clinic
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    show_active(qtbot, screen)
    qtbot.keyClick(screen.view, Qt.Key.Key_F, CTRL_SHIFT)
    finder = screen.tools.next_free.dialog
    assert isinstance(finder, FreeSlotDialog) and finder.isVisible()
    finder.ui.roomCombo.setCurrentIndex(finder.ui.roomCombo.findData(rooms[0].id))
    finder.ui.fromEdit.setDateTime(at(9, 30).astimezone(LONDON).replace(tzinfo=None))
    slots = named(finder, "Free times", QListWidget)
    assert slots.count() == 8
    assert "11:10 · " in slots.item(0).text() and slots.item(0).text().endswith("Blue room")
    slots.setCurrentRow(1)  # 11:25: fifteen minutes on
    qtbot.keyClick(slots, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not finder.isVisible())
    booking = screen.booking_dialog
    assert booking.isVisible() and shown_start(booking) == time(11, 25)
    assert booking.ui.roomCombo.currentData() == rooms[0].id
    qtbot.keyClicks(named(booking, "Client"), "quint")
    qtbot.keyClick(named(booking, "Client"), Qt.Key.Key_Return)
    qtbot.keyClick(booking, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not booking.isVisible())
    assert (rooms[0].id, time(11, 25)) in day_of(services, admin, location)
    assert client.id in {
        a.client_id for a in services.book.between(admin, location.id, at(11), at(12))
    }


def test_the_finder_says_when_nothing_is_free(qtbot, services, admin, relay, clinic) -> None:
    location = clinic[0]
    services.book_setup.add_time_off(
        admin, Span(at(0), at(0) + timedelta(weeks=12)), location_id=location.id, reason="Works"
    )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    finder = screen.tools.next_free.open_finder()
    assert finder.ui.slotList.count() == 0
    assert "Nothing is free" in named(finder, "Finder message").text()
    assert not finder._book_button.isEnabled()
