"""Reminders end to end on a real database: queued when due by the clinic's rules, sent to a
local SMTP server and a local HTTP gateway, failures kept with their reason and retried."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import ValidationError
from acudesk.domain.reminder_setup import (
    GatewayKind,
    ReminderSetup,
    Security,
    SmsGateway,
    SmtpSettings,
)
from acudesk.domain.reminders import (
    MessageStatus,
    ReminderKind,
    ReminderRules,
    interrupted_reason,
)
from acudesk.domain.users import NewUser, Role
from acudesk.store.models import SettingRecord
from acudesk.store.reminder_models import ReminderMessageRecord
from tests.conftest import CLINIC, FakeClock
from tests.reminder_support import SMTP_PASSWORD, SMTP_USER, Gateway, Mailbox, refused_port

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 11, 23)  # the FakeClock's day; London is on GMT then


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return local_moment(day, time(hour, minute), LONDON)


@pytest.fixture
def clinic(desk):
    owner = desk.clinic.set_up(CLINIC, NewUser("owner", "Olivia Owner", Role.ADMIN, "a password!"))
    pat = desk.users.add_user(owner, NewUser("pat", "Pat Lee", Role.PRACTITIONER, "pat-password"))
    hours = WeeklyHours.every_day(time(7), time(20), range(7))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    room = desk.book_setup.add_room(owner, location.id, "Blue")
    facial = desk.book_setup.add_service_type(owner, ServiceType("Facial acupuncture", 60))
    client = desk.clients.create(
        owner,
        ClientInput(
            first_name="Anna",
            last_name="Rossi",
            email="anna@example.com",
            phone="+44 7911 123456",
            reminder_email=True,
            reminder_sms=True,
        ),
    )
    return owner, pat, location, room, facial, client


def set_up(desk, owner, box: Mailbox | None, gateway: Gateway | None, **rules) -> ReminderSetup:
    smtp = (
        SmtpSettings(box.host, box.port, Security.NONE, SMTP_USER, "desk@willow.example")
        if box is not None
        else SmtpSettings()
    )
    sms = SmsGateway(GatewayKind.HTTP, gateway.url) if gateway is not None else SmsGateway()
    setup = ReminderSetup(ReminderRules(**rules), smtp, sms)
    _, version = desk.reminder_settings.setup()
    desk.reminder_settings.update(owner, setup, version)
    if box is not None:
        desk.reminder_settings.set_password(owner, setup, SMTP_PASSWORD)
    return setup


def book(desk, clinic, start: datetime, client=None):
    owner, pat, location, room, facial, anna = clinic
    request = BookingRequest(
        (client or anna).id, facial.id, location.id, start, practitioner_id=pat.id, room_id=room.id
    )
    return desk.book.book(owner, request)


def test_a_reminder_goes_the_lead_before_by_email_and_sms_once(
    desk, clinic, clock: FakeClock, smtp_server: Mailbox, sms_gateway: Gateway
):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, sms_gateway)
    book(desk, clinic, at(MONDAY + timedelta(days=1), 10))  # Tuesday 10:00, booked Monday 09:00

    assert desk.reminders.send_due(owner).sent == ()  # not yet: 24 hours before is 10:00
    clock.now = datetime(2026, 11, 23, 10, 0)
    report = desk.reminders.send_due(owner)

    assert {m.kind for m in report.sent} == {ReminderKind.EMAIL, ReminderKind.SMS}
    [mail] = smtp_server.messages
    assert mail["To"] == "anna@example.com"
    assert mail["Subject"] == "Your appointment at Willow Clinic on Tuesday, 24 November 2026"
    text = mail.get_body(("plain",)).get_content()
    assert "Dear Anna," in text and "10:00" in text and "Pat Lee" in text
    assert smtp_server.logins == [SMTP_USER]  # the password came from the keyring
    [ics] = [part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert ics.get_filename() == "appointment.ics"
    [event] = Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert event.decoded("dtstart") == at(MONDAY + timedelta(days=1), 10)
    assert str(event["dtstart"].params["TZID"]) == "Europe/London"
    assert str(event["uid"]).startswith("appointment-") and "Willow Clinic" in str(event["summary"])
    [sms] = sms_gateway.received
    assert sms["to"] == "+44 7911 123456"
    assert sms["text"].startswith("Willow Clinic: reminder of your appointment on Tuesday")

    clock.advance(hours=1)
    assert desk.reminders.send_due(owner).sent == ()  # no second message for the same one
    assert len(smtp_server.messages) == 1 and len(sms_gateway.received) == 1
    sent = desk.reminders.outbox(owner, MessageStatus.SENT)
    assert {(m.status, m.attempts, m.sent_at) for m in sent} == {
        (MessageStatus.SENT, 1, datetime(2026, 11, 23, 10, 0))
    }


def test_the_password_is_in_the_keyring_never_in_the_database(
    desk, clinic, smtp_server: Mailbox, file_keyring
):
    setup = set_up(desk, clinic[0], smtp_server, None)
    assert desk.reminder_settings.has_password(setup)
    assert file_keyring.get_password("acudesk-smtp", f"{SMTP_USER}@127.0.0.1:{smtp_server.port}")
    with desk.db.read_only() as session:
        assert all(SMTP_PASSWORD not in row.value for row in session.scalars(select(SettingRecord)))


def test_quiet_hours_move_a_reminder_to_their_end(desk, clinic, clock, smtp_server):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None, quiet_start=time(21), quiet_end=time(8))
    wednesday = MONDAY + timedelta(days=2)
    book(desk, clinic, at(wednesday, 7, 30))  # due Tuesday 07:30: inside the quiet hours

    clock.now = datetime(2026, 11, 24, 7, 45)
    assert desk.reminders.send_due(owner).sent == ()
    assert smtp_server.messages == []
    clock.now = datetime(2026, 11, 24, 8, 0)
    assert len(desk.reminders.send_due(owner).sent) == 1


def test_a_message_queued_waits_while_the_hours_are_quiet(desk, clinic, clock, smtp_server):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None, quiet_start=time(21), quiet_end=time(8))
    book(desk, clinic, at(MONDAY + timedelta(days=1), 12))  # due Monday 12:00
    clock.now = datetime(2026, 11, 23, 22, 0)  # the computer was off until the evening
    report = desk.reminders.send_due(owner)
    assert report.sent == () and len(report.waiting) == 1
    assert smtp_server.messages == []
    clock.now = datetime(2026, 11, 24, 8, 0)
    assert len(desk.reminders.send_due(owner).sent) == 1


def test_no_reminder_for_a_confirmed_or_cancelled_appointment_or_without_consent(
    desk, clinic, clock, smtp_server
):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None)
    tuesday = MONDAY + timedelta(days=1)
    confirmed = book(desk, clinic, at(tuesday, 9))
    desk.book.set_status(owner, confirmed, AppointmentStatus.CONFIRMED)  # Client confirmed
    cancelled = book(desk, clinic, at(tuesday, 11))
    desk.book.set_status(owner, cancelled, AppointmentStatus.CANCELLED)
    silent = desk.clients.create(owner, ClientInput(first_name="Bea", email="bea@example.com"))
    book(desk, clinic, at(tuesday, 12), client=silent)

    clock.now = datetime(2026, 11, 23, 19, 0)
    assert desk.reminders.send_due(owner).sent == ()
    assert smtp_server.messages == []


def test_a_change_soon_after_booking_sends_one_message_with_the_final_time(
    desk, clinic, clock, smtp_server
):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None, settle_minutes=10)
    first = book(desk, clinic, at(MONDAY, 15))  # due at once by the lead
    clock.advance(minutes=5)
    assert desk.reminders.send_due(owner).sent == ()  # the booking has not settled yet
    desk.book.move(owner, first, at(MONDAY, 16))
    clock.advance(minutes=5)
    [sent] = desk.reminders.send_due(owner).sent
    assert "4:00" in sent.body or "16:00" in sent.body
    clock.advance(minutes=30)
    desk.reminders.send_due(owner)
    assert len(smtp_server.messages) == 1


def test_a_failure_is_kept_with_its_reason_and_retried(desk, clinic, clock, smtp_server):
    owner = clinic[0]
    setup = set_up(desk, owner, smtp_server, None)
    with refused_port() as port:  # nothing listens there, for the whole test
        closed = replace(setup.smtp, port=port)
        _, version = desk.reminder_settings.setup()
        desk.reminder_settings.update(owner, replace(setup, smtp=closed), version)
        book(desk, clinic, at(MONDAY, 18))
        clock.now = datetime(2026, 11, 23, 9, 30)

        [failed] = desk.reminders.send_due(owner).failed
        assert failed.status is MessageStatus.FAILED and failed.attempts == 1
        assert f"127.0.0.1:{closed.port} could not be reached" in failed.reason
        assert desk.reminders.send_due(owner).sent == ()  # a failure waits for someone to retry

        _, version = desk.reminder_settings.setup()
        desk.reminder_settings.update(owner, setup, version)
        [retried] = desk.reminders.retry(
            owner, desk.reminders.outbox(owner, MessageStatus.FAILED)
        ).sent
        assert retried.attempts == 2 and retried.reason == ""
        assert len(smtp_server.messages) == 1


def test_a_gateway_that_refuses_is_the_reason(desk, clinic, clock, sms_gateway):
    owner = clinic[0]
    set_up(desk, owner, None, sms_gateway)
    sms_gateway.status = 503
    book(desk, clinic, at(MONDAY, 18))
    clock.now = datetime(2026, 11, 23, 9, 30)
    [failed] = desk.reminders.send_due(owner).failed
    assert "answered 503" in failed.reason
    assert "7911" not in failed.reason  # the number stays out of the reason


def test_a_dry_run_sends_and_writes_nothing(desk, clinic, clock, smtp_server):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None)
    book(desk, clinic, at(MONDAY, 18))
    clock.now = datetime(2026, 11, 23, 9, 30)
    [would] = desk.reminders.send_due(owner, dry_run=True).sent
    assert would.recipient == "anna@example.com" and "18:00" in would.body
    assert smtp_server.messages == [] and desk.reminders.outbox(owner) == []


def test_the_test_message_reaches_the_server_or_says_why(desk, clinic, smtp_server):
    owner = clinic[0]
    setup = set_up(desk, owner, smtp_server, None)
    desk.reminder_settings.send_test(owner, setup, email="owner@willow.example")
    assert smtp_server.messages[0]["Subject"] == "acudesk test message"
    starttls = replace(setup, smtp=replace(setup.smtp, security=Security.STARTTLS))
    with pytest.raises(ValidationError) as refused:
        desk.reminder_settings.send_test(owner, starttls, email="owner@willow.example")
    assert "does not offer STARTTLS" in refused.value.errors["test_to"]


def test_consent_keeps_the_day_it_was_given(desk, clinic, clock):
    owner, anna = clinic[0], clinic[5]
    assert anna.data.reminders.email_since == MONDAY
    clock.now = datetime(2026, 12, 1, 9, 0)
    value = ClientInput(
        first_name="Anna", last_name="Rossi", email="anna@example.com", reminder_email=True
    )
    kept = desk.clients.update(owner, anna, value)
    assert kept.data.reminders.email_since == MONDAY and kept.data.reminders.sms_since is None
    with pytest.raises(ValidationError) as refused:
        desk.clients.update(owner, kept, replace(value, email="", reminder_email=True))
    assert "email address" in refused.value.errors["reminder_email"]


TWELVE = ["Ada", "Bo", "Cleo", "Dana", "Ezio", "Fai", "Gil", "Hana", "Ines", "José", "Kai", "Lía"]


def _twelve_booked(desk, clinic) -> None:
    owner = clinic[0]
    others = [
        desk.clients.create(
            owner,
            ClientInput(first_name=name, email=f"c{n}@example.com", reminder_email=True),
        )
        for n, name in enumerate(TWELVE)
    ]
    for n, client in enumerate(others):
        book(desk, clinic, at(MONDAY + timedelta(days=1), 8 + n), client=client)


def test_two_workstations_sending_at_once_send_each_reminder_once(
    desk, room, clinic, clock, smtp_server
):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None, lead_hours=48)
    _twelve_booked(desk, clinic)
    clock.now = datetime(2026, 11, 23, 10, 0)
    start = threading.Barrier(2)
    reports: list = []
    errors: list[BaseException] = []

    def run(services) -> None:
        start.wait()
        try:
            reports.append(services.reminders.send_due(owner))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in (desk, room)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    recipients = sorted(m["To"] for m in smtp_server.messages)
    assert recipients == sorted(f"c{n}@example.com" for n in range(12))  # each exactly once
    assert sum(len(r.sent) for r in reports) == 12 and all(r.failed == () for r in reports)
    sent = desk.reminders.outbox(owner, MessageStatus.SENT)
    assert len(sent) == 12 and {m.attempts for m in sent} == {1}


def test_a_message_on_its_way_is_sending_and_not_sent_again(desk, room, clinic, clock, smtp_server):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None)
    book(desk, clinic, at(MONDAY, 18))
    clock.now = datetime(2026, 11, 23, 9, 30)
    smtp_server.hold = threading.Event()
    sender = threading.Thread(target=desk.reminders.send_due, args=(owner,))
    sender.start()
    try:
        assert smtp_server.arrived.wait(30)
        [on_its_way] = room.reminders.outbox(owner)
        assert on_its_way.status is MessageStatus.SENDING
        assert room.reminders.outbox(owner, MessageStatus.FAILED) == []
        assert room.reminders.retry(owner, [on_its_way]).sent == ()  # left to its sender
        assert room.reminders.send_due(owner).sent == ()
    finally:
        smtp_server.hold.set()
        sender.join(30)
    [done] = desk.reminders.outbox(owner)
    assert done.status is MessageStatus.SENT and len(smtp_server.messages) == 1


def test_a_send_interrupted_by_a_crash_shows_as_failed_and_is_retried_once(
    desk, clinic, clock, smtp_server
):
    owner = clinic[0]
    set_up(desk, owner, smtp_server, None, quiet_start=time(9, 20), quiet_end=time(10))
    book(desk, clinic, at(MONDAY, 18))
    clock.now = datetime(2026, 11, 23, 9, 30)
    [queued] = desk.reminders.send_due(owner).waiting  # queued, held by the quiet hours
    clock.now = datetime(2026, 11, 23, 10, 0)
    with desk.db.unit_of_work() as session:  # a workstation took it, then lost its power
        record = session.get(ReminderMessageRecord, queued.id)
        record.status, record.claimed_at = MessageStatus.SENDING.value, clock.now
    clock.now = datetime(2026, 11, 23, 10, 5)
    assert desk.reminders.send_due(owner).sent == ()  # the claim is still live
    assert desk.reminders.outbox(owner, MessageStatus.FAILED) == []

    clock.advance(minutes=10)  # past CLAIM_LAPSES: nobody will write its result now
    assert desk.reminders.send_due(owner).sent == ()  # never re-sent by itself
    [interrupted] = desk.reminders.outbox(owner, MessageStatus.FAILED)
    assert interrupted.reason == interrupted_reason()
    assert desk.reminders.outbox(owner, MessageStatus.SENDING) == []
    [retried] = desk.reminders.retry(owner, [interrupted]).sent
    assert retried.status is MessageStatus.SENT and len(smtp_server.messages) == 1


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("Europe/Rome", date(2026, 10, 25)),  # the clocks went back overnight
        ("America/New_York", date(2026, 3, 9)),  # they went forward overnight
    ],
)
def test_the_lead_counts_real_hours_across_a_clock_change(
    desk, clinic, clock, smtp_server, zone, day
):
    owner, pat, _, _, facial, anna = clinic
    set_up(desk, owner, smtp_server, None, lead_hours=24, quiet_start=time(0), quiet_end=time(0))
    hours = WeeklyHours.every_day(time(7), time(20), range(7))
    there = desk.book_setup.add_location(owner, f"Clinic in {zone}", zone, hours)
    chair = desk.book_setup.add_room(owner, there.id, "Green")
    start = local_moment(day, time(10), ZoneInfo(zone))
    clock.now = (start - timedelta(days=3)).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    desk.book.book(
        owner,
        BookingRequest(
            anna.id, facial.id, there.id, start, practitioner_id=pat.id, room_id=chair.id
        ),
    )
    due = (start - timedelta(hours=24)).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    clock.now = due - timedelta(minutes=1)
    assert desk.reminders.send_due(owner).sent == ()
    clock.now = due
    [sent] = desk.reminders.send_due(owner).sent
    assert sent.appointment_start == start and sent.appointment_start.tzinfo == ZoneInfo(zone)
