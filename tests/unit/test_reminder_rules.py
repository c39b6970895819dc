"""The reminder rules (lead, quiet hours, settling) and the templates' placeholders."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.reminder_setup import (
    GatewayKind,
    ReminderSetup,
    SmsGateway,
    setup_from_json,
    setup_to_json,
    validate_setup,
)
from acudesk.domain.reminder_templates import (
    TEMPLATE_LANGUAGES,
    ReminderFacts,
    TemplateError,
    load_template,
    parse_template,
    render,
)
from acudesk.domain.reminders import (
    ReminderConsent,
    ReminderKind,
    ReminderRules,
    consent_as_given,
    why_not,
)

ROME = ZoneInfo("Europe/Rome")
RULES = ReminderRules(lead_hours=24, quiet_start=time(21), quiet_end=time(8), settle_minutes=10)


def rome(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=ROME)


def test_the_reminder_goes_the_lead_before():
    assert RULES.due_at(rome(10, 15), rome(1, 9), ROME) == rome(9, 15)


def test_inside_quiet_hours_it_moves_to_their_end_even_over_midnight():
    assert RULES.due_at(rome(10, 7), rome(1, 9), ROME) == rome(9, 8)  # 07:00 is quiet
    assert RULES.due_at(rome(10, 22), rome(1, 9), ROME) == rome(10, 8)  # 22:00 the day before


def test_a_fresh_booking_waits_to_settle_and_none_goes_once_too_late():
    assert RULES.due_at(rome(10, 15), rome(10, 9), ROME) == rome(10, 9, 10)
    assert RULES.due_at(rome(10, 9, 5), rome(10, 9), ROME) is None  # it would go after it began


def test_no_quiet_hours_when_start_and_end_are_the_same():
    always = ReminderRules(quiet_start=time(0), quiet_end=time(0))
    assert not always.is_quiet(rome(1, 3), ROME)


def test_only_a_booked_appointment_with_consent_and_an_address_gets_one():
    agreed = ReminderConsent(email_since=date(2027, 1, 1))
    assert why_not(ReminderKind.EMAIL, AppointmentStatus.BOOKED, agreed, "a@b.example") is None
    confirmed = why_not(ReminderKind.EMAIL, AppointmentStatus.CONFIRMED, agreed, "a@b.example")
    assert confirmed == "The client has confirmed the appointment."
    assert why_not(ReminderKind.EMAIL, AppointmentStatus.CANCELLED, agreed, "a@b.example")
    assert why_not(ReminderKind.SMS, AppointmentStatus.BOOKED, agreed, "+39 333 1234567")
    assert why_not(ReminderKind.EMAIL, AppointmentStatus.BOOKED, agreed, "")


def test_consent_keeps_its_day_and_is_dated_when_new():
    before = ReminderConsent(email_since=date(2026, 1, 5))
    after = consent_as_given(before, True, True, date(2026, 6, 1))
    assert after == ReminderConsent(date(2026, 1, 5), date(2026, 6, 1))
    assert consent_as_given(after, False, True, date(2026, 7, 1)).email_since is None


RAW = {
    "language": "en",
    "email_subject": "Visit on {date}",
    "email_body": "Dear {client}, {date} at {time}.",
    "sms_body": "{date} {time}",
}


@pytest.mark.parametrize(
    ("field", "text", "says"),
    [
        ("email_body", "Dear {cliant}, {date} at {time}", "unknown placeholder {cliant}"),
        ("sms_body", "See you on {date}", "the placeholder {time} is missing"),
        ("sms_body", "On {date at {time}", "brace"),
        ("email_body", "{date:%d} {time}", "write the placeholder as {name}"),
        ("email_subject", "", "the text is missing"),
    ],
)
def test_a_wrong_placeholder_is_a_clear_error(field, text, says):
    with pytest.raises(TemplateError) as refused:
        parse_template({**RAW, field: text})
    assert str(refused.value).startswith(f"{field}: ") and says in str(refused.value)


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_the_shipped_templates_render_in_their_language(language):
    facts = ReminderFacts(
        "Anna", "Anna Rossi", datetime(2027, 3, 9, 14, 30, tzinfo=ZoneInfo("UTC")), ROME,
        "Facial", "Pat Lee", "Via Roma", "Willow", "+39 06 1234567",
    )  # fmt: skip
    mail = render(load_template(language), ReminderKind.EMAIL, facts)
    sms = render(load_template(language), ReminderKind.SMS, facts)
    day = "martedì 9 marzo 2027" if language == "it" else "Tuesday, March 9, 2027"
    assert day in mail.subject and "15:30" in mail.body.replace("3:30\u202fPM", "15:30")
    assert day in sms.body and sms.subject == ""


def test_a_language_without_a_template_reads_english():
    assert load_template("fr").language == "en"


def test_the_setup_round_trips_and_a_gateway_needs_the_number_and_message():
    setup = ReminderSetup(sms=SmsGateway(GatewayKind.HTTP, "https://gw.example/s?to={phone}"))
    assert setup_from_json(setup_to_json(setup)) == setup
    assert validate_setup(setup)["sms_url"] == "Put the message in it: {message}."
    unknown = ReminderSetup(sms=SmsGateway(GatewayKind.HTTP, "https://gw.example/{to}{message}"))
    assert validate_setup(unknown)["sms_url"].startswith("Unknown placeholder {to}")
    timed = ReminderSetup(rules=ReminderRules(lead_hours=0))
    assert "lead_hours" in validate_setup(timed)
    assert ReminderSetup().rules.lead_hours == 24


def test_dates_read_as_in_the_clinic_s_country_and_nobody_assigned_reads_naturally():
    facts = ReminderFacts(
        "Anna", "Anna Rossi", datetime(2027, 3, 9, 14, 30, tzinfo=ZoneInfo("UTC")), ROME,
        "Facial", "", "Via Roma", "Willow", "+39 06 1234567", region="GB",
    )  # fmt: skip
    mail = render(load_template("en"), ReminderKind.EMAIL, facts)
    assert "Tuesday, 9 March 2027" in mail.subject and "15:30" in mail.body
    assert "with our practitioner." in mail.body
