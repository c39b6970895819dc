"""Home's day on screen: arrival opens the session on its pre-check, the room's retention
countdown, waiting arrivals, intakes due, tomorrow confirmed in one click, check-out after
the session with the sheet printing the next appointment from the book, and a second
workstation's booking appearing through the poll of the change marker."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListWidget

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_time import local_moment
from acudesk.domain.clients import ClientInput
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.ui.book.check_out_dialog import CheckOutDialog
from acudesk.ui.book.today_widget import TodayWidget
from acudesk.ui.book.visit_windows import VisitWindows
from acudesk.ui.shell.change_poller import ChangePoller
from tests.documents.pdf_checks import all_text
from tests.ui.session_support import add_client
from tests.ui.test_book_screen import LONDON, clinic
from tests.ui.widgets import button, named, press

__all__ = ["clinic"]

S = AppointmentStatus


def make_home(qtbot, services, user, relay) -> TodayWidget:
    widget = TodayWidget(
        services.today,
        services.book,
        services.handouts,
        services.clock,
        user,
        relay,
        visits=lambda host: VisitWindows(services, user, host),
    )
    qtbot.addWidget(widget)
    widget.resize(1300, 520)
    widget.show()
    return widget


def book_at(services, user, clinic, client, day, hour, minute=0, room=0):
    location, rooms, facial, _client = clinic
    start = local_moment(day, time(hour, minute), LONDON)
    request = BookingRequest(client.id, facial.id, location.id, start, room_id=rooms[room].id)
    return services.book.book(user, request)


def lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def choose(widget: TodayWidget, row: int) -> None:
    widget.ui.appointmentsTable.selectRow(row)


@pytest.fixture
def day(services, admin, clinic):
    """Today: Anna at 10:00 in the Blue room, Maria (no intake) at 11:30; Anna tomorrow."""
    anna = add_client(services, admin)
    today = services.clock().date()
    first = book_at(services, admin, clinic, anna, today, 10)
    second = book_at(services, admin, clinic, clinic[3], today, 11, 30, room=1)
    tomorrow = book_at(services, admin, clinic, anna, today + timedelta(days=1), 9)
    return anna, first, second, tomorrow


def test_arrival_opens_the_session_and_the_room_counts_down(
    qtbot, services, admin, relay, clinic, day, clock
) -> None:
    home = make_home(qtbot, services, admin, relay)
    assert home.model.rowCount() == 2
    assert named(home, "Today at a glance").text().startswith("2 appointments ·")
    assert lines(home.ui.intakesList) == ["Maria Quintero: no intake yet"]
    assert lines(home.ui.roomsList) == ["Nobody is in treatment now."]
    choose(home, 0)
    press(qtbot, home, "Arrived")
    [window] = home.visits.windows.values()
    assert window.isVisible() and not window.precheck.is_done()  # opens on the check
    assert window.ui.alertsReviewedCheck.hasFocus() or window.ui.alertsReviewedCheck.isEnabled()
    qtbot.waitUntil(lambda: home.model.index(0, 4).data() == "In treatment")
    assert lines(home.ui.roomsList) == ["Blue room · Anna Rossi — timer not started"]
    services.sessions.start_timer(admin, window.session)
    qtbot.waitUntil(lambda: lines(home.ui.roomsList) == ["Blue room · Anna Rossi — 30:00 left"])
    clock.advance(minutes=12, seconds=30)
    home.tick()
    assert lines(home.ui.roomsList) == ["Blue room · Anna Rossi — 17:30 left"]
    clock.advance(minutes=20)
    home.tick()
    assert lines(home.ui.roomsList) == ["Blue room · Anna Rossi — needles out now"]
    window.close_anyway()


def test_reception_arrival_waits_and_tomorrow_is_confirmed_in_one_click(
    qtbot, services, admin, make_user, relay, clinic, day
) -> None:
    from acudesk.domain.users import Role

    rita = make_user("rita", Role.RECEPTION)
    assert day
    home = make_home(qtbot, services, rita, relay)
    choose(home, 1)
    assert not home.ui.treatButton.isEnabled()  # reception does not chart
    press(qtbot, home, "Arrived")
    assert home.visits.windows == {}
    qtbot.waitUntil(
        lambda: lines(home.ui.waitingList) == ["Maria Quintero, booked 11:30 (Garden room)"]
    )
    assert lines(home.ui.tomorrowList) == ["09:00 Anna Rossi · Facial acupuncture"]
    home.ui.tomorrowList.setCurrentRow(0)
    press(qtbot, home, "Client confirmed")
    qtbot.waitUntil(
        lambda: lines(home.ui.tomorrowList) == ["Nothing left to confirm for tomorrow."]
    )
    today = services.clock().date()
    later = services.book.between(
        rita,
        clinic[0].id,
        local_moment(today + timedelta(days=1), time(0), LONDON),
        local_moment(today + timedelta(days=2), time(0), LONDON),
    )
    assert [a.status for a in later] == [S.CONFIRMED]
    assert "Anna Rossi confirmed." in named(home, "Today's message").text()


def test_completing_the_session_offers_check_out_and_the_sheet_prints_the_booked_date(
    qtbot, services, admin, relay, clinic, day, tmp_path
) -> None:
    _anna, first, _second, tomorrow = day
    services.book.set_status(admin, tomorrow, S.CANCELLED, "moved to next week")
    home = make_home(qtbot, services, admin, relay)
    choose(home, 0)
    press(qtbot, home, "Arrived")
    [window] = home.visits.windows.values()
    window.ui.alertsReviewedCheck.setChecked(True)
    window.ui.intakeUnchangedCheck.setChecked(True)
    named(window, "Needles out").setValue(0)
    assert window.complete()
    qtbot.waitUntil(lambda: first.id in home.visits.check_outs)
    dialog = home.visits.check_outs[first.id]
    assert isinstance(dialog, CheckOutDialog) and dialog.isVisible()
    assert named(dialog, "Next appointment").text() == "Nothing booked yet."
    qtbot.waitUntil(lambda: home.model.index(0, 4).data() == "Completed")
    assert lines(home.ui.handoutsList) == ["Anna Rossi"]

    booking = dialog.book_next()
    assert booking is not None
    assert booking.ui.clientList.currentItem().text() == "Anna Rossi"
    booking.ui.buttonBox.accepted.emit()  # Book, a week on at 10:00
    qtbot.waitUntil(
        lambda: named(dialog, "Next appointment").text() == "Monday 30 Nov 2026 at 10:00"
    )

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "sheet.pdf"
    printer.setOutputFileName(str(out))
    issued = dialog.print_to(printer)
    assert issued is not None
    words = " ".join(all_text(issued.pdf).split())
    assert "Monday 30 November 2026 at 10:00" in words
    assert out.stat().st_size > 0
    assert named(dialog, "Aftercare sheet").text() == "A sheet was given already."
    qtbot.waitUntil(lambda: lines(home.ui.handoutsList) == ["No handout left to print."])
    dialog.reject()
    window.close_anyway()


def test_a_second_workstations_booking_appears_by_itself(
    qtbot, services, admin, relay, clinic, sqlite_path, clock
) -> None:
    home = make_home(qtbot, services, admin, relay)
    poller = ChangePoller(services.change_watch.poll, home, interval_ms=50)
    poller.start()
    other = open_database(f"sqlite:///{sqlite_path}")  # the other desk: its own engine
    try:
        elsewhere = build_services(other.db, clock)
        today = services.clock().date()
        book_at(elsewhere, admin, clinic, clinic[3], today, 15)
        qtbot.waitUntil(lambda: home.model.rowCount() == 1, timeout=5000)
        assert home.model.index(0, 1).data() == "Maria Quintero"
    finally:
        poller.stop()
        other.db.dispose()


def test_the_book_cards_arrival_opens_the_session_and_its_check_out(
    qtbot, services, admin, make_user, relay, clinic, day
) -> None:
    from acudesk.domain.users import Role
    from acudesk.ui.book.book_screen import BookScreen

    _anna, first, _second, _tomorrow = day
    pat = make_user("pat", Role.PRACTITIONER)
    screen = BookScreen(
        services.book,
        services.book_setup,
        services.clients,
        services.clock,
        pat,
        relay,
        visits=lambda host: VisitWindows(services, pat, host),
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    screen.show_date(services.clock().date())
    item = next(i for i in screen.view.appointment_items if i.appointment.id == first.id)
    item.setSelected(True)
    assert not button(screen, "Check out…").isEnabled()
    press(qtbot, screen, "Arrived")
    [window] = screen.card.visits.windows.values()
    assert window.session.appointment_id == first.id
    qtbot.waitUntil(lambda: screen.card.appointment.status is S.IN_TREATMENT)
    window.close_anyway()
    press(qtbot, screen, "Treatment")  # brings the session back
    assert [w.isVisible() for w in screen.card.visits.windows.values()] == [True]
    screen.card.visits.windows[window.session.id].close_anyway()


def test_the_side_lists_share_the_height_and_say_when_they_are_empty(
    qtbot, services, admin, relay, clinic
) -> None:
    """At the height Home's day has on a 1366x768 screen, a list with five lines shows all
    five; an empty one keeps a single line that says so and cannot be chosen."""
    today = services.clock().date()
    names = ["Ada Bianchi", "Bea Conti", "Cleo Dini", "Dana Esposito", "Ezio Ferri"]
    for n, name in enumerate(names):
        first, last = name.split()
        walk_in = services.clients.create(admin, ClientInput(first_name=first, last_name=last))
        book_at(services, admin, clinic, walk_in, today, 9 + n, room=n % 2)
        book_at(services, admin, clinic, walk_in, today + timedelta(days=1), 9 + n, room=n % 2)
    home = make_home(qtbot, services, admin, relay)
    home.resize(1300, 440)
    qtbot.waitUntil(lambda: home.ui.intakesList.count() == 5)
    for full in (home.ui.intakesList, home.ui.tomorrowList):
        last = full.visualItemRect(full.item(full.count() - 1))
        assert last.bottom() <= full.viewport().height(), full.accessibleName()
    for empty, words in (
        (home.ui.waitingList, "Nobody is waiting."),
        (home.ui.handoutsList, "No handout left to print."),
    ):
        assert lines(empty) == [words]
        assert not empty.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
        assert empty.height() < home.ui.intakesList.height()


def test_a_day_without_appointments_says_so(qtbot, services, admin, relay, clinic) -> None:
    home = make_home(qtbot, services, admin, relay)
    assert home.model.rowCount() == 0
    assert home.empty_hint.label.isVisible()
    assert home.empty_hint.label.text() == "No appointments today."
