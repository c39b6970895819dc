"""The book read out (services.book_reads) on SQLite and PostgreSQL: names as typed, listings in
each location's own days, the .ics export, audited reads; and `acudesk book` run by several
processes at once on the same slots, which books each slot once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.audit import AuditFilter
from acudesk.domain.book_listing import BookNames, BookQuery
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.store.book_models import AppointmentRecord
from tests.services.handouts_support import add_client
from tests.unit.test_cli_book import make_clinic

LONDON, ROME = ZoneInfo("Europe/London"), ZoneInfo("Europe/Rome")


@pytest.fixture
def two_places(desk):
    return make_two_places(desk)


def make_two_places(desk):
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat Green", Role.PRACTITIONER, "pat-pass-1"))
    hours = WeeklyHours.every_day(time(0), time(23, 59), range(7))
    london = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    rome = desk.book_setup.add_location(owner, "Via Roma", "Europe/Rome", hours)
    blue = desk.book_setup.add_room(owner, london.id, "Blue")
    sala = desk.book_setup.add_room(owner, rome.id, "Sala Ciliegio")
    service = desk.book_setup.add_service_type(owner, ServiceType("Agopuntura estetica", 30))
    client = add_client(desk, owner, "Giulia", "Rossi")
    return owner, pat, (london, rome), (blue, sala), service, client


def _book(desk, places, where: int, day: date, at: time, practitioner: bool = False):
    owner, pat, locations, rooms, service, client = places
    zone = ZoneInfo(locations[where].zone)
    return desk.book.book(
        owner,
        BookingRequest(
            client.id,
            service.id,
            locations[where].id,
            local_moment(day, at, zone),
            practitioner_id=pat.id if practitioner else None,
            room_id=rooms[where].id,
        ),
    )


def test_names_are_found_as_typed_and_unknown_ones_refused_helpfully(desk, two_places) -> None:
    owner, pat, locations, rooms, service, _client = two_places
    reads = desk.book_reads
    choice = reads.choose(owner, BookNames(service="AGOPUNTURA  Estética", room="sala ciliegio"))
    assert (choice.service_id, choice.room_id) == (service.id, rooms[1].id)
    assert (choice.location_id, choice.zone) == (locations[1].id, "Europe/Rome")  # the room's
    assert reads.choose(owner, BookNames(practitioner="PAT")).practitioner_id == pat.id
    assert reads.choose(owner, BookNames(practitioner="pat green")).practitioner_id == pat.id
    assert reads.choose(owner, BookNames()).location_id is None  # a listing of every location
    with pytest.raises(ValidationError) as refused:
        reads.choose(owner, BookNames(), need_location=True)
    assert "Via Roma" in refused.value.message and "Willow Street" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        reads.choose(owner, BookNames(service="agopuntura"))
    assert refused.value.errors == {
        "service": "No service is called «agopuntura». Did you mean «Agopuntura estetica»? "
        "Known: Agopuntura estetica."
    }
    with pytest.raises(ValidationError):  # Blue is in London, not in Rome
        reads.choose(owner, BookNames(location="via roma", room="Blue"))


def test_a_listing_takes_each_locations_own_days_and_is_audited(desk, two_places) -> None:
    owner = two_places[0]
    day = date(2027, 6, 1)
    early_rome = _book(desk, two_places, 1, day, time(0, 30))  # 22:30 UTC the day before
    late_london = _book(desk, two_places, 0, day, time(23, 0), practitioner=True)
    _book(desk, two_places, 0, date(2027, 6, 2), time(9, 0))
    found = desk.book_reads.listing(owner, BookQuery(day, day))
    assert [item.appointment.id for item in found] == [early_rome.id, late_london.id]
    assert [(item.location, item.room, item.zone) for item in found] == [
        ("Via Roma", "Sala Ciliegio", "Europe/Rome"),
        ("Willow Street", "Blue", "Europe/London"),
    ]
    assert found[1].practitioner == "Pat Green" and found[0].practitioner == ""
    only = desk.book_reads.listing(owner, BookQuery(day, day, practitioner_id=two_places[1].id))
    assert [item.appointment.id for item in only] == [late_london.id]
    events = desk.audit.events(owner, AuditFilter(action="read"))
    assert sum("2027-06-01..2027-06-01" in event.detail for event in events) == 2
    with pytest.raises(ValidationError):
        BookQuery(date(2027, 6, 2), day)


def test_the_calendar_holds_every_appointment_in_its_own_zone(desk, two_places) -> None:
    owner = two_places[0]
    day = date(2027, 6, 1)
    kept = _book(desk, two_places, 1, day, time(10, 0))
    cancelled = _book(desk, two_places, 0, day, time(10, 0))
    desk.book.set_status(owner, cancelled, AppointmentStatus.CANCELLED)
    calendar = Calendar.from_ical(desk.book_reads.calendar(owner, BookQuery(day, day)))
    events = {str(event["uid"]).partition("@")[0]: event for event in calendar.walk("VEVENT")}
    rome = events[f"appointment-{kept.id}"]
    london = events[f"appointment-{cancelled.id}"]
    assert rome.start == datetime(2027, 6, 1, 10, 0, tzinfo=ROME)
    assert london.start == datetime(2027, 6, 1, 10, 0, tzinfo=LONDON)
    assert str(london["status"]) == "CANCELLED" and london["sequence"] == 2
    assert str(rome["status"]) == "CONFIRMED" and str(rome["location"]) == "Willow, Sala Ciliegio"
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["Europe/London", "Europe/Rome"]
    assert str(calendar["x-wr-calname"]) == "Willow"


def _uids(services, owner, day: date) -> set[str]:
    calendar = Calendar.from_ical(services.book_reads.calendar(owner, BookQuery(day, day)))
    return {str(event["uid"]) for event in calendar.walk("VEVENT")}


def test_calendar_uids_are_stable_in_one_database_and_differ_between_two(
    desk, two_places, tmp_path, clock
) -> None:
    """Two clinics' appointment number 1 must not be one event in a calendar that imports
    both files; one clinic's files name each appointment alike every time."""
    from acudesk.services.registry import build_services
    from acudesk.services.startup import open_database

    day = date(2027, 6, 1)
    made = _book(desk, two_places, 0, day, time(10, 0))
    first = _uids(desk, two_places[0], day)
    assert first == _uids(desk, two_places[0], day)  # the same file made again
    [uid] = first
    assert uid.startswith(f"appointment-{made.id}@") and uid.endswith(".acudesk")

    opened = open_database(f"sqlite:///{tmp_path / 'other-clinic.sqlite3'}")
    try:
        other = build_services(opened.db, clock)
        places = make_two_places(other)
        same_number = _book(other, places, 0, day, time(10, 0))
        assert same_number.id == made.id
        assert _uids(other, places[0], day).isdisjoint(first)
    finally:
        opened.db.dispose()


def test_processes_booking_the_same_course_at_once_book_it_once(
    any_db_url, clock, monkeypatch
) -> None:
    """Four `acudesk book` processes ask for the same six sessions at the same time: exactly one
    books all six, the others are told of the clash (exit 1) and book none of them."""
    clinic = make_clinic(any_db_url, clock, monkeypatch)
    command = [
        sys.executable, "-m", "acudesk", "--database", any_db_url, "book", "--client",
        str(clinic["client"]), "--service", "Facial acupuncture", "--start", "2027-03-15 10:00",
        "--room", "Blue room", "--repeat", "FREQ=DAILY;COUNT=6", "--user", "owner",
    ]  # fmt: skip
    env = {**os.environ, "ACUDESK_PASSWORD": "a good password"}
    processes = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in processes]
    for process in processes:
        process.stdout.close()
        process.stderr.close()
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1, 1, 1], results
    assert all("Traceback" not in err for _code, _out, err in results)
    from acudesk.services.startup import open_database

    opened = open_database(any_db_url)
    with opened.db.read_only() as session:
        starts = session.scalars(select(AppointmentRecord.starts_at)).all()
    opened.db.dispose()
    assert len(starts) == len(set(starts)) == 6
