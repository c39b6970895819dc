"""Appointment book benchmarks.

book-week:   the week view (seven day columns beside the hour gutter) with 1,500 appointments
             drawn again after one of them changed (moved by five minutes, as when another
             workstation moves a booking: every refresh of the book), against the same
             rectangles, labels and grid lines added to a bare QGraphicsScene. Goal: ratio
             <= 1.5 and under 50 ms.
book-week-new: the same, with another week each time (nothing kept from the drawing before,
             as when moving to the next week). Goal: ratio <= 1.5.
book-course: planning a 10-session weekly course with every check (hours, time off, the
             room, the practitioner, buffers) on a database holding 250,000 appointments,
             each clash with its nearest free time looked for a day either way (the room
             is booked from opening to closing: every session clashes), against the raw
             SQL overlap queries for the same ten slots and the day either side of each.
             Goal: ratio <= 3 and under 100 ms.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from acudesk.domain.appointments import Appointment, AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.ui.book.book_day_view import WEEK_COLUMN, BookDayView
from acudesk.ui.book.book_span import week_columns
from tests.benchmarks.bigdata import cache_dir
from tests.benchmarks.harness import alternate, report, timed

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2027, 5, 3)
WEEK_APPOINTMENTS = 1_500
BOOKED = 250_000
ROOMS = 8
BOOKED_ROOMS = 24  # 250,000 appointments over about three years


def _week(seed: int = 7) -> list[Appointment]:
    rng = random.Random(seed)
    made = []
    for n in range(WEEK_APPOINTMENTS):
        day = MONDAY + timedelta(days=n % 7)
        start = local_moment(day, time(8), LONDON) + timedelta(minutes=5 * rng.randrange(0, 130))
        made.append(
            Appointment(
                n + 1,
                1,
                f"Client {n:04d}",
                1,
                "Facial acupuncture",
                1,
                2,
                1 + n % ROOMS,
                None,
                start,
                start + timedelta(minutes=60),
                AppointmentStatus.BOOKED,
                "",
                None,
                1,
            )
        )
    return made


def _one_changed(week: list[Appointment], round_: int) -> list[Appointment]:
    """The week with one appointment moved, a different one each round, back and forth."""
    index = round_ % len(week)
    moved = week[index]
    shift = timedelta(minutes=5 if (round_ // len(week)) % 2 == 0 else -5)
    changed = list(week)
    changed[index] = replace(
        moved, start=moved.start + shift, end=moved.end + shift, version=moved.version + 1
    )
    return changed


def _floor_drawer(weeks: list[list[Appointment]]):  # type: ignore[no-untyped-def]
    """The bare stack's drawing of the same weeks: a plain scene, rectangles and labels."""
    scene = QGraphicsScene()
    bare = QGraphicsView(scene)
    bare.resize(1100, 700)
    bare.show()
    width = 140.0
    font = QFont()
    shown = [0]

    def floor() -> None:
        shown[0] += 1
        scene.clear()
        pen = QPen(QColor("#d5dbe3"))
        for hour in range(15):
            scene.addLine(56, 30 + hour * 64, 56 + 7 * width, 30 + hour * 64, pen)
        for index, item in enumerate(_round(weeks, shown[0])):
            column = index % 7
            top = 30 + ((item.start.astimezone(LONDON).hour - 7) * 60 + item.start.minute) * 64 / 60
            scene.addRect(QRectF(56 + column * width + 2, top, width - 4, 62))
            for line, text in enumerate((item.client_name, item.service_name)):
                label = scene.addSimpleText(text, font)
                label.setPos(56 + column * width + 6, top + 3 + 17 * line)
        QApplication.processEvents()

    return bare, floor


def _round(weeks: list[list[Appointment]], shown: int) -> list[Appointment]:
    """What round ``shown`` draws: with one week, that week with one appointment changed;
    with several, the next week whole."""
    if len(weeks) == 1:
        return _one_changed(weeks[0], shown)
    return weeks[shown % len(weeks)]


@pytest.mark.parametrize(
    ("name", "seeds", "under"), [("book-week", [7], 50), ("book-week-new", [7, 8], None)]
)
def test_book_week(qapp, name: str, seeds: list[int], under: float | None) -> None:
    weeks = [_week(seed) for seed in seeds]
    view = BookDayView()
    view.resize(1100, 700)
    view.show()
    columns = week_columns(MONDAY, True)
    QApplication.processEvents()
    shown = [0]

    def ours() -> None:
        shown[0] += 1
        view.show_day(
            MONDAY,
            LONDON,
            columns,
            _round(weeks, shown[0]),
            hours=(time(7), time(21)),
            min_column=WEEK_COLUMN,
        )
        QApplication.processEvents()

    bare, floor = _floor_drawer(weeks)
    result = alternate(timed(ours), timed(floor))
    report(name, result.median_ms("acudesk"), result.median_ms("floor"), goal=1.5, under=under)
    view.close()
    bare.close()


def _build(path: Path) -> None:
    """A clinic of 24 rooms and 4 practitioners with 250,000 appointments (about 3 years)."""
    clock = lambda: datetime(2027, 1, 1, 9, 0)  # noqa: E731
    opened = open_database(f"sqlite:///{path}", clock)
    services = build_services(opened.db, clock)
    owner = services.clinic.set_up(
        ClinicDetails("Bench"), NewUser("owner", "Owner", Role.ADMIN, "bench-password-1")
    )
    people = [owner.id] + [
        services.users.add_user(
            owner, NewUser(f"p{n}", f"P {n}", Role.PRACTITIONER, "bench-pass-1")
        ).id
        for n in range(3)
    ]
    hours = WeeklyHours.every_day(time(8), time(20), range(7))
    location = services.book_setup.add_location(owner, "Main", "Europe/London", hours)
    rooms = [
        services.book_setup.add_room(owner, location.id, f"Room {n:02d}").id
        for n in range(BOOKED_ROOMS)
    ]
    service = services.book_setup.add_service_type(owner, ServiceType("Facial", 60, after=10))
    client = services.clients.create(owner, ClientInput(first_name="Bench", last_name="Client"))
    opened.db.dispose()
    raw = sqlite3.connect(path)
    appointments, holds = [], []
    start = datetime(2025, 1, 6, 8, 0)
    for n in range(BOOKED):
        day, slot = divmod(n, ROOMS * 11)
        room, hour = divmod(slot, 11)
        begins = start + timedelta(days=day, hours=hour)
        ends = begins + timedelta(minutes=60)
        appointments.append(
            (
                n + 1,
                client.id,
                service.id,
                location.id,
                people[room % 4],
                rooms[room],
                begins,
                ends,
                begins,
            )
        )
        holds.append((n + 1, f"room:{rooms[room]}", begins, ends))
    raw.executemany(
        "INSERT INTO appointment (id, client_id, service_type_id, location_id, practitioner_id,"
        " room_id, starts_at, ends_at, status, notes, booked_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked', '', ?, 1)",
        [
            (a, c, s, loc, p, r, str(b), str(e), str(k))
            for a, c, s, loc, p, r, b, e, k in appointments
        ],
    )
    raw.executemany(
        "INSERT INTO appointment_hold (appointment_id, resource, starts_at, ends_at)"
        " VALUES (?, ?, ?, ?)",
        [(a, r, str(b), str(e)) for a, r, b, e in holds],
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()


@pytest.fixture(scope="module")
def booked_db(tmp_path_factory) -> Path:
    cached = cache_dir() / f"book-{BOOKED}-{BOOKED_ROOMS}-mornings.sqlite3"
    if not cached.exists():
        partial = cached.with_name(cached.name + ".partial")
        partial.unlink(missing_ok=True)
        _build(partial)
        partial.replace(cached)
    copy = tmp_path_factory.mktemp("book") / "book.sqlite3"
    copy.write_bytes(cached.read_bytes())
    return copy


def test_book_course(booked_db: Path) -> None:
    clock = lambda: datetime(2027, 1, 1, 9, 0)  # noqa: E731
    opened = open_database(f"sqlite:///{booked_db}", clock)
    services = build_services(opened.db, clock)
    owner = services.users.sign_in("owner", "bench-password-1")
    location = services.book_setup.locations(owner)[0]
    room = services.book_setup.rooms(owner, location.id)[0]
    service = services.book_setup.service_types(owner)[0]
    first = datetime(2026, 6, 2, 9, 30, tzinfo=UTC)  # in the middle of the booked years
    request = BookingRequest(
        1, service.id, location.id, first, practitioner_id=owner.id, room_id=room.id
    )

    def ours() -> None:
        plan = services.book.plan_course(owner, request, "FREQ=WEEKLY;COUNT=10")
        assert len(plan) == 10

    raw = sqlite3.connect(booked_db)
    starts = [first + timedelta(weeks=n) for n in range(10)]

    def floor() -> None:
        for begins in starts:
            lo = (begins - timedelta(days=1, hours=2)).replace(tzinfo=None)
            hi = (begins + timedelta(days=1, hours=3)).replace(tzinfo=None)
            raw.execute(
                "SELECT a.id FROM appointment_hold h JOIN appointment a ON a.id = h.appointment_id"
                " WHERE h.resource IN (?, ?) AND h.starts_at < ? AND h.ends_at > ?",
                (f"room:{room.id}", f"practitioner:{owner.id}", str(hi), str(lo)),
            ).fetchall()

    result = alternate(timed(ours), timed(floor))
    raw.close()
    opened.db.dispose()
    report("book-course", result.median_ms("acudesk"), result.median_ms("floor"), goal=3, under=100)


def test_home_today(qapp, booked_db: Path) -> None:
    """home-today: Home's day (today's appointments, who is in the rooms, tomorrow's still to
    confirm) refreshed on the 250,000-appointment database, against the raw SQL of the day's
    rows. Goal: under 100 ms."""
    from acudesk.services.changes import ChangeBus
    from acudesk.ui.book.today_widget import TodayWidget
    from acudesk.ui.shell.change_relay import ChangeRelay

    clock = lambda: datetime(2026, 6, 2, 11, 0)  # noqa: E731  (a busy Tuesday of the data)
    opened = open_database(f"sqlite:///{booked_db}", clock)
    services = build_services(opened.db, clock, ChangeBus())
    owner = services.users.sign_in("owner", "bench-password-1")
    relay = ChangeRelay(services.bus)
    widget = TodayWidget(services.today, services.book, services.handouts, clock, owner, relay)
    widget.show()
    QApplication.processEvents()
    shown = widget.model.rowCount()
    raw = sqlite3.connect(booked_db)

    def ours() -> None:
        widget.refresh()
        QApplication.processEvents()

    def floor() -> None:
        raw.execute(
            "SELECT a.id, a.starts_at, c.first_name, s.name FROM appointment a"
            " JOIN client c ON c.id = a.client_id JOIN service_type s ON s.id = a.service_type_id"
            " WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at",
            ("2026-06-02 00:00:00", "2026-06-03 00:00:00"),
        ).fetchall()

    result = alternate(timed(ours), timed(floor))
    raw.close()
    widget.close()
    relay.close()
    opened.db.dispose()
    print(f"\nhome-today: {shown} appointments on the day")
    report("home-today", result.median_ms("acudesk"), result.median_ms("floor"), under=100)
