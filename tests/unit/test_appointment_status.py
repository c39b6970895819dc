"""The day's status rules: late cancellation by the clinic's hours, no-show only after the
start, and only the allowed steps (domain.appointments.next_status)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from acudesk.domain.appointments import (
    NEXT_STATUSES,
    AppointmentStatus,
    is_late_cancellation,
    next_status,
    validate_late_cancel_hours,
)
from acudesk.domain.errors import ValidationError

S = AppointmentStatus
START = datetime(2027, 3, 16, 10, 0, tzinfo=UTC)


def land(current: S, wanted: S, *, before: timedelta, hours: int = 24) -> S:
    return next_status(current, wanted, start=START, now=START - before, late_hours=hours)


@pytest.mark.parametrize("asked", [S.CANCELLED, S.LATE_CANCELLED])
def test_a_cancellation_is_late_within_the_rule_and_not_before(asked: S) -> None:
    assert land(S.BOOKED, asked, before=timedelta(hours=25)) is S.CANCELLED
    assert land(S.BOOKED, asked, before=timedelta(hours=24)) is S.CANCELLED  # exactly on the rule
    assert land(S.BOOKED, asked, before=timedelta(hours=23, minutes=59)) is S.LATE_CANCELLED
    assert land(S.CONFIRMED, asked, before=timedelta(hours=2)) is S.LATE_CANCELLED
    assert land(S.BOOKED, asked, before=timedelta(hours=2), hours=1) is S.CANCELLED
    assert land(S.BOOKED, asked, before=-timedelta(minutes=5), hours=0) is S.LATE_CANCELLED


def test_the_rule_is_hours_before_the_start() -> None:
    assert is_late_cancellation(START, START - timedelta(hours=47), 48)
    assert not is_late_cancellation(START, START - timedelta(hours=49), 48)


def test_a_no_show_only_once_the_appointment_has_started() -> None:
    with pytest.raises(ValidationError) as refused:
        land(S.BOOKED, S.NO_SHOW, before=timedelta(minutes=1))
    assert refused.value.field == "status" and "started" in refused.value.message
    assert land(S.BOOKED, S.NO_SHOW, before=timedelta(0)) is S.NO_SHOW
    assert land(S.CONFIRMED, S.NO_SHOW, before=-timedelta(minutes=20)) is S.NO_SHOW


def test_every_step_outside_the_table_is_refused() -> None:
    for current in S:
        for wanted in S:
            if wanted in (S.CANCELLED, S.LATE_CANCELLED):
                continue  # which of the two is the rule's choice
            allowed = wanted in NEXT_STATUSES[current]
            if allowed:
                assert land(current, wanted, before=-timedelta(hours=1)) is wanted
            else:
                with pytest.raises(ValidationError):
                    land(current, wanted, before=-timedelta(hours=1))


def test_finished_appointments_stay_finished() -> None:
    for done in (S.COMPLETED, S.CANCELLED, S.LATE_CANCELLED):
        with pytest.raises(ValidationError):
            land(done, S.CANCELLED, before=timedelta(days=3))
    with pytest.raises(ValidationError):
        land(S.IN_TREATMENT, S.CANCELLED, before=-timedelta(minutes=10))


def test_the_hours_are_checked() -> None:
    assert validate_late_cancel_hours(0) is None
    assert validate_late_cancel_hours(24) is None
    assert validate_late_cancel_hours(-1)
    assert validate_late_cancel_hours(24 * 15)
