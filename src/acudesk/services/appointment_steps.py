"""An appointment's steps through its day, inside a unit of work another service owns.

The book, the arrival and the session each move an appointment (arrived, in treatment,
completed...): all through ``change_status``, so the day's rules, the audit line and the
announcement are the same wherever the step is taken.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from acudesk.domain.appointments import AppointmentStatus, next_status, status_change_refusal
from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import translate
from acudesk.services.work import Work
from acudesk.store import book as queries
from acudesk.store import waitlist as freed
from acudesk.store.book_models import AppointmentRecord, LocationRecord

NOTES_LIMIT = 2000


def change_status(
    work: Work, record: AppointmentRecord, wanted: AppointmentStatus, reason: str = ""
) -> AppointmentStatus:
    """Move ``record`` to ``wanted`` by the day's rules inside ``work``: audited, announced,
    its time freed when cancelled. Returns the status it landed in."""
    location = work.session.get(LocationRecord, record.location_id)
    assert location is not None  # a foreign key
    now = work.clock().replace(tzinfo=ZoneInfo(location.zone))
    current = AppointmentStatus(record.status)
    status = next_status(
        current,
        wanted,
        start=queries.aware(record.starts_at),
        now=now,
        late_hours=queries.late_cancel_hours(work.session),
    )
    record.status = status.value
    if current.holds_time and not status.holds_time:
        queries.drop_holds(work.session, record.id)
        freed.record_freed(work.session, record, "cancelled", work.clock())
    detail = f"status {current.value} -> {status.value} {clean_notes(reason)}"
    work.audit(AuditAction.UPDATE, record, detail.strip())
    work.changed(Changes.of(appointments=[record.id]))
    return status


def follow_session(
    work: Work, appointment_id: int | None, wanted: AppointmentStatus, why: str
) -> None:
    """The appointment a session treats follows the session (completed with it, back to
    arrived when the session is called off); nothing when there is none or the step is not
    one its status may take."""
    if appointment_id is None:
        return
    record = work.session.get(AppointmentRecord, appointment_id)
    if record is None:
        return
    current = AppointmentStatus(record.status)
    if current is wanted or status_change_refusal(current, wanted) is not None:
        return
    change_status(work, record, wanted, why)


def clean_notes(value: str) -> str:
    """Notes or a reason as typed, trimmed; refused (never cut) when too long or not text."""
    notes = value.strip()
    if "\x00" in notes:
        raise ValidationError(
            {"notes": translate("book", "The notes hold a character that is not text.")}
        )
    if len(notes) > NOTES_LIMIT:
        raise ValidationError(
            {
                "notes": translate("book", "Notes are at most {limit} characters.").format(
                    limit=NOTES_LIMIT
                )
            }
        )
    return notes
