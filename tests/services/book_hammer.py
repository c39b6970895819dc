"""One workstation hammering the book, run as a child process by test_book_hammer.

It signs in as the owner, then tries COUNT bookings of one service in one room at starts
drawn (from SEED) on a five-minute grid over one week, so that most overlap bookings of the
other process; it prints how many were booked and refused as JSON, and exits 2 on anything
but a clash or a lost race (the traceback on stderr).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import BookingClash, BookingRequest
from acudesk.domain.book_time import local_moment
from acudesk.domain.errors import ConflictError
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from tests.conftest import FakeClock

PASSWORD = "a good password"
MONDAY = date(2027, 3, 15)
ZONE = ZoneInfo("Europe/London")
DAYS, FIRST_HOUR, LAST_HOUR = 6, 9, 17  # Monday to Saturday, starts from 09:00 to 16:55


def starts(seed: int, count: int) -> list[datetime]:
    draw = random.Random(seed)
    grid = [
        local_moment(MONDAY + timedelta(days=day), time(FIRST_HOUR), ZONE)
        + timedelta(minutes=5 * step)
        for day in range(DAYS)
        for step in range((LAST_HOUR - FIRST_HOUR) * 12)
    ]
    return [draw.choice(grid) for _ in range(count)]


def main(url: str, seed: int, count: int, client: int, service: int, place: int, room: int) -> int:
    opened = open_database(url)
    try:
        services = build_services(opened.db, FakeClock())
        owner = services.users.sign_in("owner", PASSWORD)
        booked = refused = 0
        for start in starts(seed, count):
            try:
                services.book.book(
                    owner, BookingRequest(client, service, place, start, room_id=room)
                )
                booked += 1
            except (BookingClash, ConflictError):
                refused += 1
        print(json.dumps({"booked": booked, "refused": refused}))
        return 0
    finally:
        opened.db.dispose()


if __name__ == "__main__":
    url, *numbers = sys.argv[1:]
    try:
        sys.exit(main(url, *(int(n) for n in numbers)))
    except Exception:
        import traceback

        traceback.print_exc()
        sys.exit(2)
