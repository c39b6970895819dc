"""The waitlist on a real database (SQLite and PostgreSQL): entries kept and audited, the time a
cancellation or a move frees offered to the entries that fit it, and booking from an entry,
with two workstations booking the same freed time at once: exactly one succeeds."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from acudesk.domain.appointments import AppointmentStatus, BookingClash, BookingRequest
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import Span, WeeklyHours, local_moment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError, NotFound, ValidationError
from acudesk.domain.users import NewUser, Role
from acudesk.domain.waitlist import TimeWindow, WaitlistInput, WaitlistStatus
from acudesk.services.registry import Services
from acudesk.store.models import AuditEventRecord
from tests.services.handouts_support import add_client

LONDON = ZoneInfo("Europe/London")


def tuesday(hour: int, minute: int = 0) -> datetime:
    return local_moment(date(2027, 3, 16), time(hour, minute), LONDON)


@pytest.fixture
def clinic(desk):
    """London, Mon-Sat 9-18, two rooms, a practitioner, a 60- and a 30-minute service, and
    three clients: one booked on Tuesday at 10:00, two who wait."""
    owner = desk.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    pat = desk.users.add_user(owner, NewUser("pat", "Pat", Role.PRACTITIONER, "pat-password"))
    hours = WeeklyHours.every_day(time(9), time(18), range(6))
    location = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
    rooms = [desk.book_setup.add_room(owner, location.id, name) for name in ("Blue", "Green")]
    facial = desk.book_setup.add_service_type(owner, ServiceType("Facial", 60))
    short = desk.book_setup.add_service_type(owner, ServiceType("Consultation", 30))
    booked = add_client(desk, owner, "Bea", "Booked")
    anna = add_client(desk, owner, "Anna", "Waits")
    carl = add_client(desk, owner, "Carl", "Waits")
    appointment = desk.book.book(
        owner,
        BookingRequest(booked.id, facial.id, location.id, tuesday(10), pat.id, rooms[0].id),
    )
    return {
        "owner": owner,
        "pat": pat,
        "location": location,
        "rooms": rooms,
        "facial": facial,
        "short": short,
        "anna": anna,
        "carl": carl,
        "appointment": appointment,
    }


def wait(desk: Services, c, client, service=None, **changes):
    changes.setdefault("until", date(2027, 3, 31))
    value = WaitlistInput(client.id, (service or c["facial"]).id, **changes)
    return desk.waitlist.add(c["owner"], value)


def freed_on_tuesday(desk: Services, c):
    return desk.waitlist.freed_between(c["owner"], c["location"].id, tuesday(0), tuesday(23))


def test_entries_are_added_edited_and_removed_with_their_audit(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    anna = wait(
        desk,
        c,
        c["anna"],
        practitioner_id=c["pat"].id,
        weekdays=frozenset({1, 3}),
        windows=(TimeWindow(time(9), time(12)),),
        notes="Mornings",
    )
    assert anna.client_name == "Anna Waits" and anna.service_name == "Facial"
    assert anna.practitioner_name == "Pat" and anna.added_by == "Olivia"
    assert anna.weekdays == {1, 3} and anna.windows == (TimeWindow(time(9), time(12)),)
    carl = wait(desk, c, c["carl"], service=c["short"])
    assert [e.id for e in desk.waitlist.entries(owner)] == [anna.id, carl.id]
    assert [e.id for e in desk.waitlist.entries(owner, service_id=c["short"].id)] == [carl.id]
    assert [e.id for e in desk.waitlist.entries(owner, practitioner_id=c["pat"].id)] == [anna.id]
    assert [e.id for e in desk.waitlist.entries(owner, client_id=c["carl"].id)] == [carl.id]

    edited = desk.waitlist.edit(owner, anna, replace(anna.as_input(), until=date(2027, 4, 30)))
    assert edited.until == date(2027, 4, 30) and edited.version == anna.version + 1
    with pytest.raises(ConflictError):
        desk.waitlist.edit(owner, anna, anna.as_input())  # an old copy
    removed = desk.waitlist.remove(owner, edited)
    assert removed.status(date(2027, 3, 1)) is WaitlistStatus.REMOVED
    with pytest.raises(ValidationError):
        desk.waitlist.edit(owner, removed, removed.as_input())
    assert [e.id for e in desk.waitlist.entries(owner)] == [carl.id]
    assert len(desk.waitlist.entries(owner, waiting_only=False)) == 2
    with desk.db.read_only() as session:
        details = session.scalars(
            select(AuditEventRecord.action).where(
                AuditEventRecord.entity == "waitlist", AuditEventRecord.entity_id == str(anna.id)
            )
        ).all()
    assert details == ["create", "update", "update"]


def test_bad_entries_are_refused_next_to_their_field(desk, clinic) -> None:
    c = clinic
    with pytest.raises(ValidationError) as refused:
        wait(desk, c, c["anna"], windows=(TimeWindow(time(12), time(9)),))
    assert refused.value.field == "windows"
    with pytest.raises(ValidationError) as refused:
        desk.waitlist.add(c["owner"], WaitlistInput(c["anna"].id, 9999, until=date(2027, 3, 31)))
    assert refused.value.field == "service"
    with pytest.raises(NotFound):
        desk.waitlist.add(c["owner"], WaitlistInput(9999, c["facial"].id, until=date(2027, 3, 31)))


def test_an_entry_past_its_last_day_is_expired_and_no_longer_listed(desk, clinic, clock) -> None:
    c = clinic
    anna = wait(desk, c, c["anna"], until=date(2026, 11, 30))
    assert [e.id for e in desk.waitlist.entries(c["owner"])] == [anna.id]
    clock.advance(days=8)
    assert desk.waitlist.entries(c["owner"]) == []
    kept = desk.waitlist.entries(c["owner"], waiting_only=False)[0]
    assert kept.status(clock().date()) is WaitlistStatus.EXPIRED


def test_a_cancellation_frees_its_time_for_the_entries_that_fit(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    anna = wait(desk, c, c["anna"], windows=(TimeWindow(time(9), time(11)),))
    wait(desk, c, c["carl"], windows=(TimeWindow(time(14), time(16)),))  # afternoons only
    assert freed_on_tuesday(desk, c) == []
    desk.book.set_status(owner, c["appointment"], AppointmentStatus.CANCELLED, "unwell")
    [freed] = freed_on_tuesday(desk, c)
    assert freed.slot.span == Span(tuesday(10), tuesday(11))
    assert (freed.slot.room_id, freed.slot.practitioner_id) == (c["rooms"][0].id, c["pat"].id)
    assert [(m.entry.id, m.start) for m in freed.matches] == [(anna.id, tuesday(10))]
    assert [m.entry.id for m in desk.waitlist.matches_for(owner, freed.slot)] == [anna.id]


def test_the_book_check_keeps_an_entry_that_could_not_really_be_booked_out(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    cleaned = desk.book_setup.add_service_type(owner, ServiceType("Deep facial", 60, after=15))
    wait(desk, c, c["anna"], service=cleaned)
    desk.book.set_status(owner, c["appointment"], AppointmentStatus.CANCELLED)
    room = c["rooms"][0].id
    desk.book.book(
        owner,
        BookingRequest(c["carl"].id, c["facial"].id, c["location"].id, tuesday(11), None, room),
    )
    # The hour fits the service, but not its cleaning before the 11:00 booking in that room.
    [freed] = freed_on_tuesday(desk, c)
    assert freed.slot.span == Span(tuesday(10), tuesday(11))
    assert freed.matches == ()


def test_an_entry_whose_earliest_start_clashes_is_offered_a_later_one_in_the_time(
    desk, clinic
) -> None:
    c, owner = clinic, clinic["owner"]
    prepared = desk.book_setup.add_service_type(owner, ServiceType("Prepared", 30, before=15))
    anna = wait(desk, c, c["anna"], service=prepared)
    room = c["rooms"][0].id
    desk.book.book(  # Blue is busy up to 10:00, where the freed hour begins
        owner,
        BookingRequest(c["carl"].id, c["short"].id, c["location"].id, tuesday(9, 30), None, room),
    )
    desk.book.set_status(owner, c["appointment"], AppointmentStatus.CANCELLED)
    # At 10:00 the room's setting-up would fall on the 9:30 booking; from 10:15 it fits.
    [freed] = freed_on_tuesday(desk, c)
    assert [(m.entry.id, m.start) for m in freed.matches] == [(anna.id, tuesday(10, 15))]
    made = desk.waitlist.book(owner, freed.matches[0], freed.slot)
    assert made.start == tuesday(10, 15)


def test_time_the_practitioner_is_booked_again_is_no_longer_free(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    carl = wait(desk, c, c["carl"], service=c["short"])
    desk.book.set_status(owner, c["appointment"], AppointmentStatus.CANCELLED)
    # Pat takes someone at 10:30 in no room: of the freed hour, 10:00-10:30 is left.
    desk.book.book(
        owner,
        BookingRequest(
            c["anna"].id, c["short"].id, c["location"].id, tuesday(10, 30), c["pat"].id, None
        ),
    )
    [freed] = freed_on_tuesday(desk, c)
    assert freed.slot.span == Span(tuesday(10), tuesday(10, 30))
    assert [m.entry.id for m in freed.matches] == [carl.id]


def test_a_move_frees_the_old_time_and_what_is_booked_again_is_cut_out(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    carl = wait(desk, c, c["carl"], service=c["short"])
    desk.book.move(owner, c["appointment"], tuesday(10, 30))  # 10:30-11:30, same room
    [freed] = freed_on_tuesday(desk, c)
    assert freed.slot.span == Span(tuesday(10), tuesday(10, 30))
    assert [(m.entry.id, m.start) for m in freed.matches] == [(carl.id, tuesday(10))]


def test_booking_from_an_entry_books_the_client_and_marks_it_booked(desk, clinic) -> None:
    c, owner = clinic, clinic["owner"]
    anna = wait(desk, c, c["anna"], notes="Prefers Blue")
    desk.book.set_status(owner, c["appointment"], AppointmentStatus.CANCELLED)
    [freed] = freed_on_tuesday(desk, c)
    made = desk.waitlist.book(owner, freed.matches[0], freed.slot)
    assert (made.client_id, made.start, made.room_id) == (
        anna.client_id,
        tuesday(10),
        freed.slot.room_id,
    )
    assert made.practitioner_id == c["pat"].id and made.notes == "Prefers Blue"
    assert desk.waitlist.entries(owner) == []
    [kept] = desk.waitlist.entries(owner, waiting_only=False)
    assert kept.stored_status is WaitlistStatus.BOOKED and kept.appointment_id == made.id
    assert freed_on_tuesday(desk, c) == []  # the time is taken again
    with pytest.raises((ValidationError, ConflictError)):
        desk.waitlist.book(owner, freed.matches[0], freed.slot)


def test_two_workstations_booking_one_freed_time_at_once_book_it_once(desk, room, clinic) -> None:
    """Each computer books a different waiting client into the same freed hour, twenty times
    over: every time exactly one is booked and the other is told the time is taken."""
    c, owner = clinic, clinic["owner"]
    outcomes: dict[str, list[str]] = {"desk": [], "room": []}
    rounds = []
    for _ in range(20):
        entries = [wait(desk, c, c["anna"]), wait(desk, c, c["carl"])]
        freed = freed_on_tuesday(desk, c)
        if not freed:
            desk.book.set_status(owner, _appointment_at_ten(desk, c), AppointmentStatus.CANCELLED)
            freed = freed_on_tuesday(desk, c)
        [slot] = freed
        by_entry = {m.entry.id: m for m in slot.matches}
        rounds.append((slot.slot, [by_entry[e.id] for e in entries]))
    barrier = threading.Barrier(2, timeout=30)

    def run(services: Services, name: str, which: int) -> None:
        for slot, matches in rounds:
            barrier.wait()
            try:
                services.waitlist.book(owner, matches[which], slot)
                outcomes[name].append("booked")
            except (BookingClash, ConflictError):
                outcomes[name].append("refused")
            barrier.wait()
            if name == "desk":  # free the hour again for the next round
                desk.book.set_status(
                    owner, _appointment_at_ten(desk, c), AppointmentStatus.CANCELLED
                )
            barrier.wait()

    threads = [
        threading.Thread(target=run, args=(s, n, i))
        for i, (s, n) in enumerate(((desk, "desk"), (room, "room")))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(
        sorted([outcomes["desk"][i], outcomes["room"][i]]) == ["booked", "refused"]
        for i in range(len(rounds))
    ), outcomes
    left = desk.waitlist.entries(owner)
    assert len(left) == len(rounds)  # one of each pair still waits


def _appointment_at_ten(desk: Services, c):
    day = desk.book.between(c["owner"], c["location"].id, tuesday(0), tuesday(23))
    [held] = [a for a in day if a.status.holds_time and a.start == tuesday(10)]
    return held
