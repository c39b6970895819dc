"""Setting up the book on a real database (SQLite and PostgreSQL): add, edit and deactivate
locations, rooms, devices and services; working hours with breaks; time off and closures;
two workstations editing the same record; names that differ only in case or accents."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, time

import pytest
from sqlalchemy import select

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.audit import AuditFilter
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_setup import ServiceSetup, TimeOff, WorkingHours, day_stretches
from acudesk.domain.book_time import Span, WeeklyHours
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.store.book_models import ServiceTypeRecord
from tests.services.handouts_support import add_client


@pytest.fixture
def owner(desk):
    return desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )


@pytest.fixture
def site(desk, owner):
    return desk.book_setup.add_location(owner, "Willow Street", "Europe/London")


def test_locations_are_edited_and_closed_but_never_deleted(desk, owner, site) -> None:
    hours = WeeklyHours({0: day_stretches(0, time(9), time(18), [(time(13), time(14))])})
    moved = desk.book_setup.update_location(
        owner, replace(site, name="Willow Square", zone="Europe/Rome", hours=hours)
    )
    assert (moved.name, moved.zone, moved.version) == ("Willow Square", "Europe/Rome", 2)
    assert moved.hours.days[0] == ((time(9), time(13)), (time(14), time(18)))
    desk.book_setup.add_location(owner, "Harbour", "Europe/London")
    closed = desk.book_setup.set_location_active(owner, moved, False)
    assert [loc.name for loc in desk.book_setup.locations(owner)] == ["Harbour"]
    everywhere = desk.book_setup.locations(owner, inactive=True)
    assert [(loc.name, loc.active) for loc in everywhere] == [
        ("Harbour", True),
        ("Willow Square", False),
    ]
    assert closed.version == 3
    events = desk.audit.events(owner, AuditFilter(action="update"))
    assert len([e for e in events if e.entity == "location"]) == 2


def test_names_that_differ_only_in_case_or_accents_are_refused(desk, owner, site) -> None:
    desk.book_setup.add_room(owner, site.id, "Stanza blu")
    with pytest.raises(ValidationError) as refused:
        desk.book_setup.add_room(owner, site.id, "STANZA  BLÙ")
    assert refused.value.field == "name" and "Stanza blu" in refused.value.message
    with pytest.raises(ValidationError):
        desk.book_setup.add_location(owner, "willow street", "Europe/London")
    other = desk.book_setup.add_location(owner, "Harbour", "Europe/London")
    desk.book_setup.add_room(owner, other.id, "Stanza Blu")  # another location: allowed
    desk.book_services.add_service_type(owner, ServiceType("Agopuntura viso", 45))
    with pytest.raises(ValidationError):
        desk.book_services.add_service_type(owner, ServiceType("agopuntura VISO", 30))
    room = desk.book_setup.add_room(owner, site.id, "Garden")
    with pytest.raises(ValidationError):
        desk.book_setup.update_room(owner, replace(room, name="Stanza Blú"))


def test_rooms_keep_their_appointments_when_deactivated(desk, owner, site) -> None:
    room = desk.book_setup.add_room(owner, site.id, "Blue")
    service = desk.book_services.add_service_type(owner, ServiceType("Facial", 30))
    client = add_client(desk, owner)
    start = datetime(2027, 3, 16, 10, tzinfo=UTC)
    booked = desk.book.book(
        owner, BookingRequest(client.id, service.id, site.id, start, room_id=room.id)
    )
    hours = WeeklyHours.every_day(time(10), time(16), range(5))
    renamed = desk.book_setup.update_room(owner, replace(room, name="Blue room", hours=hours))
    gone = desk.book_setup.set_room_active(owner, renamed, False)
    assert (gone.name, gone.active, gone.hours) == ("Blue room", False, hours)
    assert [r.active for r in desk.book_setup.rooms(owner, site.id)] == [False]
    day = desk.book.between(owner, site.id, start, start.replace(hour=23))
    assert [a.id for a in day] == [booked.id] and day[0].room_id == room.id


def test_a_second_workstation_saving_first_is_told_and_nothing_is_lost(
    desk, room, owner, site
) -> None:
    made = desk.book_services.add_service(
        owner, ServiceSetup(ServiceType("Facial", 60, after=10), "#7aa6c2")
    )
    assert made.colour == "#7AA6C2"
    # The other computer lengthens it; this one, still showing version 1, renames it.
    room.book_services.update_service(
        owner, replace(made, service=replace(made.service, minutes=75))
    )
    with pytest.raises(ConflictError) as lost:
        desk.book_services.update_service(
            owner, replace(made, service=replace(made.service, name="Facial lift"))
        )
    assert "another computer" in lost.value.message
    (current,) = desk.book_services.service_setups(owner)
    assert (current.service.name, current.service.minutes, current.version) == ("Facial", 75, 2)
    place = desk.book_setup.add_room(owner, site.id, "Blue")
    room.book_setup.set_room_active(owner, place, False)
    with pytest.raises(ConflictError):
        desk.book_setup.update_room(owner, replace(place, name="Blu"))


def test_devices_and_services_that_need_them(desk, owner, site) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.book_services.add_service_type(
            owner, ServiceType("Electro facial", 45, device_kind="Electro-stimulator")
        )
    assert refused.value.field == "device_kind"
    device = desk.book_services.add_device(owner, site.id, "Stim 1", "Electro-stimulator")
    electro = desk.book_services.add_service(
        owner,
        ServiceSetup(
            ServiceType(
                "Electro facial",
                45,
                before=5,
                after=10,
                processing_from=10,
                processing_minutes=25,
                device_kind="Electro-stimulator",
            )
        ),
    )
    assert desk.book_services.device_kinds(owner) == ["Electro-stimulator"]
    renamed = desk.book_services.update_device(owner, replace(device, name="Stim A"))
    desk.book_services.set_device_active(owner, renamed, False)
    assert [(d.name, d.active) for d in desk.book_services.devices(owner, site.id)] == [
        ("Stim A", False)
    ]
    stopped = desk.book_services.set_service_active(owner, electro, False)
    assert desk.book_services.service_types(owner) == []
    assert [s.active for s in desk.book_services.service_setups(owner)] == [False]
    assert stopped.service.processing_minutes == 25
    with pytest.raises(ValidationError):
        ServiceType("Nothing", 0)  # zero duration


def test_working_hours_with_breaks_per_practitioner_and_location(desk, room, owner, site) -> None:
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    desk.users.add_user(owner, NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))
    listed = desk.book_people.working_hours(owner, site.id)
    assert [(h.user_id, h.version) for h in listed] == [(owner.id, 0), (pat.id, 0)]
    hours = WeeklyHours(
        {
            1: day_stretches(
                1, time(9), time(17), [(time(12), time(12, 30)), (time(15), time(15, 15))]
            )
        }
    )
    saved = desk.book_people.save_working_hours(owner, WorkingHours(pat.id, site.id, hours))
    assert saved.version == 1 and len(saved.hours.days[1]) == 3
    room.book_people.save_working_hours(owner, replace(saved, hours=None))
    with pytest.raises(ConflictError):
        desk.book_people.save_working_hours(owner, saved)
    with pytest.raises(ConflictError):  # another computer saved the first hours meanwhile
        desk.book_people.save_working_hours(owner, WorkingHours(pat.id, site.id, hours))
    with pytest.raises(ValidationError) as overlapping:
        day_stretches(2, time(9), time(17), [(time(12), time(13)), (time(12, 30), time(14))])
    assert "overlap" in overlapping.value.message
    with pytest.raises(ValidationError):
        day_stretches(2, time(17), time(9))
    with pytest.raises(ValidationError):
        desk.book_people.save_working_hours(owner, WorkingHours(pat.id + 99, site.id, hours))


def test_time_off_and_closures_are_added_edited_and_removed(desk, room, owner, site) -> None:
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    august = Span(datetime(2027, 8, 1, tzinfo=UTC), datetime(2027, 8, 15, tzinfo=UTC))
    away = desk.book_people.add_time_off(owner, august, user_id=pat.id, reason="Holiday")
    closed = desk.book_people.save_time_off(
        owner,
        TimeOff(
            Span(datetime(2027, 12, 25, tzinfo=UTC), datetime(2027, 12, 27, tzinfo=UTC)),
            location_id=site.id,
            reason="Christmas",
        ),
    )
    assert [t.reason for t in desk.book_people.time_off(owner, site.id)] == ["Christmas", "Holiday"]
    longer = desk.book_people.save_time_off(
        owner, replace(away, span=Span(august.start, datetime(2027, 8, 20, tzinfo=UTC)))
    )
    assert longer.version not in (0, away.version)
    with pytest.raises(ConflictError):
        desk.book_people.save_time_off(owner, replace(away, reason="Summer"))
    with pytest.raises(ValidationError) as backwards:
        desk.book_people.save_time_off(
            owner, replace(longer, span=Span(august.start, august.start))
        )
    assert backwards.value.field == "end"
    room.book_people.save_time_off(owner, replace(closed, reason="Christmas and Boxing Day"))
    with pytest.raises(ConflictError):
        desk.book_people.remove_time_off(owner, closed)
    desk.book_people.remove_time_off(owner, longer)
    assert [t.reason for t in desk.book_people.time_off(owner, site.id)] == [
        "Christmas and Boxing Day"
    ]


def test_time_off_changed_and_changed_back_elsewhere_still_refuses_a_stale_save(
    desk, room, owner, site
) -> None:
    """Saved twice at the other desk, the second time back to what it said: what this desk
    loaded is still out of date (a version counts saves, a checksum of the words would not)."""
    august = Span(datetime(2027, 8, 1, tzinfo=UTC), datetime(2027, 8, 15, tzinfo=UTC))
    loaded = desk.book_people.add_time_off(owner, august, location_id=site.id, reason="Works")
    there = room.book_people.save_time_off(owner, replace(loaded, reason="Painting"))
    back = room.book_people.save_time_off(owner, replace(there, reason="Works"))
    assert back.reason == loaded.reason and back.version != loaded.version
    with pytest.raises(ConflictError):
        desk.book_people.save_time_off(owner, replace(loaded, reason="Closed for works"))
    with pytest.raises(ConflictError):
        desk.book_people.remove_time_off(owner, loaded)
    assert [t.reason for t in desk.book_people.time_off(owner, site.id)] == ["Works"]


def test_reception_reads_the_set_up_but_may_not_change_it(desk, owner, site) -> None:
    rita = desk.users.add_user(owner, NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))
    room = desk.book_setup.add_room(owner, site.id, "Blue")
    assert [r.name for r in desk.book_setup.rooms(rita, site.id)] == ["Blue"]
    with pytest.raises(PermissionDenied):
        desk.book_setup.set_room_active(rita, room, False)
    with pytest.raises(PermissionDenied):
        desk.book_services.import_setup(rita, '{"format": "acudesk-book-setup/1"}')
    with desk.db.read_only() as session:
        assert session.scalars(select(ServiceTypeRecord)).all() == []


def test_an_inactive_room_or_location_takes_no_new_booking(desk, owner, site) -> None:
    room = desk.book_setup.add_room(owner, site.id, "Blue")
    service = desk.book_services.add_service_type(owner, ServiceType("Facial", 30))
    client = add_client(desk, owner)
    start = datetime(2027, 3, 16, 10, tzinfo=UTC)
    request = BookingRequest(client.id, service.id, site.id, start, room_id=room.id)
    desk.book_setup.set_room_active(owner, room, False)
    with pytest.raises(ValidationError) as refused:
        desk.book.book(owner, request)
    assert refused.value.field == "room"
    desk.book_setup.set_location_active(owner, desk.book_setup.locations(owner)[0], False)
    with pytest.raises(ValidationError) as closed:
        desk.book.book(owner, replace(request, room_id=None))
    assert closed.value.field == "location"


def test_a_room_open_less_than_its_location_is_booked_only_in_its_hours(desk, owner) -> None:
    from acudesk.domain.appointments import BookingClash

    hours = WeeklyHours.every_day(time(8), time(20), range(7))
    site = desk.book_setup.add_location(owner, "Harbour", "UTC", hours)
    mondays = WeeklyHours.every_day(time(9), time(13), [0])
    room = desk.book_setup.add_room(owner, site.id, "Garden room", mondays)
    service = desk.book_services.add_service_type(owner, ServiceType("Facial", 60))
    client = add_client(desk, owner)
    monday = datetime(2027, 3, 15, 10, tzinfo=UTC)
    request = BookingRequest(client.id, service.id, site.id, monday, room_id=room.id)
    desk.book.book(owner, request)
    with pytest.raises(BookingClash) as refused:
        desk.book.book(owner, replace(request, start=monday.replace(day=16)))  # a Tuesday
    assert "room is not available" in str(refused.value)


NAMED_ALIKE = [("Sala Ciliegio", "sala ciliègio"), ("Blue room", "BLUE ROOM"), ("Ærø", "ærø")]


@pytest.mark.parametrize("what", ["location", "room", "device", "service"])
def test_two_workstations_naming_two_things_alike_at_once_keep_one(
    desk, room, owner, site, what
) -> None:
    """Both computers add one thing each, named alike but for case or accents, at the same
    moment, several times over: each time exactly one is saved, the other told why."""
    adders = {
        "location": lambda s, name: s.book_setup.add_location(owner, name, "Europe/London"),
        "room": lambda s, name: s.book_setup.add_room(owner, site.id, name),
        "device": lambda s, name: s.book_setup.add_device(owner, site.id, name, "electro"),
        "service": lambda s, name: s.book_setup.add_service_type(owner, ServiceType(name, 30)),
    }
    add = adders[what]
    for first, second in NAMED_ALIKE:
        barrier = threading.Barrier(2, timeout=30)
        outcomes: list[str] = []

        def run(services, name: str, barrier=barrier, outcomes=outcomes) -> None:
            barrier.wait()
            try:
                add(services, name)
                outcomes.append("saved")
            except (ValidationError, ConflictError) as refused:
                outcomes.append("already used" if "already used" in str(refused) else "race")

        threads = [
            threading.Thread(target=run, args=(s, n)) for s, n in ((desk, first), (room, second))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(outcomes) == ["already used", "saved"], (first, outcomes)
