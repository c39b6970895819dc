"""Queries of the clinic's day: a client's next appointment, the sessions treating the day's
appointments, the latest intakes of its clients, and what other workstations wrote since a
moment (read from the audit chain). Nothing here commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acudesk.domain.appointments import AppointmentStatus
from acudesk.store.audit import WRITES
from acudesk.store.book_models import AppointmentRecord, LocationRecord
from acudesk.store.models import (
    AuditEventRecord,
    HandoutRecord,
    IntakeRecord,
    TreatmentSessionRecord,
)

_WRITES = [action.value for action in WRITES]
_COMING = (AppointmentStatus.BOOKED.value, AppointmentStatus.CONFIRMED.value)


def next_appointment(
    session: Session, client_id: int, after: datetime, *, besides: int | None = None
) -> datetime | None:
    """When the client is next booked after ``after`` (naive, the clinic's wall clock), as
    the wall clock of that appointment's location; None when nothing is booked.

    ``besides`` leaves out one appointment (the one being treated)."""
    # Wall clocks differ from UTC by less than a day: ask a day wide, then compare exactly.
    rows = session.execute(
        select(AppointmentRecord.id, AppointmentRecord.starts_at, LocationRecord.zone)
        .join(LocationRecord, LocationRecord.id == AppointmentRecord.location_id)
        .where(
            AppointmentRecord.client_id == client_id,
            AppointmentRecord.status.in_(_COMING),
            AppointmentRecord.starts_at > after - timedelta(days=1),
        )
        .order_by(AppointmentRecord.starts_at)
        .limit(20)
    )
    for appointment_id, starts_at, zone in rows:
        local = starts_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
        wall = local.replace(tzinfo=None)
        if appointment_id != besides and wall > after:
            return wall
    return None


def last_event(session: Session) -> int:
    """The newest audit event's place in the chain (0 for none): where a watcher starts."""
    return int(session.scalar(select(func.coalesce(func.max(AuditEventRecord.seq), 0))) or 0)


def writes_since(
    session: Session, seq: int, limit: int = 500
) -> list[tuple[int, str, str, int | None]]:
    """The writes committed after event ``seq``, oldest first: (seq, entity, entity id,
    client id). Every write is audited and the chain numbers events in commit order, so
    this misses none; a range of the unique index on seq: cheap however long the log."""
    rows = session.execute(
        select(
            AuditEventRecord.seq,
            AuditEventRecord.entity,
            AuditEventRecord.entity_id,
            AuditEventRecord.client_id,
        )
        .where(AuditEventRecord.seq > seq, AuditEventRecord.action.in_(_WRITES))
        .order_by(AuditEventRecord.seq)
        .limit(limit)
    )
    return [(int(s), entity, entity_id, client) for s, entity, entity_id, client in rows]


def treating_sessions(
    session: Session, appointment_ids: Iterable[int]
) -> dict[int, tuple[int, datetime | None, int]]:
    """Appointment id -> (session id, retention timer's start, retention minutes) of the
    open sessions treating them."""
    wanted = list(set(appointment_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(
            TreatmentSessionRecord.appointment_id,
            TreatmentSessionRecord.id,
            TreatmentSessionRecord.timer_started_at,
            TreatmentSessionRecord.retention_minutes,
        ).where(TreatmentSessionRecord.appointment_id.in_(wanted))
    )
    return {a: (s, started, minutes) for a, s, started, minutes in rows if a is not None}


def latest_intake_dates(session: Session, client_ids: Iterable[int]) -> dict[int, date]:
    """Client id -> the day of their latest intake (clients with none are left out)."""
    wanted = list(set(client_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(IntakeRecord.client_id, func.max(IntakeRecord.taken_on))
        .where(IntakeRecord.client_id.in_(wanted))
        .group_by(IntakeRecord.client_id)
    )
    return {int(client): taken for client, taken in rows}


def next_booking(session: Session, client_id: int, after: datetime) -> AppointmentRecord | None:
    """The client's first booking still to come that starts after ``after`` (naive UTC)."""
    return session.scalar(
        select(AppointmentRecord)
        .where(
            AppointmentRecord.client_id == client_id,
            AppointmentRecord.status.in_(_COMING),
            AppointmentRecord.starts_at > after,
        )
        .order_by(AppointmentRecord.starts_at)
        .limit(1)
    )


def handed_out(session: Session, session_id: int) -> bool:
    """Whether an aftercare sheet of the session was given."""
    found = session.scalar(select(HandoutRecord.id).where(HandoutRecord.session_id == session_id))
    return found is not None
