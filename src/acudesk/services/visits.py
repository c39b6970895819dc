"""A client's visit: arrival, the treatment session it starts, and the way to that session.

Reception marks an arrival (the client then waits); a practitioner marking it, or starting a
waiting client's treatment, opens the session linked to the appointment in the same
transaction, and the appointment is in treatment. Completing that session completes the
appointment (services/sessions.py follows it through ``appointment_steps``).
"""

from __future__ import annotations

from sqlalchemy import select, update

from acudesk.domain.appointments import Appointment, AppointmentStatus, CheckOut, Visit
from acudesk.domain.audit import AuditAction
from acudesk.domain.errors import APPOINTMENT
from acudesk.domain.treatment import SessionStatus, TreatmentSession
from acudesk.domain.users import Permission, User
from acudesk.services.appointment_steps import change_status
from acudesk.services.courses import OpenSessionExists
from acudesk.services.guard import require
from acudesk.services.session_rules import changed_session
from acudesk.services.session_start import open_new_session
from acudesk.services.work import Service, Work
from acudesk.store import book as queries
from acudesk.store.book_models import AppointmentRecord
from acudesk.store.day import handed_out, next_booking
from acudesk.store.models import TreatmentSessionRecord
from acudesk.store.sessions import open_session, to_session

_WAITING = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)


class VisitService(Service):
    def arrive(self, actor: User, loaded: Appointment) -> Visit:
        """The client is here. When the one marking it is the appointment's practitioner (or
        it has none) and charts sessions, the treatment starts at once (its window opens on
        the pre-check); otherwise the client waits as arrived for their practitioner, so no
        session is ever opened in someone else's name."""
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            record = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            change_status(work, record, AppointmentStatus.ARRIVED)
            session_id = None
            treats = record.practitioner_id in (None, actor.id)
            if treats and actor.can(Permission.CHART_SESSIONS):  # the role as it is now
                session_id = self._treat(work, record)
            work.session.flush()
            return Visit(queries.read_appointment(work.session, record), session_id)

    def start_treatment(self, actor: User, loaded: Appointment) -> Visit:
        """Start the session of an arrived (or just arriving) client, linked to the
        appointment; the appointment is in treatment. A session already treating it is
        returned as it is."""
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor, Permission.CHART_SESSIONS, what=APPOINTMENT) as work:
            record = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            if AppointmentStatus(record.status) in _WAITING:
                change_status(work, record, AppointmentStatus.ARRIVED)
            session_id = self._treat(work, record)
            work.session.flush()
            return Visit(queries.read_appointment(work.session, record), session_id)

    def session_of(self, actor: User, appointment_id: int) -> TreatmentSession | None:
        """The session that treats the appointment (None: none yet), to open its window."""
        with self._work(actor, Permission.READ_CLINICAL) as work:
            record = work.session.scalar(
                select(TreatmentSessionRecord).where(
                    TreatmentSessionRecord.appointment_id == appointment_id
                )
            )
            if record is None:
                work.audit(AuditAction.READ, "session", f"none for appointment {appointment_id}")
                return None
            work.audit(AuditAction.READ, record, f"appointment {appointment_id}")
            return to_session(record)

    def check_out(self, actor: User, appointment_id: int) -> CheckOut:
        """What the check-out dialog shows: the sheet to print and the next visit booked."""
        with self._read_as(actor, Permission.BOOK) as session:
            record = session.get(AppointmentRecord, appointment_id)
            if record is None:
                raise APPOINTMENT.not_found()
            session_id = session.scalar(
                select(TreatmentSessionRecord.id).where(
                    TreatmentSessionRecord.appointment_id == appointment_id
                )
            )
            coming = next_booking(session, record.client_id, record.starts_at)
            return CheckOut(
                queries.read_appointment(session, record),
                session_id,
                session_id is not None and handed_out(session, session_id),
                None if coming is None else queries.read_appointment(session, coming),
            )

    @staticmethod
    def _treat(work: Work, record: AppointmentRecord) -> int:
        """The session treating ``record``: the one already linked, the client's open session
        if it treats no other appointment (started from the client's page), or a new one."""
        session = work.session
        linked = session.scalar(
            select(TreatmentSessionRecord).where(TreatmentSessionRecord.appointment_id == record.id)
        )
        if linked is None:
            opened = open_session(session, record.client_id)
            if opened is not None and opened.appointment_id is not None:
                raise OpenSessionExists(opened.id)
            if opened is not None:
                # Not a change to what its window edits: its version stays, so the window
                # open on it saves on without a conflict.
                session.execute(
                    update(TreatmentSessionRecord)
                    .where(TreatmentSessionRecord.id == opened.id)
                    .values(appointment_id=record.id)
                    .execution_options(synchronize_session=False)
                )
                work.audit(AuditAction.UPDATE, opened, f"treats appointment {record.id}")
                changed_session(work, opened)
                linked = opened
            else:
                linked = open_new_session(work, record.client_id, appointment_id=record.id)
        if AppointmentStatus(record.status) is AppointmentStatus.ARRIVED and (
            linked.status == SessionStatus.OPEN.value
        ):
            change_status(work, record, AppointmentStatus.IN_TREATMENT)
        return linked.id
