"""A running retention timer shows on the book: its countdown on the client's appointment,
moving with the clock, "Time up" when over, gone once the session is completed or cancelled;
read through the book's service, a session started elsewhere arrives through the bus."""

from __future__ import annotations

from datetime import time, timedelta

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_time import local_moment
from acudesk.ui.book.book_retention import countdown_text
from tests.ui.test_book_screen import LONDON, clinic, make_screen  # noqa: F401


def test_the_countdown_follows_the_timer(qtbot, services, admin, relay, clinic, clock) -> None:  # noqa: F811
    location, rooms, facial, client = clinic
    today = clock().date()
    start = local_moment(today, time(9), LONDON)
    made = services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[0].id)
    )
    services.book.set_status(admin, made, AppointmentStatus.ARRIVED)
    screen = make_screen(qtbot, services, admin, relay)
    badges = screen.views.timers
    assert badges.timers == {}
    clock.advance(minutes=5)  # 09:05
    opened = services.sessions.start(admin, client.id)
    timed = services.sessions.start_timer(admin, opened)  # 30 minutes from 09:05
    qtbot.waitUntil(lambda: made.id in badges.timers)  # through the bus, as from another desk
    assert badges.texts() == {made.id: "30:00 left"}
    item = screen.view.appointment_items[0]
    assert "30:00 left" in [c.text() for c in item.childItems()[-1].childItems()]
    clock.advance(minutes=12, seconds=20)
    badges.tick()
    assert badges.texts()[made.id] == "17:40 left"
    clock.advance(minutes=20)
    badges.tick()
    assert badges.texts()[made.id] == "Time up"
    screen.refresh()  # a redraw keeps the badge on the (kept) item
    assert badges.texts() == {made.id: "Time up"}
    services.sessions.cancel(admin, timed, "The client felt faint")
    qtbot.waitUntil(lambda: badges.timers == {})
    assert all(c.childItems() == [] for c in screen.view.appointment_items[0].childItems())


def test_countdown_text() -> None:
    assert countdown_text(timedelta(minutes=12, seconds=40, milliseconds=200)) == "12:41 left"
    assert countdown_text(timedelta(0)) == "Time up"


def test_in_the_weeks_narrow_lanes_the_countdown_stays_on_its_own_appointment(
    qtbot,
    services,
    admin,
    relay,
    clinic,  # noqa: F811
    clock,
) -> None:
    location, rooms, facial, client = clinic
    today = clock().date()
    start = local_moment(today, time(9), LONDON)
    made = services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[0].id)
    )
    for other in (1, 2)[: len(rooms) - 1]:  # side by side in the week's day column
        services.book.book(
            admin, BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[other].id)
        )
    services.book.set_status(admin, made, AppointmentStatus.ARRIVED)
    screen = make_screen(qtbot, services, admin, relay)
    screen.ui.spanCombo.setCurrentIndex(1)  # the week
    badges = screen.views.timers
    services.sessions.start_timer(admin, services.sessions.start(admin, client.id))
    qtbot.waitUntil(lambda: made.id in badges.timers)
    [item] = [i for i in screen.view.appointment_items if i.appointment.id == made.id]
    box = item.childItems()[-1]
    assert item.graphic.sceneBoundingRect().contains(box.sceneBoundingRect())
    assert item.rect().width() < 120  # a narrow lane, where the words had run over
