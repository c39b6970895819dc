"""Arrival to session on a real database (SQLite and PostgreSQL): the arrival starts the
session linked to its appointment, in treatment; completing the session completes the
appointment; calling it off sends the client back to waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from acudesk.domain.treatment import PreCheck, SessionStatus
from acudesk.domain.users import NewUser, Role
from acudesk.services.courses import OpenSessionExists
from tests.documents.pdf_checks import all_text, dark_pixel_share, render_first_page
from tests.services.test_book_service import book, request, tuesday
from tests.services.test_day_statuses import at, status_details

__all__ = ["book"]

S = AppointmentStatus


@pytest.fixture
def rita(desk, book):
    return desk.users.add_user(book[0], NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))


def finish(desk, who, session):
    data = replace(session.data, precheck=PreCheck(True, True, session.data.precheck.intake_id))
    return desk.sessions.complete(who, session, replace(data, needles_out=0), [])


def test_a_practitioner_marking_the_arrival_starts_the_linked_session(desk, book, clock) -> None:
    pat = book[1]
    made = desk.book.book(pat, request(book, tuesday(10)))
    at(clock, tuesday(9, 55))
    visit = desk.visits.arrive(pat, made)
    assert visit.appointment.status is S.IN_TREATMENT and visit.session_id is not None
    session = desk.visits.session_of(pat, made.id)
    assert session is not None and session.id == visit.session_id
    assert session.appointment_id == made.id and session.status is SessionStatus.OPEN
    assert not session.data.precheck.alerts_reviewed  # the window opens on the pre-check
    done = finish(desk, pat, session)
    assert done.status is SessionStatus.COMPLETED
    [after] = desk.book.between(pat, book[2].id, tuesday(0), tuesday(23))
    assert after.status is S.COMPLETED
    assert status_details(desk, made.id) == [
        "status booked -> arrived",
        "status arrived -> in-treatment",
        "status in-treatment -> completed session",
    ]


def test_reception_marks_the_arrival_and_the_practitioner_starts_later(
    desk, room, book, rita, clock
) -> None:
    pat = book[1]
    made = desk.book.book(rita, request(book, tuesday(10)))
    at(clock, tuesday(9, 50))
    waiting = desk.visits.arrive(rita, made)
    assert waiting.appointment.status is S.ARRIVED and waiting.session_id is None
    with pytest.raises(PermissionDenied):
        desk.visits.start_treatment(rita, waiting.appointment)
    with pytest.raises(PermissionDenied):
        desk.visits.session_of(rita, made.id)
    with pytest.raises(ConflictError):
        room.visits.start_treatment(pat, made)  # the version reception moved on
    started = room.visits.start_treatment(pat, waiting.appointment)  # the treatment room's PC
    assert started.appointment.status is S.IN_TREATMENT
    again = room.visits.start_treatment(pat, started.appointment)
    assert again.session_id == started.session_id  # the same session, not a second


def test_another_practitioner_marking_the_arrival_leaves_the_session_to_the_client_s_own(
    desk, book, clock
) -> None:
    owner, pat = book[0], book[1]
    sam = desk.users.add_user(owner, NewUser("sam", "Sam", Role.PRACTITIONER, "sam-password"))
    at(clock, tuesday(9, 55))
    for who, hour in ((sam, 10), (owner, 12)):  # another practitioner; an admin at the desk
        made = desk.book.book(owner, request(book, tuesday(hour)))  # Pat's client
        waiting = desk.visits.arrive(who, made)
        assert waiting.appointment.status is S.ARRIVED and waiting.session_id is None
        assert desk.visits.session_of(owner, made.id) is None
    started = desk.visits.start_treatment(pat, waiting.appointment)
    assert started.appointment.status is S.IN_TREATMENT
    session = desk.visits.session_of(pat, made.id)
    assert session is not None and session.practitioner == pat.display_name


def test_a_session_already_open_from_the_client_page_is_the_one_linked(desk, book) -> None:
    pat, client = book[1], book[5]
    opened = desk.sessions.start(pat, client.id)
    made = desk.book.book(pat, request(book, tuesday(10)))
    visit = desk.visits.start_treatment(pat, made)
    assert visit.session_id == opened.id
    # Its window saves on: linking it moved no version.
    saved = desk.sessions.save(pat, opened, opened.data, [])
    assert saved.appointment_id == made.id
    other = desk.book.book(pat, request(book, tuesday(14)))
    with pytest.raises(OpenSessionExists):
        desk.visits.start_treatment(pat, other)  # it treats another appointment already


def test_calling_the_session_off_sends_the_client_back_to_waiting(desk, book) -> None:
    pat = book[1]
    made = desk.book.book(pat, request(book, tuesday(10)))
    visit = desk.visits.arrive(pat, made)
    session = desk.visits.session_of(pat, made.id)
    desk.sessions.cancel(pat, session, "client felt faint before needling")
    [back] = desk.book.between(pat, book[2].id, tuesday(0), tuesday(23))
    assert back.status is S.ARRIVED
    assert desk.visits.session_of(pat, made.id) is None
    restarted = desk.visits.start_treatment(pat, back)
    assert restarted.session_id != visit.session_id
    assert restarted.appointment.status is S.IN_TREATMENT


def test_a_cancelled_appointment_has_no_arrival(desk, book) -> None:
    pat = book[1]
    made = desk.book.book(pat, request(book, tuesday(10)))
    gone = desk.book.set_status(pat, made, S.CANCELLED)
    with pytest.raises(ValidationError):
        desk.visits.arrive(pat, gone)


def test_the_aftercare_sheet_prints_the_next_appointment_from_the_book(
    desk, book, clock, tmp_path
) -> None:
    pat = book[1]
    made = desk.book.book(pat, request(book, tuesday(10)))
    at(clock, tuesday(10))
    desk.visits.arrive(pat, made)
    session = desk.visits.session_of(pat, made.id)
    typed = datetime(2027, 4, 1, 9, 0)  # what was typed on the session: not what is booked
    done = finish(desk, pat, replace(session, data=replace(session.data, next_appointment=typed)))
    assert desk.handouts.sheet_for(pat, done.id).next_appointment == typed  # nothing booked yet
    desk.book.book(pat, request(book, tuesday(14, week=2)))
    desk.book.book(pat, request(book, tuesday(10, week=1)))  # the next one: a week on
    sheet = desk.handouts.sheet_for(pat, done.id)
    assert sheet.next_appointment == datetime(2027, 3, 23, 10, 0)  # London's wall clock
    pdf = desk.handouts.issue(pat, done.id).pdf
    words = " ".join(all_text(pdf).split())
    assert "Tuesday 23 March 2027 at 10:00" in words
    assert "1 April" not in words
    assert dark_pixel_share(render_first_page(pdf, tmp_path)) > 0.01


def test_check_out_offers_the_sheet_and_the_next_booking(desk, book, rita, clock) -> None:
    pat = book[1]
    made = desk.book.book(pat, request(book, tuesday(10)))
    at(clock, tuesday(10))
    desk.visits.arrive(pat, made)
    finish(desk, pat, desk.visits.session_of(pat, made.id))
    leaving = desk.visits.check_out(rita, made.id)  # at the desk
    assert leaving.appointment.status is S.COMPLETED and leaving.session_id is not None
    assert not leaving.handed_out and leaving.next_booking is None
    desk.handouts.issue(rita, leaving.session_id)
    coming = desk.book.book(rita, request(book, tuesday(10, week=1)))
    again = desk.visits.check_out(rita, made.id)
    assert again.handed_out and again.next_booking is not None
    assert again.next_booking.id == coming.id
