"""A client's courses of treatment: read them, start a new one (with its planned length),
close the open one. A session takes its place "N of M" from the course (``place_session``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.courses import DEFAULT_COURSE_LENGTH, Course, course_length_problem
from acudesk.domain.errors import CLIENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.courses import courses, new_course, open_course, sessions_in, to_course
from acudesk.store.models import ClientRecord, CourseRecord
from acudesk.store.sessions import open_session


class OpenSessionExists(ValidationError):
    """The client already has an open session: ``session_id`` is it (offer to open it)."""

    def __init__(self, session_id: int) -> None:
        super().__init__(
            {
                "session": translate(
                    "sessions",
                    "This client already has an open session: open it, or cancel it, first.",
                )
            }
        )
        self.session_id = session_id


def _checked_length(length: int) -> int:
    problem = course_length_problem(length)
    if problem:
        raise ValidationError({"course_length": problem})
    return length


def place_session(
    session: Session, client_id: int, now: datetime, length: int | None = None
) -> tuple[CourseRecord, int]:
    """The course a new session goes in, and its number there. With no open course, or a full
    one (closed on the way), a new course starts with the length given or the last one's."""
    course = open_course(session, client_id)
    if course is not None and sessions_in(session, course.id) >= course.planned_length:
        course.closed_at = now
        session.flush()
        length = length or course.planned_length
        course = None
    if course is None:
        last = courses(session, client_id)
        planned = length or (last[0].planned_length if last else DEFAULT_COURSE_LENGTH)
        course = new_course(session, client_id, _checked_length(planned), now)
    return course, sessions_in(session, course.id) + 1


def _refuse_while_open(session: Session, client_id: int) -> None:
    opened = open_session(session, client_id)
    if opened is not None:
        raise OpenSessionExists(opened.id)


class CourseService(Service):
    def courses(self, actor: User, client_id: int) -> list[Course]:
        """The client's courses, newest first, with their sessions counted."""
        require(actor, Permission.READ_CLINICAL)
        with self._work(actor, Permission.READ_CLINICAL) as work:
            found = courses(work.session, client_id)
            work.audit(AuditAction.READ, "course", "courses", client_id=client_id)
            return found

    def start_course(
        self, actor: User, client_id: int, planned_length: int = DEFAULT_COURSE_LENGTH
    ) -> Course:
        """Close the open course (if any) and start the client's next one."""
        require(actor, Permission.CHART_SESSIONS)
        _checked_length(planned_length)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            if work.session.get(ClientRecord, client_id) is None:
                raise CLIENT.not_found()
            _refuse_while_open(work.session, client_id)
            current = open_course(work.session, client_id)
            if current is not None:
                current.closed_at = self._clock()
                work.session.flush()
                work.audit(AuditAction.UPDATE, current, f"course {current.number} closed")
            record = new_course(work.session, client_id, planned_length, self._clock())
            work.audit(AuditAction.CREATE, record, f"client {client_id}, course {record.number}")
            work.changed(Changes.of(session_clients=[client_id]))
            return to_course(record)

    def close_course(self, actor: User, client_id: int) -> Course | None:
        """Close the client's open course (the next session starts a new one)."""
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            _refuse_while_open(work.session, client_id)
            current = open_course(work.session, client_id)
            if current is None:
                return None
            current.closed_at = self._clock()
            work.session.flush()
            work.audit(AuditAction.UPDATE, current, f"course {current.number} closed")
            work.changed(Changes.of(session_clients=[client_id]))
            return to_course(current, sessions_in(work.session, current.id))
