"""The Book's month: switched to with Ctrl+3, a cell per day with its count, busiest hours and
a bar per practitioner; a click or Enter opens the day; Alt+Left/Right move by a month."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_time import local_moment
from acudesk.ui.book.book_month_view import BookMonthView
from tests.ui.test_book_screen import DAY, LONDON, clinic, make_screen  # noqa: F401
from tests.ui.widgets import named, show_active


def book_at(services, admin, clinic, day: date, hour: int, room: int = 0, who=True) -> None:  # noqa: F811
    location, rooms, facial, client = clinic
    services.book.book(
        admin,
        BookingRequest(
            client.id,
            facial.id,
            location.id,
            local_moment(day, time(hour), LONDON),
            room_id=rooms[room].id,
            practitioner_id=admin.id if who else None,
        ),
    )


def test_the_month_shows_each_days_bookings(qtbot, services, admin, relay, clinic) -> None:  # noqa: F811
    book_at(services, admin, clinic, DAY, 10)
    book_at(services, admin, clinic, DAY, 10, room=1, who=False)
    book_at(services, admin, clinic, date(2026, 11, 30), 15)
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    month = named(screen, "Month of the book", BookMonthView)
    assert month.isVisible() and not screen.view.isVisible()
    assert named(screen, "Day shown").text() == "November 2026"
    assert month.lines(DAY) == ["24", "2 appointments", "Busiest 10:00–11:00"]
    assert month.lines(date(2026, 11, 30)) == ["30", "1 appointment", "Busiest 15:00–16:00"]
    assert month.lines(date(2026, 11, 25)) == ["25"]
    bars = [(name, count) for name, _colour, count in month.bars(DAY)]
    assert bars == [(admin.display_name, 1), ("No practitioner", 1)]
    assert "3 appointments this month" in named(screen, "Book message").text()


def test_a_click_or_enter_opens_the_day(qtbot, services, admin, relay, clinic) -> None:  # noqa: F811
    book_at(services, admin, clinic, DAY, 10)
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    screen.views.show_span("month")
    month = screen.views.month_view
    index = month.days.index(date(2026, 11, 30))
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.cell_rect(index).center())
    assert screen.views.span == "day" and screen.day == date(2026, 11, 30)
    assert screen.view.isVisible() and not month.isVisible()
    screen.views.show_span("month")
    show_active(qtbot, screen)
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Up)  # a week back: the 23rd
    qtbot.keyClick(month, Qt.Key.Key_Right)  # the 24th
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert screen.views.span == "day" and screen.day == DAY
    assert len(screen.view.appointment_items) == 1


def test_alt_arrows_move_a_month(qtbot, services, admin, relay, clinic) -> None:  # noqa: F811
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(date(2027, 1, 31))
    screen.views.show_span("month")
    show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert screen.day == date(2027, 2, 28)
    assert named(screen, "Day shown").text() == "February 2027"
    qtbot.mouseClick(named(screen, "Back"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named(screen, "Back"), Qt.MouseButton.LeftButton)
    assert screen.day == date(2026, 12, 28)
    month = screen.views.month_view
    month.setFocus()
    for _ in range(2):
        qtbot.keyClick(month, Qt.Key.Key_Down)  # into January: the month follows
    assert screen.day == date(2027, 1, 11) and "January" in named(screen, "Day shown").text()
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert screen.week and named(screen, "Day shown").text() == "11–17 Jan 2027"


def test_colours_by_service_or_status_with_a_legend(qtbot, services, admin, relay, clinic) -> None:  # noqa: F811
    from acudesk.domain.appointments import AppointmentStatus
    from acudesk.ui.book.book_items import STATUS_COLOURS
    from acudesk.ui.book.book_look import service_colour

    book_at(services, admin, clinic, DAY, 10)
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    item = screen.view.appointment_items[0]
    assert item.fill == STATUS_COLOURS[AppointmentStatus.BOOKED]
    look = screen.views.look
    assert "Booked" in look.legend_text() and "No-show" in look.legend_text()
    show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert named(screen, "Colours").currentText() == "Colour by service"
    item = screen.view.appointment_items[0]
    assert item.fill == service_colour(item.appointment.service_id)
    assert item.graphic.brush().color().name() == item.fill
    assert look.legend_text() == "Facial acupuncture"
    screen.show_date(DAY + timedelta(days=1))  # the choice stays for the session
    assert named(screen, "Colours").currentText() == "Colour by service"


def test_zoom_from_the_keyboard_and_the_control(qtbot, services, admin, relay, clinic) -> None:  # noqa: F811
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert named(screen, "Zoom").text() == "125 %" and screen.view.hour_height == 80
    qtbot.mouseClick(named(screen, "Zoom out"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named(screen, "Zoom out"), Qt.MouseButton.LeftButton)
    assert named(screen, "Zoom").text() == "75 %"
    qtbot.keyClick(screen, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.hour_height == 64
