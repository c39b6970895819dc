"""Treatment session rows: row ↔ domain mapping, a client's sessions, the amendment trail.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Text, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from acudesk.domain.chart import ChartDocument
from acudesk.domain.treatment import (
    SessionRecordData,
    SessionStatus,
    SessionSummary,
    TreatmentSession,
)
from acudesk.domain.treatment_codec import data_from_dict, data_to_dict, details_to_dict
from acudesk.store.models import CourseRecord, SessionAmendmentRecord, TreatmentSessionRecord


def to_session(record: TreatmentSessionRecord) -> TreatmentSession:
    raw = {
        **record.details,
        "started_at": record.started_at.isoformat(),
        "course_number": record.course_number,
        "course_length": record.course_length,
        "retention_minutes": record.retention_minutes,
        "needles_in": record.needles_in,
        "needles_out": record.needles_out,
        "gua_sha": record.gua_sha,
    }
    return TreatmentSession(
        id=record.id,
        client_id=record.client_id,
        version=record.version,
        status=SessionStatus(record.status),
        practitioner=record.practitioner,
        data=data_from_dict(raw),
        chart=list(record.chart),
        completed_at=record.completed_at,
        timer_started_at=record.timer_started_at,
        provenance=record.provenance,
        course=record.course.number if record.course is not None else 1,
        cancel_reason=record.cancel_reason or "",
        appointment_id=record.appointment_id,
    )


def write_session(
    record: TreatmentSessionRecord, data: SessionRecordData, chart: ChartDocument
) -> None:
    """Copy what was charted onto the row (columns, and the rest as JSON details)."""
    record.started_at = data.started_at
    record.course_number = data.course_number
    record.course_length = data.course_length
    record.retention_minutes = data.retention_minutes
    record.needles_in = data.needles_in
    record.needles_out = data.needles_out
    record.gua_sha = data.gua_sha
    record.chart = chart.to_list()
    record.details = details_to_dict(data)


def snapshot(record: TreatmentSessionRecord) -> dict[str, Any]:
    """The session as an amendment row keeps it (before and after)."""
    session = to_session(record)
    return {"data": data_to_dict(session.data), "chart": session.chart}


def newest_first(client_id: int) -> Select[TreatmentSessionRecord]:
    """The client's sessions, newest first."""
    return (
        select(TreatmentSessionRecord)
        .where(TreatmentSessionRecord.client_id == client_id)
        .order_by(TreatmentSessionRecord.started_at.desc(), TreatmentSessionRecord.id.desc())
    )


def summaries(
    session: Session,
    client_id: int,
    *,
    limit: int | None = None,
    after: SessionSummary | None = None,
    cancelled: bool = False,
) -> list[SessionSummary]:
    """The client's history list in one statement, newest first: the columns a line shows,
    whether the session was amended, and the chart as its stored JSON text (not parsed).

    ``limit`` lines at most, those after ``after`` (the last line of the page before): read
    along the index on (client, start), so a page costs the same whatever the history's length.
    Cancelled sessions only when asked for (an admin's look).
    """
    t = TreatmentSessionRecord
    amended = exists().where(SessionAmendmentRecord.session_id == t.id)
    shown = t.client_id == client_id
    if not cancelled:
        shown = shown & (t.status != SessionStatus.CANCELLED.value)
    statement = (
        select(
            t.id,
            t.version,
            t.status,
            t.started_at,
            t.course_number,
            t.course_length,
            t.practitioner,
            t.needles_in,
            amended,
            cast(t.chart, Text),
            func.coalesce(CourseRecord.number, 1),
            func.coalesce(t.cancel_reason, ""),
        )
        .outerjoin(CourseRecord, CourseRecord.id == t.course_id)
        .where(shown)
        .order_by(t.started_at.desc(), t.id.desc())
        .limit(limit)
    )
    if after is not None:
        earlier = t.started_at < after.started_at
        statement = statement.where(
            or_(earlier, and_(t.started_at == after.started_at, t.id < after.id))
        )
    return [_summary(r) for r in session.execute(statement)]


def _summary(r: Any) -> SessionSummary:
    return SessionSummary(
        r[0], r[1], SessionStatus(r[2]), r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9] or "[]",
        r[10], r[11],
    )  # fmt: skip


def latest_session(session: Session, client_id: int) -> TreatmentSessionRecord | None:
    """The client's latest session that was not cancelled."""
    query = newest_first(client_id).where(
        TreatmentSessionRecord.status != SessionStatus.CANCELLED.value
    )
    return session.scalars(query.limit(1)).first()


def open_session(session: Session, client_id: int) -> TreatmentSessionRecord | None:
    """The client's open session (there is at most one)."""
    query = newest_first(client_id).where(TreatmentSessionRecord.status == SessionStatus.OPEN.value)
    return session.scalars(query.limit(1)).first()


def oldest_first(session: Session, client_id: int) -> list[TreatmentSessionRecord]:
    """The client's sessions in the order they happened (for the record format)."""
    return list(
        session.scalars(
            select(TreatmentSessionRecord)
            .where(TreatmentSessionRecord.client_id == client_id)
            .order_by(TreatmentSessionRecord.started_at, TreatmentSessionRecord.id)
        )
    )


def amendments_of_client(
    session: Session, client_id: int
) -> dict[int, list[SessionAmendmentRecord]]:
    """Session id -> its amendments in the order they were made, for every session of the
    client, in one statement (an export reads them all)."""
    t = TreatmentSessionRecord
    rows = session.scalars(
        select(SessionAmendmentRecord)
        .join(t, t.id == SessionAmendmentRecord.session_id)
        .where(t.client_id == client_id)
        .order_by(SessionAmendmentRecord.id)
    )
    trail: dict[int, list[SessionAmendmentRecord]] = {}
    for row in rows:
        trail.setdefault(row.session_id, []).append(row)
    return trail


def amendments(session: Session, session_id: int) -> list[SessionAmendmentRecord]:
    """The changes made to a completed session, in the order they were made."""
    return list(
        session.scalars(
            select(SessionAmendmentRecord)
            .where(SessionAmendmentRecord.session_id == session_id)
            .order_by(SessionAmendmentRecord.id)
        )
    )
