"""The .ics a reminder email carries: the appointment as a calendar event (domain's
appointment_ics), with the clinic, room and practitioner named."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.appointment_ics import CalendarEntry, appointments_ics
from acudesk.store.book import to_appointment
from acudesk.store.book_models import AppointmentRecord, RoomRecord
from acudesk.store.database_id import calendar_domain
from acudesk.store.reminders import DueCandidate


def appointment_ics(session: Session, candidate: DueCandidate, clinic: Any, now: datetime) -> bytes:
    """The calendar file of ``candidate``'s appointment, stamped ``now`` (aware)."""
    record = session.get(AppointmentRecord, candidate.appointment_id)
    assert record is not None
    room = session.get(RoomRecord, record.room_id) if record.room_id is not None else None
    entry = CalendarEntry(
        to_appointment(record, candidate.service, candidate.client_full_name),
        str(candidate.zone),
        practitioner=candidate.practitioner,
        room=room.name if room is not None else "",
        clinic=clinic.name if clinic is not None else "",
    )
    return appointments_ics([entry], stamp=now, uid_domain=calendar_domain(session))
