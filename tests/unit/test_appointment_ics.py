"""Appointments as .ics: parsed back with icalendar, zones and cancellations kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from acudesk.domain.appointment_ics import CalendarEntry, appointment_uid, appointments_ics
from acudesk.domain.appointments import Appointment, AppointmentStatus

ROME = ZoneInfo("Europe/Rome")
STAMP = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _appointment(
    appointment_id: int,
    start: datetime,
    *,
    status: AppointmentStatus = AppointmentStatus.BOOKED,
    version: int = 1,
) -> Appointment:
    return Appointment(
        id=appointment_id,
        client_id=7,
        client_name="Giulia Rossi",
        service_name="Facial rejuvenation",
        service_id=3,
        location_id=1,
        practitioner_id=2,
        room_id=4,
        device_id=None,
        start=start.astimezone(UTC),
        end=(start + timedelta(minutes=60)).astimezone(UTC),
        status=status,
        notes="",
        series_id=None,
        version=version,
    )


def _entry(appointment: Appointment, zone: str = "Europe/Rome") -> CalendarEntry:
    return CalendarEntry(
        appointment, zone, practitioner="Anna Bianchi", room="Room 2", clinic="Viso Clinic"
    )


def _events(ics: bytes) -> list:
    calendar = Calendar.from_ical(ics)
    return list(calendar.walk("VEVENT"))


def test_a_course_across_the_clock_change_keeps_its_local_time() -> None:
    # Rome leaves summer time on 25 October 2026: 10:00 local is 08:00 UTC before, 09:00 after.
    first = datetime(2026, 10, 20, 10, 0, tzinfo=ROME)
    entries = [_entry(_appointment(i + 1, first + timedelta(weeks=i))) for i in range(2)]
    ics = appointments_ics(entries, stamp=STAMP)
    events = _events(ics)
    assert [event.start.astimezone(ROME).hour for event in events] == [10, 10]
    assert [event.start.astimezone(UTC).hour for event in events] == [8, 9]
    assert b"DTSTART;TZID=Europe/Rome:20261020T100000" in ics
    calendar = Calendar.from_ical(ics)
    assert [zone.tz_name for zone in calendar.timezones] == ["Europe/Rome"]
    assert calendar.get_missing_tzids() == set()
    assert all(event.end - event.start == timedelta(minutes=60) for event in events)


def test_each_event_names_its_appointment_and_what_a_calendar_shows() -> None:
    appointment = _appointment(41, datetime(2026, 5, 4, 15, 30, tzinfo=ROME), version=3)
    (event,) = _events(appointments_ics([_entry(appointment)], stamp=STAMP))
    assert str(event["uid"]) == appointment_uid(41) == "appointment-41@acudesk"
    assert event["sequence"] == 3
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["summary"]) == "Facial rejuvenation at Viso Clinic"
    assert str(event["location"]) == "Viso Clinic, Room 2"
    assert "Anna Bianchi" in str(event["description"])
    assert "Room 2" in str(event["description"])
    assert event.DTSTAMP == STAMP
    assert "Giulia Rossi" not in str(event.to_ical(), "utf-8")


def test_the_uid_stays_and_the_sequence_grows_when_an_appointment_is_cancelled() -> None:
    start = datetime(2026, 5, 4, 15, 30, tzinfo=ROME)
    (before,) = _events(appointments_ics([_entry(_appointment(9, start))], stamp=STAMP))
    cancelled = _appointment(9, start, status=AppointmentStatus.LATE_CANCELLED, version=2)
    (after,) = _events(appointments_ics([_entry(cancelled)], stamp=STAMP))
    assert str(before["uid"]) == str(after["uid"])
    assert after["sequence"] > before["sequence"]
    assert str(after["status"]) == "CANCELLED"
    assert "cancelled" in str(after["description"])


def test_a_practitioners_export_names_the_client_and_zones_are_one_each() -> None:
    rome = _entry(_appointment(1, datetime(2026, 5, 4, 9, 0, tzinfo=ROME)))
    london = _entry(
        _appointment(2, datetime(2026, 5, 5, 9, 0, tzinfo=ZoneInfo("Europe/London"))),
        "Europe/London",
    )
    third = _entry(_appointment(3, datetime(2026, 5, 6, 9, 0, tzinfo=ROME)))
    ics = appointments_ics([rome, london, third], stamp=STAMP, with_client=True, name="Anna")
    calendar = Calendar.from_ical(ics)
    assert sorted(zone.tz_name for zone in calendar.timezones) == ["Europe/London", "Europe/Rome"]
    assert str(calendar["x-wr-calname"]) == "Anna"
    events = list(calendar.walk("VEVENT"))
    assert [str(event["summary"]) for event in events] == ["Facial rejuvenation – Giulia Rossi"] * 3
    assert b"DTSTART;TZID=Europe/London:20260505T090000" in ics


def test_blank_names_are_left_out_and_an_empty_calendar_is_still_valid() -> None:
    bare = CalendarEntry(_appointment(5, datetime(2026, 5, 4, 9, 0, tzinfo=ROME)), "Europe/Rome")
    (event,) = _events(appointments_ics([bare], stamp=STAMP))
    assert str(event["summary"]) == "Facial rejuvenation"
    assert "location" not in event and "description" not in event
    empty = Calendar.from_ical(appointments_ics([], stamp=STAMP))
    assert list(empty.walk("VEVENT")) == [] and str(empty["version"]) == "2.0"


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError):
        appointments_ics([], stamp=datetime(2026, 3, 1, 9, 0))
