"""The demo clinic's appointment book: one location with its hours, three rooms, two
services, and a fortnight of synthetic appointments from today (demo databases only)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import AppointmentStatus, BookingClash, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.errors import ConflictError
from acudesk.domain.users import User
from acudesk.services.clock import Clock
from acudesk.store.engine import Database

if TYPE_CHECKING:
    from acudesk.services.registry import Services

DEMO_ZONE = ZoneInfo("Europe/London")
ROOMS = ("Blue room", "Garden room", "Quiet room")
DAYS = 14
PER_DAY = 9


@dataclass(frozen=True)
class _DemoBook:
    services: Services
    admin: User
    practitioner: User | None
    location_id: int
    rooms: list[int]
    kinds: tuple[ServiceType, ...]
    clients: list[int]


def seed_demo_book(db: Database, client_ids: list[int], *, clock: Clock, seed: int = 7) -> int:
    """Set the book up and fill it; returns the number of appointments made."""
    from acudesk.services.registry import build_services

    services = build_services(db, clock)
    admin = services.clinic.demo_user("admin")
    if admin is None or not client_ids:
        return 0
    setup = services.book_setup
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = setup.add_location(admin, "Lotus Demo Clinic", DEMO_ZONE.key, hours)
    facial = ServiceType(
        "Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30
    )
    body = ServiceType("Body acupuncture", 45, after=10)
    book = _DemoBook(
        services,
        admin,
        services.clinic.demo_user("practitioner"),
        location.id,
        [setup.add_room(admin, location.id, name).id for name in ROOMS],
        tuple(setup.add_service_type(admin, kind) for kind in (facial, body)),
        client_ids,
    )
    rng = random.Random(seed)
    today = clock().date()
    days = (today + timedelta(days=n) for n in range(DAYS))
    return sum(_fill_day(book, day, rng, day == today) for day in days if day.weekday() != 6)


def _fill_day(book: _DemoBook, day: date, rng: random.Random, today: bool) -> int:
    made = 0
    for _ in range(PER_DAY):
        service = rng.choice(book.kinds)
        at = time(9 + rng.randrange(0, 8), rng.choice((0, 15, 30)))
        with_practitioner = book.practitioner is not None and rng.random() < 0.5
        request = BookingRequest(
            rng.choice(book.clients),
            service.id or 0,
            book.location_id,
            local_moment(day, at, DEMO_ZONE),
            practitioner_id=book.practitioner.id
            if with_practitioner and book.practitioner
            else None,
            room_id=rng.choice(book.rooms),
        )
        try:
            booked = book.services.book.book(book.admin, request)
        except (BookingClash, ConflictError):
            continue  # that time is taken: a busy demo day has gaps where it would clash
        made += 1
        if today and at.hour < 11:
            book.services.book.set_status(book.admin, booked, AppointmentStatus.ARRIVED)
        elif not today and rng.random() < 0.4:
            book.services.book.set_status(book.admin, booked, AppointmentStatus.CONFIRMED)
    return made
