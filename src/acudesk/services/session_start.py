"""Opening a treatment session inside a unit of work: from the client's page, or at an
arrival, linked to the appointment it treats."""

from __future__ import annotations

from acudesk.domain.audit import AuditAction
from acudesk.domain.chart import ChartDocument
from acudesk.domain.errors import CLIENT, ValidationError
from acudesk.domain.treatment import PreCheck, SessionRecordData, SessionStatus, validate_session
from acudesk.services.courses import OpenSessionExists, place_session
from acudesk.services.session_rules import changed_session
from acudesk.services.work import Work
from acudesk.store.intakes import latest_intake
from acudesk.store.models import ClientRecord, TreatmentSessionRecord
from acudesk.store.sessions import open_session, write_session


def open_new_session(
    work: Work,
    client_id: int,
    *,
    course_length: int | None = None,
    appointment_id: int | None = None,
) -> TreatmentSessionRecord:
    """A new open session for the client, by the acting practitioner, placed in the client's
    course; OpenSessionExists while the client has one open. The chart starts empty: no
    needle before the pre-treatment check."""
    session, actor = work.session, work.actor
    assert actor is not None  # the caller's unit of work checked the account
    if session.get(ClientRecord, client_id) is None:
        raise CLIENT.not_found()
    opened = open_session(session, client_id)
    if opened is not None:
        raise OpenSessionExists(opened.id)
    course, number = place_session(session, client_id, work.clock(), course_length)
    intake = latest_intake(session, client_id)
    data = SessionRecordData(
        started_at=work.clock(),
        course_number=number,
        course_length=course.planned_length,
        precheck=PreCheck(intake_id=intake.id if intake else None),
    )
    errors = validate_session(data)
    if errors:
        raise ValidationError(errors)
    record = TreatmentSessionRecord(
        client_id=client_id,
        practitioner_id=actor.id,
        practitioner=actor.display_name,
        status=SessionStatus.OPEN.value,
        chart=[],
        details={},
        course=course,
        appointment_id=appointment_id,
    )
    write_session(record, data, ChartDocument())
    session.add(record)
    session.flush()
    detail = f"client {client_id}, course {course.number}: {number} of {data.course_length}"
    if appointment_id is not None:
        detail += f", appointment {appointment_id}"
    work.audit(AuditAction.CREATE, record, detail)
    changed_session(work, record)
    return record
