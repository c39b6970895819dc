"""`acudesk reminders send [--dry-run]` against a local SMTP server: the dry run lists what
would go and sends nothing; the real run sends it once; a refused one exits 1 with why."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from acudesk.cli import main
from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clients import ClientInput
from acudesk.domain.reminder_setup import ReminderSetup, Security, SmtpSettings
from acudesk.domain.reminders import ReminderRules
from acudesk.domain.users import NewUser, Role
from tests.conftest import CLINIC
from tests.reminder_support import SMTP_PASSWORD, SMTP_USER, Mailbox

PASSWORD = "owner-password-1"


def _clinic(services, box: Mailbox):
    owner = services.clinic.set_up(CLINIC, NewUser("olivia", "Olivia Owner", Role.ADMIN, PASSWORD))
    hours = WeeklyHours.every_day(time(7), time(20), range(7))
    location = services.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    room = services.book_setup.add_room(owner, location.id, "Blue")
    facial = services.book_setup.add_service_type(owner, ServiceType("Facial acupuncture", 60))
    anna = services.clients.create(
        owner,
        ClientInput(
            first_name="Anna", last_name="Rossi", email="anna@example.com", reminder_email=True
        ),
    )
    setup = ReminderSetup(
        smtp=SmtpSettings(box.host, box.port, Security.NONE, SMTP_USER, "desk@willow.example")
    )
    services.reminder_settings.update(owner, setup, 0)
    services.reminder_settings.set_password(owner, setup, SMTP_PASSWORD)
    start = local_moment(date(2026, 11, 23), time(17), ZoneInfo("Europe/London"))
    booked = services.book.book(
        owner, BookingRequest(anna.id, facial.id, location.id, start, room_id=room.id)
    )
    return owner, setup, booked


def test_a_dry_run_then_a_send(services, sqlite_path, clock, capsys, monkeypatch, smtp_server):
    _clinic(services, smtp_server)
    clock.now = datetime(2026, 11, 23, 9, 30)
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    url = f"sqlite:///{sqlite_path}"
    run = ["--database", url, "reminders", "send", "--user", "olivia"]

    assert main([*run, "--dry-run"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "would send 1, refuse 0, hold 0" in out and "anna@example.com" in out
    assert "2026-11-23 17:00 GMT" in out  # the appointment's time where it is, not UTC's
    assert smtp_server.messages == []

    assert main(run, clock=clock) == 0
    assert "Sent 1, failed 0, waiting 0." in capsys.readouterr().out
    assert [m["To"] for m in smtp_server.messages] == ["anna@example.com"]
    assert main(run, clock=clock) == 0  # nothing twice
    assert "Sent 0, failed 0" in capsys.readouterr().out and len(smtp_server.messages) == 1


def test_a_refused_password_exits_1_with_the_reason(
    services, sqlite_path, clock, capsys, monkeypatch, smtp_server
):
    owner, setup, _ = _clinic(services, smtp_server)
    services.reminder_settings.set_password(owner, setup, "not the password")
    clock.now = datetime(2026, 11, 23, 9, 30)
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    url = f"sqlite:///{sqlite_path}"
    assert main(["--database", url, "reminders", "send", "--user", "olivia"], clock=clock) == 1
    assert "refused the user name or password" in capsys.readouterr().err


def test_a_dry_run_says_what_would_wait_and_what_would_be_refused(
    services, sqlite_path, clock, capsys, monkeypatch, smtp_server
):
    owner, setup, booked = _clinic(services, smtp_server)
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    run = ["--database", f"sqlite:///{sqlite_path}", "reminders", "send", "--user", "olivia"]
    quiet = replace(setup, rules=ReminderRules(quiet_start=time(9, 20), quiet_end=time(12)))
    _, version = services.reminder_settings.setup()
    services.reminder_settings.update(owner, quiet, version)
    clock.now = datetime(2026, 11, 23, 9, 30)  # due at 09:10, now inside the quiet hours

    assert main([*run, "--dry-run"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "would send 0, refuse 0, hold 1" in out and "waits for the end" in out

    assert main(run, clock=clock) == 0  # queued, held back
    services.book.set_status(owner, booked, AppointmentStatus.CANCELLED)
    clock.now = datetime(2026, 11, 23, 10, 5)
    assert main([*run, "--dry-run"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "would send 0, refuse 1, hold 0" in out
    assert "would not go: The appointment is cancelled" in out
    assert smtp_server.messages == []
