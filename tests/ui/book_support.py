"""The Book for the UI tests, with its tools; and a small book for the walks over screens and
dialogs: a location, two rooms, a service, the finder of free times open on it and the booking
dialog after Find next free."""

from __future__ import annotations

from datetime import datetime, time

from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours
from acudesk.domain.users import User
from acudesk.services.registry import Services


def make_book_screen(qtbot, services: Services, user: User, relay, *, search=None, series=None):
    """The Book shown at 1280x720 with the tools whose services are given."""
    from acudesk.ui.book.book_screen import BookScreen
    from acudesk.ui.book.book_tools import attach_tools

    screen = BookScreen(
        services.book, services.book_setup, services.clients, services.clock, user, relay
    )
    attach_tools(screen, services.book_setup, services.clock, search, series)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    return screen


def finder_and_booking(services: Services, user: User) -> tuple:
    from acudesk.ui.book.booking_dialog import BookingDialog
    from acudesk.ui.book.free_slot_dialog import FreeSlotDialog

    setup = services.book_setup
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = setup.add_location(user, "Via Roma", "Europe/Rome", hours)
    for name in ("Stanza blu", "Stanza giardino"):
        setup.add_room(user, location.id, name)
    setup.add_service_type(
        user,
        ServiceType("Agopuntura viso", 60, after=10, processing_from=15, processing_minutes=30),
    )
    after = datetime.combine(services.clock().date(), time(9), tzinfo=location.tz)
    finder = FreeSlotDialog(services.book_search, setup, user, location, after=after)
    booking = BookingDialog(
        services.book,
        setup,
        services.clients,
        user,
        location,
        start=after,
        search=services.book_search,
    )
    booking.ui.findFreeButton.click()
    return finder, booking
