"""A session of a course changed on the Book: dragged, it asks "This one" or "This and the
following"; a clash of a later session moves nothing and says which; cancelling asks too."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.ui.book.book_screen import BookScreen
from tests.ui.book_support import make_book_screen
from tests.ui.widgets import button, named, press

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 24)  # the test clock's next day, a Tuesday
HOUR = 64.0  # the day view's pixels per hour


def at(hour: int, week: int = 0) -> datetime:
    return local_moment(DAY + timedelta(weeks=week), time(hour), LONDON)


@pytest.fixture
def course(services, admin):
    """Three weekly facials at 10:00 in the Blue room from DAY, and a client elsewhere."""
    setup = services.book_setup
    location = setup.add_location(
        admin, "Willow Street", "Europe/London", WeeklyHours.every_day(time(9), time(18), range(6))
    )
    rooms = [setup.add_room(admin, location.id, name) for name in ("Blue room", "Garden room")]
    facial = setup.add_service_type(admin, ServiceType("Facial acupuncture", 60, after=10))
    client = services.clients.create(admin, ClientInput(first_name="Maria", last_name="Quintero"))
    request = BookingRequest(client.id, facial.id, location.id, at(10), room_id=rooms[0].id)
    made = services.book.book_course(admin, request, [at(10, week) for week in range(3)])
    return location, rooms, request, made


def make_screen(qtbot, services, user, relay) -> BookScreen:
    screen = make_book_screen(qtbot, services, user, relay, series=services.book_series)
    screen.show_date(DAY)
    return screen


def drag_down_an_hour(qtbot, screen) -> None:
    view = screen.view
    rect = view.appointment_items[0].rect()
    viewport = view.viewport()
    a = view.mapFromScene(rect.center())
    b = view.mapFromScene(rect.center() + QPointF(0, HOUR))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, a + (b - a) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def hours(services, admin, location, client_id) -> list[tuple[int, str]]:
    found = services.book.between(admin, location.id, at(0), at(23, week=3))
    return [
        (a.start.astimezone(LONDON).hour, a.status.value) for a in found if a.client_id == client_id
    ]


def test_this_and_the_following_move_together(qtbot, services, admin, relay, course) -> None:
    location, _rooms, request, _made = course
    screen = make_screen(qtbot, services, admin, relay)
    drag_down_an_hour(qtbot, screen)
    question = screen.tools.series.question
    assert question is not None and question.isVisible()
    assert "2 more after it" in question.text()
    press(qtbot, question, "This and the following")
    qtbot.waitUntil(lambda: not question.isVisible())
    assert hours(services, admin, location, request.client_id) == [(11, "booked")] * 3
    assert "and the 2 following" in named(screen, "Book message").text()


def test_this_one_moves_only_this_one(qtbot, services, admin, relay, course) -> None:
    location, _rooms, request, _made = course
    screen = make_screen(qtbot, services, admin, relay)
    drag_down_an_hour(qtbot, screen)
    question = screen.tools.series.question
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: This one
    qtbot.waitUntil(lambda: not question.isVisible())
    assert hours(services, admin, location, request.client_id) == [
        (11, "booked"),
        (10, "booked"),
        (10, "booked"),
    ]


def test_a_later_clash_moves_nothing_and_names_it(qtbot, services, admin, relay, course) -> None:
    location, rooms, request, _made = course
    other = services.clients.create(admin, ClientInput(first_name="Ada", last_name="Lind"))
    services.book.book(
        admin,
        BookingRequest(other.id, request.service_id, location.id, at(12, 2), room_id=rooms[0].id),
    )
    screen = make_screen(qtbot, services, admin, relay)
    drag_down_an_hour(qtbot, screen)
    press(qtbot, screen.tools.series.question, "This and the following")
    report = screen.tools.series.report
    qtbot.waitUntil(lambda: report is not None and report.isVisible())
    assert "Nothing was moved: 1 session" in report.text()
    assert "The room is taken then." in report.text()
    assert hours(services, admin, location, request.client_id) == [(10, "booked")] * 3
    assert "Nothing was moved" in named(screen, "Book message").text()
    report.accept()


def test_cancelling_this_and_the_following(qtbot, services, admin, relay, course) -> None:
    location, _rooms, request, _made = course
    screen = make_screen(qtbot, services, admin, relay)
    screen.view.appointment_items[0].setSelected(True)
    press(qtbot, screen, "Cancel appointment…")
    reason = screen.card.cancel_dialog
    reason.setTextValue("moving abroad")
    reason.accept()
    question = screen.tools.series.question
    qtbot.waitUntil(lambda: question is not None and question.isVisible())
    assert button(question, "Leave it").isVisible()
    press(qtbot, question, "This and the following")
    qtbot.waitUntil(lambda: not question.isVisible())
    assert hours(services, admin, location, request.client_id) == [(10, "cancelled")] * 3
    statuses = {a.status for a in services.book.between(admin, location.id, at(0), at(23, 3))}
    assert statuses == {AppointmentStatus.CANCELLED}
