"""Booking from the client's page: Ctrl+B opens the booking dialog with the client chosen, the
Appointments tab lists what is booked from today on and follows the change bus."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.ui.shell.screens import Context, booked_client_page
from tests.ui.widgets import named, show_active

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 24)  # the test clock's next day, a Tuesday


@pytest.fixture
def clinic(services, admin):
    setup = services.book_setup
    location = setup.add_location(
        admin, "Willow Street", "Europe/London", WeeklyHours.every_day(time(9), time(18), range(6))
    )
    room = setup.add_room(admin, location.id, "Blue room")
    facial = setup.add_service_type(admin, ServiceType("Facial acupuncture", 60))
    client = services.clients.create(admin, ClientInput(first_name="Maria", last_name="Quintero"))
    return location, room, facial, client


def open_page(qtbot, services, admin, relay, client):
    page = booked_client_page(Context(services, admin, relay), client.id)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    show_active(qtbot, page)
    return page


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_page_lists_the_clients_appointments_and_follows_the_bus(
    qtbot, services, admin, relay, clinic
) -> None:
    location, room, facial, client = clinic
    saturday = local_moment(DAY - timedelta(days=3), time(10), LONDON)
    for start in (saturday, local_moment(DAY, time(10), LONDON)):
        services.book.book(
            admin,
            BookingRequest(client.id, facial.id, location.id, start, admin.id, room.id),
        )
    page = open_page(qtbot, services, admin, relay, client)
    page.ui.tabs.setCurrentWidget(page.booking.page)
    table = named(page, "Upcoming appointments", QTableView)
    [row] = rows(table)  # Saturday's is past
    assert row[1:] == [
        "10:00–11:00",
        "Facial acupuncture",
        admin.display_name,
        "Blue room",
        "Booked",
    ]
    services.book.book(
        admin,
        BookingRequest(
            client.id, facial.id, location.id, local_moment(DAY, time(14), LONDON), room_id=room.id
        ),
    )
    qtbot.waitUntil(lambda: len(rows(table)) == 2)
    assert rows(table)[1][3:] == ["", "Blue room", "Booked"]


def test_ctrl_b_books_with_the_client_chosen(qtbot, services, admin, relay, clinic) -> None:
    location, _room, _facial, client = clinic
    page = open_page(qtbot, services, admin, relay, client)
    assert page.booking.button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = page.booking.widget.booking_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.clientList.currentItem().text() == "Maria Quintero"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Book, at the next quarter hour: 09:00
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = services.book.between(
        admin,
        location.id,
        local_moment(DAY - timedelta(days=1), time(0), LONDON),
        local_moment(DAY, time(0), LONDON),
    )
    assert [(a.client_id, a.start.astimezone(LONDON).time()) for a in made] == [
        (client.id, time(9))
    ]
    table = named(page, "Upcoming appointments", QTableView)
    qtbot.waitUntil(lambda: len(rows(table)) == 1)


def test_a_new_client_books_once_registered(qtbot, services, admin, relay, clinic) -> None:
    page = booked_client_page(Context(services, admin, relay), None)
    qtbot.addWidget(page)
    assert not page.booking.button.isEnabled()
