"""A client's courses of treatment: the open one, all of them with their session counts.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from acudesk.domain.courses import Course
from acudesk.domain.treatment import SessionStatus
from acudesk.store.models import CourseRecord, TreatmentSessionRecord


def to_course(record: CourseRecord, sessions: int = 0, completed: int = 0) -> Course:
    return Course(
        record.id,
        record.client_id,
        record.number,
        record.planned_length,
        record.started_at,
        record.closed_at,
        record.version,
        sessions,
        completed,
    )


def open_course(session: Session, client_id: int) -> CourseRecord | None:
    return session.scalars(
        select(CourseRecord).where(
            CourseRecord.client_id == client_id, CourseRecord.closed_at.is_(None)
        )
    ).first()


def sessions_in(session: Session, course_id: int) -> int:
    """The sessions of a course that count (cancelled ones do not)."""
    t = TreatmentSessionRecord
    return (
        session.scalar(
            select(func.count(t.id)).where(
                t.course_id == course_id, t.status != SessionStatus.CANCELLED.value
            )
        )
        or 0
    )


def new_course(session: Session, client_id: int, length: int, now: datetime) -> CourseRecord:
    """The client's next course (the caller has closed the open one)."""
    last = session.scalar(
        select(func.max(CourseRecord.number)).where(CourseRecord.client_id == client_id)
    )
    record = CourseRecord(
        client_id=client_id, number=(last or 0) + 1, planned_length=length, started_at=now
    )
    session.add(record)
    session.flush()
    return record


def courses(session: Session, client_id: int) -> list[Course]:
    """The client's courses, newest first, each with its sessions counted (one statement)."""
    t = TreatmentSessionRecord
    counted = t.status != SessionStatus.CANCELLED.value
    done = t.status == SessionStatus.COMPLETED.value
    rows = session.execute(
        select(
            CourseRecord,
            func.count(case((counted, t.id))),
            func.count(case((done, t.id))),
        )
        .outerjoin(t, t.course_id == CourseRecord.id)
        .where(CourseRecord.client_id == client_id)
        .group_by(CourseRecord.id)
        .order_by(CourseRecord.number.desc())
    ).all()
    return [to_course(record, n, c) for record, n, c in rows]


def file_into_courses(session: Session, client_id: int, now: datetime) -> None:
    """Put the client's sessions that have no course (imported ones) into new courses, as the
    upgrade to courses did: a session numbered no higher than the one before starts a course;
    every course but the last is closed, the last too once its planned sessions are done."""
    t = TreatmentSessionRecord
    rows = list(
        session.scalars(
            select(t)
            .where(t.client_id == client_id, t.course_id.is_(None))
            .order_by(t.started_at, t.id)
        )
    )
    groups: list[list[TreatmentSessionRecord]] = []
    for row in rows:
        if not groups or row.course_number <= groups[-1][-1].course_number:
            groups.append([])
        groups[-1].append(row)
    current = open_course(session, client_id)
    if groups and current is not None:
        current.closed_at = now
        session.flush()
    for index, group in enumerate(groups):
        last = group[-1]
        course = new_course(session, client_id, max(1, last.course_length), group[0].started_at)
        finished = (
            last.status == SessionStatus.COMPLETED.value and len(group) >= course.planned_length
        )
        if index < len(groups) - 1 or finished:
            course.closed_at = last.completed_at or last.started_at
        for row in group:
            row.course = course
        session.flush()
