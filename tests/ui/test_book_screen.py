"""The book's day on screen: set it up, book by keyboard, book a course past a clash, move an
appointment along its day, hide names; a booking made elsewhere appears through the bus."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QSpinBox

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.ui.book.book_screen import BookScreen
from acudesk.ui.book.book_setup_dialog import BookSetupDialog
from tests.ui.widgets import named, press, show_active, type_into

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 24)  # the test clock's next day, a Tuesday


def make_screen(qtbot, services, user, relay) -> BookScreen:
    screen = BookScreen(
        services.book, services.book_setup, services.clients, services.clock, user, relay
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    return screen


@pytest.fixture
def clinic(services, admin):
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
    return location, rooms, facial, client


def test_an_empty_book_is_set_up_from_its_screen(qtbot, services, admin, relay) -> None:
    screen = make_screen(qtbot, services, admin, relay)
    assert "no location" in named(screen, "Book message").text()
    press(qtbot, screen, "Set up…")
    dialog = screen.setup_dialog
    assert isinstance(dialog, BookSetupDialog)
    page = dialog.show_tab("locations")
    type_into(qtbot, page, "Location name", "Willow Street")
    press(qtbot, page, "Save")
    rooms = dialog.show_tab("rooms")
    for name in ("Blue room", "Garden room"):
        press(qtbot, rooms, "New")
        type_into(qtbot, rooms, "Room name", name)
        press(qtbot, rooms, "Save")
    qtbot.waitUntil(
        lambda: (
            len(screen.view.scene().items()) > 0 and "Willow" in screen.ui.locationCombo.itemText(0)
        )
    )
    locations = services.book_setup.locations(admin)
    assert [loc.name for loc in locations] == ["Willow Street"]
    assert [room.name for room in services.book_setup.rooms(admin, locations[0].id)] == [
        "Blue room",
        "Garden room",
    ]


def test_a_bad_zone_is_refused_next_to_the_form(qtbot, services, admin, relay) -> None:
    screen = make_screen(qtbot, services, admin, relay)
    press(qtbot, screen, "Set up…")
    page = screen.setup_dialog.show_tab("locations")
    type_into(qtbot, page, "Location name", "Willow Street")
    named(page, "Time zone", QComboBox).setCurrentText("Mars/Olympus")
    press(qtbot, page, "Save")
    assert "Mars/Olympus" in page.errors.message("zone")
    assert screen.setup_dialog.isVisible() and services.book_setup.locations(admin) == []


def test_booking_by_keyboard_from_an_empty_slot(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, _facial, client = clinic
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    dialog = screen.open_booking(local_moment(DAY, time(10), LONDON), room_id=rooms[1].id)
    qtbot.keyClicks(named(dialog, "Client"), "quint")
    assert named(dialog, "Matching clients", QListWidget).count() == 1
    qtbot.keyClick(named(dialog, "Client"), Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Book
    qtbot.waitUntil(lambda: not dialog.isVisible())
    day = services.book.between(
        admin, location.id, local_moment(DAY, time(0), LONDON), local_moment(DAY, time(23), LONDON)
    )
    assert [(a.client_id, a.room_id, a.start.astimezone(LONDON).time()) for a in day] == [
        (client.id, rooms[1].id, time(10))
    ]
    qtbot.waitUntil(lambda: len(screen.view.appointment_items) == 1)
    assert "Booked Maria Quintero" in named(screen, "Book message").text()


def test_a_new_appointment_goes_to_a_free_room_unless_told(
    qtbot, services, admin, relay, clinic
) -> None:
    """New appointment… leaves the room to the book: the first free then. "No room" is still
    there, last, for a visit that needs none."""
    location, rooms, facial, client = clinic
    start = local_moment(DAY, time(10), LONDON)
    services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[0].id)
    )
    other = services.clients.create(admin, ClientInput(first_name="Ines", last_name="Moreau"))
    screen = make_screen(qtbot, services, admin, relay)
    dialog = screen.open_booking(start + timedelta(minutes=15))
    combo = named(dialog, "Room", QComboBox)
    assert combo.currentText() == "Any free room"
    assert combo.itemText(combo.count() - 1) == "No room"
    dialog.choose_client(other.id, "Ines Moreau")
    press(qtbot, dialog, "Book")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = dialog.booked
    assert made.room_id == rooms[1].id  # Blue room is taken then: the Garden room


def test_a_clash_fills_in_the_next_free_time(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    start = local_moment(DAY, time(10), LONDON)
    services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[0].id)
    )
    screen = make_screen(qtbot, services, admin, relay)
    dialog = screen.open_booking(start + timedelta(minutes=30), room_id=rooms[0].id)
    dialog.choose_client(client.id, "Maria Quintero")
    press(qtbot, dialog, "Book")
    assert "room is taken" in named(dialog, "Booking message").text()
    assert dialog.ui.startEdit.dateTime().toPython().time() == time(11, 10)
    press(qtbot, dialog, "Book")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_course_past_a_clash_is_booked_in_one_step(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    taken = local_moment(DAY + timedelta(weeks=1), time(10), LONDON)
    services.book.book(
        admin, BookingRequest(client.id, facial.id, location.id, taken, room_id=rooms[0].id)
    )
    screen = make_screen(qtbot, services, admin, relay)
    dialog = screen.open_booking(local_moment(DAY, time(10), LONDON), room_id=rooms[0].id)
    dialog.choose_client(client.id, "Maria Quintero")
    named(dialog, "Sessions to book", QSpinBox).setValue(4)
    press(qtbot, dialog, "Book")
    plan = named(dialog, "Sessions of the course", QListWidget)
    assert plan.count() == 4 and "room is taken" in plan.item(1).text()
    assert "1 session clashes" in named(dialog, "Booking message").text()
    press(qtbot, dialog, "Accept every alternative")
    press(qtbot, dialog, "Book")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    booked = services.book.between(
        admin,
        location.id,
        local_moment(DAY, time(0), LONDON),
        local_moment(DAY + timedelta(weeks=4), time(0), LONDON),
    )
    assert len(booked) == 5
    series = [a for a in booked if a.series_id is not None]
    assert len(series) == 4 and len({a.series_id for a in series}) == 1


def test_statuses_from_the_detail_card_and_privacy(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    made = services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(11), LONDON),
            room_id=rooms[0].id,
        ),
    )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    item = screen.view.appointment_items[0]
    item.setSelected(True)
    assert named(screen, "Appointment details").text().startswith("Facial acupuncture")
    title = screen.ui.detailTitle
    assert title.text() == "Maria Quintero" and title.property("role") == "heading"
    press(qtbot, screen, "Arrived")
    assert (
        services.book.between(admin, location.id, made.start, made.end)[0].status
        is AppointmentStatus.ARRIVED
    )
    show_active(qtbot, screen)
    qtbot.keyClick(screen.view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    texts = [child.text() for child in screen.view.appointment_items[0].childItems()]
    assert "Maria Quintero" not in texts and "Facial acupuncture" in texts
    qtbot.waitUntil(lambda: "Maria" not in title.text())  # nor on the card beside it
    assert title.text() == "Name hidden (Shift+P shows it)"


def test_a_booking_made_elsewhere_appears(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    assert screen.view.appointment_items == []
    services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(15), LONDON),
            room_id=rooms[1].id,
        ),
    )
    qtbot.waitUntil(lambda: len(screen.view.appointment_items) == 1)


def _drag(qtbot, view, start_point, end_point) -> None:
    viewport = view.viewport()
    a, b = view.mapFromScene(start_point), view.mapFromScene(end_point)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, a + (b - a) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_drag_to_move_and_drag_the_edge_to_resize(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    made = services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(10), LONDON),
            room_id=rooms[0].id,
        ),
    )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    view = screen.view
    rect = view.appointment_items[0].rect()
    hour = 64.0
    # Down one hour and into the next column (Garden room).
    target = rect.center() + QPointF(view._column_width, hour)
    _drag(qtbot, view, rect.center(), target)
    moved = services.book.between(admin, location.id, made.start, made.start + timedelta(hours=3))
    assert [(a.start.astimezone(LONDON).time(), a.room_id) for a in moved] == [
        (time(11), rooms[1].id)
    ]
    assert "Moved Maria Quintero to 11:00" in named(screen, "Book message").text()
    # The bottom edge dragged half an hour down: 90 minutes.
    qtbot.waitUntil(
        lambda: view.appointment_items and view.appointment_items[0].rect().top() > rect.top()
    )
    item = view.appointment_items[0].rect()
    edge = QPointF(item.center().x(), item.bottom() - 2)
    _drag(qtbot, view, edge, edge + QPointF(0, hour / 2))
    longer = services.book.between(admin, location.id, made.start, made.start + timedelta(hours=3))[
        0
    ]
    assert (longer.end - longer.start) == timedelta(minutes=90)


def test_a_drop_onto_a_clash_is_refused_and_shown(qtbot, services, admin, relay, clinic) -> None:
    location, rooms, facial, client = clinic
    services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(10), LONDON),
            room_id=rooms[0].id,
        ),
    )
    services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(13), LONDON),
            room_id=rooms[0].id,
        ),
    )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    view = screen.view
    first = min(view.appointment_items, key=lambda i: i.rect().top()).rect()
    _drag(qtbot, view, first.center(), first.center() + QPointF(0, 64.0 * 2.5))
    assert "room is taken" in named(screen, "Book message").text()
    starts = sorted(
        a.start.astimezone(LONDON).time()
        for a in services.book.between(
            admin,
            location.id,
            local_moment(DAY, time(0), LONDON),
            local_moment(DAY, time(23), LONDON),
        )
    )
    assert starts == [time(10), time(13)]


def test_the_day_sheet_is_saved_privately_with_each_room(
    qtbot, services, admin, relay, clinic, tmp_path
) -> None:
    import io
    import stat

    from pypdf import PdfReader

    location, rooms, facial, client = clinic
    services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(DAY, time(10), LONDON),
            room_id=rooms[1].id,
        ),
    )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    target = tmp_path / "day.pdf"
    assert screen.save_day_sheet(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    assert "Willow Street" in text and "Garden room" in text and "Blue room" in text
    assert "Maria Quintero" in text and "10:00–11:00" in text and "Nothing booked." in text
    assert "Day sheet saved as day.pdf" in named(screen, "Book message").text()
    assert screen.save_day_sheet(tmp_path / "missing" / "day.pdf") is False
    assert "could not be saved" in named(screen, "Book message").text()


def test_the_week_shows_each_day_with_overlaps_side_by_side(
    qtbot, services, admin, relay, clinic
) -> None:
    location, rooms, facial, client = clinic
    for day_offset, room in ((0, 0), (0, 1), (2, 0)):
        services.book.book(
            admin,
            BookingRequest(
                client.id,
                facial.id,
                location.id,
                local_moment(DAY + timedelta(days=day_offset), time(10), LONDON),
                room_id=rooms[room].id,
            ),
        )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    screen.ui.spanCombo.setCurrentIndex(1)
    assert named(screen, "Day shown").text() == "23–29 Nov 2026"
    view = screen.view
    assert len(view.appointment_items) == 3
    tuesday = sorted((i.rect() for i in view.appointment_items), key=lambda r: (r.left(), r.top()))
    # The two at 10:00 on Tuesday share its column, side by side; Thursday's is wider.
    assert tuesday[0].top() == tuesday[1].top() and tuesday[0].right() <= tuesday[1].left()
    assert tuesday[2].width() > tuesday[0].width() * 1.8
    assert "3 appointments this week" in named(screen, "Book message").text()
    qtbot.mouseClick(named(screen, "Forward"), Qt.MouseButton.LeftButton)
    assert (
        view.appointment_items == []
        and named(screen, "Day shown").text() == "30 Nov 2026–6 Dec 2026"
    )


def test_the_late_cancellation_hours_are_set_up_with_the_book(
    qtbot, services, admin, relay, clinic
) -> None:
    screen = make_screen(qtbot, services, admin, relay)
    press(qtbot, screen, "Set up…")
    dialog = screen.setup_dialog
    spin = named(dialog, "Late cancellation hours", QSpinBox)
    assert spin.value() == 24
    spin.setValue(48)
    press(qtbot, dialog, "Save rule")
    assert services.book.late_cancel_hours(admin) == 48
