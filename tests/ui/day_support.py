"""A clinic's busy day for Home's screens: one location with three rooms, a client in
treatment with the timer running, one waiting, one checked out, more to come, two tomorrow."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.treatment import PreCheck
from tests.services.handouts_support import add_client

ZONE = "Europe/London"


def busy_day(services, admin, language: str = "en"):
    """Returns (location, the completed appointment's id)."""
    from zoneinfo import ZoneInfo

    setup, book = services.book_setup, services.book
    location = setup.add_location(
        admin, "Willow Street", ZONE, WeeklyHours.every_day(time(8), time(20), range(7))
    )
    rooms = [setup.add_room(admin, location.id, n) for n in ("Blue room", "Garden room", "Loft")]
    facial = setup.add_service_type(
        admin,
        ServiceType("Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30),
    )
    names = [("Anna", "Rossi"), ("Giulia", "Bianchi"), ("Sofia", "Ferrari"), ("Chiara", "Conti")]
    clients = [add_client(services, admin, f, n, language=language) for f, n in names]
    clients.append(services.clients.create(admin, ClientInput(first_name="Nora", last_name="Neri")))
    today, zone = services.clock().date(), ZoneInfo(ZONE)

    def at(client, day, hour, minute, room):
        start = local_moment(day, time(hour, minute), zone)
        return book.book(
            admin,
            BookingRequest(
                clients[client].id, facial.id, location.id, start, room_id=rooms[room].id
            ),
        )

    early = at(0, today, 8, 0, 0)
    treating = at(1, today, 9, 0, 1)
    waiting = at(2, today, 9, 0, 2)
    at(3, today, 11, 0, 0)
    at(4, today, 14, 30, 1)
    at(0, today + timedelta(days=1), 10, 0, 0)
    at(2, today + timedelta(days=1), 11, 30, 1)
    visits, sessions = services.visits, services.sessions
    visits.arrive(admin, early)
    done = sessions.get(admin, visits.session_of(admin, early.id).id)
    data = replace(done.data, precheck=PreCheck(True, True, done.data.precheck.intake_id))
    sessions.complete(admin, done, replace(data, needles_out=0), [])
    visits.arrive(admin, treating)
    sessions.start_timer(admin, visits.session_of(admin, treating.id))
    book.set_status(admin, waiting, AppointmentStatus.ARRIVED)
    return location, early.id
