"""A client's record carries their appointments: written with local times and names, checked on
import and left out with the reason (never booked into another clinic's book)."""

from __future__ import annotations

import copy
import json
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from acudesk.cli import main
from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.audit import AuditFilter
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.records import RecordFormatError
from acudesk.store.book_models import AppointmentRecord
from tests.services.handouts_support import add_client

LONDON = ZoneInfo("Europe/London")
PASSWORD = "a good password"


@pytest.fixture
def booked(desk):
    return make_booked(desk)


def make_booked(desk):
    """A clinic with a client's course of three weekly sessions, the first cancelled."""
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, PASSWORD)
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat Green", Role.PRACTITIONER, PASSWORD))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    room = desk.book_setup.add_room(owner, location.id, "Blue room")
    service = desk.book_setup.add_service_type(owner, ServiceType("Facial acupuncture", 60))
    client = add_client(desk, owner, "Giulia", "Rossi")
    starts = [  # GMT, GMT, then BST (the clocks go forward on 28 March 2027)
        local_moment(date(2027, 3, 16) + timedelta(weeks=n), time(10), LONDON) for n in range(3)
    ]
    request = BookingRequest(client.id, service.id, location.id, starts[0], pat.id, room.id)
    course = desk.book.book_course(owner, request, starts)
    desk.book.set_status(owner, course[0], AppointmentStatus.CANCELLED)
    return owner, client


def _appointments(desk) -> int:
    with desk.db.read_only() as session:
        return int(session.scalar(select(func.count()).select_from(AppointmentRecord)))


def test_the_record_holds_the_appointments_in_local_time(desk, booked) -> None:
    owner, client = booked
    document = desk.records.export_record(owner, client.id)
    listed = document["appointments"]
    assert [(a["start"], a["end"], a["status"]) for a in listed] == [
        ("2027-03-16T10:00+00:00", "2027-03-16T11:00+00:00", "cancelled"),
        ("2027-03-23T10:00+00:00", "2027-03-23T11:00+00:00", "booked"),
        ("2027-03-30T10:00+01:00", "2027-03-30T11:00+01:00", "booked"),  # clocks went forward
    ]
    names = {(a["zone"], a["location"], a["room"], a["practitioner"], a["service"]) for a in listed}
    assert names == {
        ("Europe/London", "Willow Street", "Blue room", "Pat Green", "Facial acupuncture")
    }
    assert len({a["series"] for a in listed}) == 1 and listed[0]["series"] is not None
    assert json.loads(json.dumps(document)) == document


def test_import_checks_the_appointments_and_books_none(desk, booked) -> None:
    owner, client = booked
    document = desk.records.export_record(owner, client.id)
    document["client"]["last_name"] = "Rossini"
    before = _appointments(desk)
    imported = desk.records.import_record(owner, document)
    assert imported != client.id and _appointments(desk) == before
    events = desk.audit.events(owner, AuditFilter(action="import"))
    assert any("3 appointments left out (not booked here)" in event.detail for event in events)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda a: a.update(start="next Tuesday"), "appointments[1].start: expected a date"),
        (lambda a: a.pop("end"), "appointments[1].end"),
        (lambda a: a.update(zone="Mars/Olympus"), "appointments[1].zone: not a time zone"),
        (lambda a: a.update(status="maybe"), "appointments[1].status"),
        (lambda a: a.update(room=7), "appointments[1].room: expected text"),
        (lambda a: a.update(end=a["start"]), "appointments[1].end: the end is not after"),
        (
            lambda a: a.update(start="2027-03-23T12:00", end="2027-03-23T11:00"),
            "appointments[1].end: the end is not after",
        ),
        (
            lambda a: a.update(start="2027-03-23T10:00+02:00"),
            "appointments[1].start: the UTC offset is not the one of Europe/London",
        ),
    ],
)
def test_a_damaged_appointment_refuses_the_file_with_its_place(desk, booked, change, where):
    owner, client = booked
    document = copy.deepcopy(desk.records.export_record(owner, client.id))
    document["client"]["last_name"] = "Damaged"
    change(document["appointments"][1])
    with pytest.raises(RecordFormatError) as refused:
        desk.records.import_record(owner, document)
    assert where in refused.value.message
    for broken in ({"appointments": "all of them"}, {"appointments": [3]}):
        with pytest.raises(RecordFormatError):
            desk.records.import_record(owner, document | broken)


def test_a_record_written_before_offsets_still_imports(desk, booked) -> None:
    """Files exported before the offsets were written have local times alone."""
    owner, client = booked
    document = copy.deepcopy(desk.records.export_record(owner, client.id))
    document["client"]["last_name"] = "Older"
    for item in document["appointments"]:
        item["start"], item["end"] = item["start"][:16], item["end"][:16]
    assert desk.records.import_record(owner, document) != client.id


def test_the_cli_says_which_appointments_it_left_out(sqlite_path, clock, capsys, monkeypatch):
    from acudesk.services.registry import build_services
    from acudesk.services.startup import open_database

    opened = open_database(f"sqlite:///{sqlite_path}")
    desk = build_services(opened.db, clock)
    _owner, client = make_booked(desk)
    opened.db.dispose()
    monkeypatch.setenv("ACUDESK_PASSWORD", PASSWORD)
    common = ["--database", str(sqlite_path)]
    target = sqlite_path.with_name("record.json")
    args = [*common, "record", "export", str(client.id), "-o", str(target), "--user", "owner"]
    assert main(args, clock=clock) == 0
    document = json.loads(target.read_text())
    document["client"]["last_name"] = "Moved"
    target.write_text(json.dumps(document))
    capsys.readouterr()
    assert main([*common, "record", "import", str(target), "--user", "owner"], clock=clock) == 0
    out, err = capsys.readouterr()
    assert "Imported the record as client" in out
    assert "Its 3 appointments were not booked" in err
