"""The day's statuses on a real database (SQLite and PostgreSQL): a late cancellation by the
clinic's hours, no-show only after the start, and every change in the audit trail."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from acudesk.domain.appointments import LATE_CANCEL_DEFAULT_HOURS, AppointmentStatus
from acudesk.domain.book_time import local_moment
from acudesk.domain.errors import PermissionDenied, ValidationError
from acudesk.store.models import AuditEventRecord
from tests.services.test_book_service import LONDON, book, request, tuesday

__all__ = ["book"]  # the fixture, shared with the booking tests

S = AppointmentStatus


def at(clock, moment: datetime) -> None:
    """The clinic's wall clock (naive, the location's local time) at ``moment``."""
    clock.now = moment.astimezone(LONDON).replace(tzinfo=None)


def status_details(desk, appointment_id: int) -> list[str]:
    with desk.db.read_only() as session:
        return list(
            session.scalars(
                select(AuditEventRecord.detail)
                .where(
                    AuditEventRecord.entity == "appointment",
                    AuditEventRecord.entity_id == str(appointment_id),
                    AuditEventRecord.detail.like("status %"),
                )
                .order_by(AuditEventRecord.seq)
            )
        )


def test_a_cancellation_within_the_clinics_hours_is_late(desk, book, clock) -> None:
    owner = book[0]
    assert desk.book.late_cancel_hours(owner) == LATE_CANCEL_DEFAULT_HOURS
    early = desk.book.book(owner, request(book, tuesday(10)))
    late = desk.book.book(owner, request(book, tuesday(14)))
    at(clock, tuesday(9))  # the same morning: 5 hours before
    assert desk.book.set_status(owner, late, S.CANCELLED, "unwell").status is S.LATE_CANCELLED
    at(clock, tuesday(10, week=-1))  # a week before
    assert desk.book.set_status(owner, early, S.CANCELLED).status is S.CANCELLED
    desk.book.book(owner, request(book, tuesday(14)))  # a late cancellation frees the time too
    assert status_details(desk, late.id) == ["status booked -> late-cancelled unwell"]


def test_the_clinic_sets_its_own_hours(desk, book, clock, room) -> None:
    owner = book[0]
    assert desk.book.set_late_cancel_hours(owner, 48) == 48
    assert room.book.late_cancel_hours(owner) == 48  # another workstation reads the rule
    made = desk.book.book(owner, request(book, tuesday(10)))
    at(clock, local_moment(date(2027, 3, 14), time(11), LONDON))  # Sunday, 47 h before
    assert desk.book.set_status(owner, made, S.LATE_CANCELLED).status is S.LATE_CANCELLED
    with pytest.raises(ValidationError) as refused:
        desk.book.set_late_cancel_hours(owner, -2)
    assert refused.value.field == "late_cancel_hours"
    pat = book[1]
    with pytest.raises(PermissionDenied):
        desk.book.set_late_cancel_hours(pat, 12)


def test_no_show_waits_for_the_start_and_each_step_is_audited(desk, book, clock) -> None:
    owner = book[0]
    made = desk.book.book(owner, request(book, tuesday(10)))
    at(clock, tuesday(9, 55))
    with pytest.raises(ValidationError) as refused:
        desk.book.set_status(owner, made, S.NO_SHOW)
    assert "started" in refused.value.message
    confirmed = desk.book.set_status(owner, made, S.CONFIRMED)
    at(clock, tuesday(10, 20))
    missed = desk.book.set_status(owner, confirmed, S.NO_SHOW)
    assert missed.status is S.NO_SHOW
    with pytest.raises(ValidationError):
        desk.book.set_status(owner, missed, S.COMPLETED)
    rebooked = desk.book.set_status(owner, missed, S.BOOKED)  # marked by mistake: undone
    assert status_details(desk, made.id) == [
        "status booked -> confirmed",
        "status confirmed -> no-show",
        "status no-show -> booked",
    ]
    assert rebooked.status is S.BOOKED
