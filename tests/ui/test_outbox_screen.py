"""The Outbox screen shows queued, sent and failed reminders with the reason, filters them and
retries a failed one; the book's "Client confirmed" records the reply and stops reminders."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTableView

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.reminder_setup import ReminderSetup, Security, SmtpSettings
from acudesk.domain.reminders import MessageStatus
from acudesk.ui.book.book_screen import BookScreen
from acudesk.ui.reminders.outbox_screen import OutboxScreen
from tests.reminder_support import SMTP_PASSWORD, SMTP_USER, Mailbox, refused_port
from tests.ui.widgets import named, press

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 11, 23)


@pytest.fixture
def clinic(services, admin, smtp_server: Mailbox):
    setup = services.book_setup
    hours = WeeklyHours.every_day(time(7), time(20), range(7))
    location = setup.add_location(admin, "Willow Street", "Europe/London", hours)
    room = setup.add_room(admin, location.id, "Blue room")
    facial = setup.add_service_type(admin, ServiceType("Facial acupuncture", 60))
    client = services.clients.create(
        admin,
        ClientInput(
            first_name="Maria", last_name="Quintero", email="maria@example.com", reminder_email=True
        ),
    )
    smtp = SmtpSettings(
        smtp_server.host, smtp_server.port, Security.NONE, SMTP_USER, "desk@willow.example"
    )
    services.reminder_settings.update(admin, ReminderSetup(smtp=smtp), 0)
    services.reminder_settings.set_password(admin, ReminderSetup(smtp=smtp), SMTP_PASSWORD)

    def book(hour: int):
        start = local_moment(MONDAY, time(hour), LONDON)
        request = BookingRequest(client.id, facial.id, location.id, start, room_id=room.id)
        return services.book.book(admin, request)

    return book, smtp


def test_a_failure_shows_its_reason_and_a_retry_sends_it(
    qtbot, services, admin, relay, clinic, clock, smtp_server
):
    book, smtp = clinic
    setup, version = services.reminder_settings.setup()
    with refused_port() as port:  # nothing listens there, for the whole test
        closed = replace(setup, smtp=replace(smtp, port=port))
        services.reminder_settings.update(admin, closed, version)
        book(15)
        book(16)
        clock.now = datetime(2026, 11, 23, 9, 30)
        services.reminders.send_due(admin)
        services.reminder_settings.update(admin, setup, services.reminder_settings.setup()[1])

        screen = OutboxScreen(services.reminders, admin, relay)
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        table = named(screen, "Messages", QTableView)
        assert screen.model.rowCount() == 2
        assert named(screen, "Messages shown", QLabel).text() == "2 messages"
        first = screen.model.item_at(0)
        assert first.status is MessageStatus.FAILED and "could not be reached" in first.reason
        assert screen.model.data(screen.model.index(0, 0)) == "Failed"

        table.selectRow(0)
        assert "Not sent:" in named(screen, "The chosen message", QPlainTextEdit).toPlainText()
        press(qtbot, screen, "Retry")
        notice = named(screen, "Outbox message", QLabel)
        qtbot.waitUntil(lambda: "Sent 1, failed 0" in notice.text(), timeout=30_000)
        assert len(smtp_server.messages) == 1

        show = named(screen, "Show messages", QComboBox)
        show.setCurrentIndex(show.findData(MessageStatus.FAILED.value))
        assert screen.model.rowCount() == 1
        show.setCurrentIndex(show.findData(MessageStatus.SENT.value))
        assert screen.model.rowCount() == 1 and screen.model.item_at(0).attempts == 2


def test_with_several_chosen_the_reader_shows_the_one_last_moved_to(
    qtbot, services, admin, relay, clinic, clock, smtp_server
):
    from PySide6.QtCore import QItemSelectionModel

    book, smtp = clinic
    setup, version = services.reminder_settings.setup()
    with refused_port() as port:
        services.reminder_settings.update(
            admin, replace(setup, smtp=replace(smtp, port=port)), version
        )
        book(15)
        book(16)
        clock.now = datetime(2026, 11, 23, 9, 30)
        services.reminders.send_due(admin)
    screen = OutboxScreen(services.reminders, admin, relay)
    qtbot.addWidget(screen)
    screen.show()
    table = named(screen, "Messages", QTableView)
    flags = QItemSelectionModel.SelectionFlag
    model = table.selectionModel()
    model.select(screen.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    model.setCurrentIndex(screen.model.index(1, 0), flags.Select | flags.Rows)
    assert len(screen.selected()) == 2
    reader = named(screen, "The chosen message", QPlainTextEdit).toPlainText()
    assert screen.model.item_at(1).body in reader
    assert screen.model.item_at(0).body not in reader
    assert screen.ui.retryButton.isEnabled()  # one of them failed


def test_client_confirmed_on_the_book_stops_the_reminder(
    qtbot, services, admin, relay, clinic, clock, smtp_server
):
    book, _smtp = clinic
    made = book(15)
    screen = BookScreen(
        services.book,
        services.book_setup,
        services.clients,
        services.clock,
        admin,
        relay,
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.show_date(MONDAY)
    screen.view.appointment_items[0].setSelected(True)
    press(qtbot, screen, "Client confirmed")

    [shown] = services.book.between(admin, made.location_id, made.start, made.end)
    assert shown.status is AppointmentStatus.CONFIRMED
    clock.now = datetime(2026, 11, 23, 9, 30)
    assert services.reminders.send_due(admin).sent == ()
    assert smtp_server.messages == []


def test_an_empty_outbox_says_so_and_sending_keeps_the_screen_live(
    qtbot, services, admin, relay, clinic, clock, smtp_server
):
    book, _smtp = clinic
    screen = OutboxScreen(services.reminders, admin, relay)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    hint = screen.empty_hint.label
    assert hint.isVisible() and hint.text().startswith("No reminder yet.")
    show = named(screen, "Show messages", QComboBox)
    show.setCurrentIndex(show.findData(MessageStatus.FAILED.value))
    assert hint.isVisible() and hint.text() == "No message failed."
    show.setCurrentIndex(0)

    book(15)
    clock.now = datetime(2026, 11, 23, 9, 30)
    smtp_server.hold = threading.Event()
    try:
        press(qtbot, screen, "Send due reminders now")
        assert smtp_server.arrived.wait(30)  # the server has it and holds its answer...
        assert screen.sending() and not screen.ui.sendButton.isEnabled()
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1)  # ...the screen still follows
        assert screen.model.item_at(0).status is MessageStatus.SENDING and not hint.isVisible()
    finally:
        smtp_server.hold.set()
    notice = named(screen, "Outbox message", QLabel)
    qtbot.waitUntil(lambda: "Sent 1, failed 0" in notice.text(), timeout=30_000)
    assert not screen.sending() and screen.model.item_at(0).status is MessageStatus.SENT
