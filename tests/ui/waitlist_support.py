"""A book with a freed hour and clients waiting for it: what the waitlist's screens show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus, BookingRequest
from acudesk.domain.book_places import Location, Room
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.users import NewUser, Role, User
from acudesk.domain.waitlist import TimeWindow, WaitlistEntry, WaitlistInput
from acudesk.services.registry import Services

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 24)  # the test clock's next day, a Tuesday


@dataclass
class WaitingBook:
    location: Location
    rooms: list[Room]
    pat: User
    cancelled: Appointment
    entries: list[WaitlistEntry]


def waiting_book(services: Services, admin: User) -> WaitingBook:
    """London, two rooms, Pat; Bea's 10:00 facial in the Blue room cancelled, and two clients
    waiting for a facial on Tuesday mornings (one wants Pat)."""
    setup = services.book_setup
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = setup.add_location(admin, "Willow Street", "Europe/London", hours)
    rooms = [setup.add_room(admin, location.id, name) for name in ("Blue room", "Garden room")]
    facial = setup.add_service_type(admin, ServiceType("Facial acupuncture", 60))
    pat = services.users.add_user(admin, NewUser("pat", "Pat Lee", Role.PRACTITIONER, "pat-pw-123"))
    people = [
        services.clients.create(admin, ClientInput(first_name=first, last_name=last))
        for first, last in (("Bea", "Booked"), ("Maria", "Quintero"), ("Bruno", "Alves"))
    ]
    booked = services.book.book(
        admin,
        BookingRequest(
            people[0].id,
            facial.id,
            location.id,
            local_moment(DAY, time(10), LONDON),
            pat.id,
            rooms[0].id,
        ),
    )
    cancelled = services.book.set_status(admin, booked, AppointmentStatus.CANCELLED, "unwell")
    mornings = (TimeWindow(time(9), time(12)),)
    entries = [
        services.waitlist.add(
            admin,
            WaitlistInput(
                client.id,
                facial.id,
                practitioner,
                frozenset({1}),
                mornings,
                date(2026, 12, 31),
                "Call on her mobile" if practitioner else "",
            ),
        )
        for client, practitioner in ((people[1], pat.id), (people[2], None))
    ]
    return WaitingBook(location, rooms, pat, cancelled, entries)
