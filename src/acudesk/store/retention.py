"""The running needle-retention timers, as the book shows them. Nothing here commits."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.book_timers import RunningTimer
from acudesk.domain.treatment import SessionStatus
from acudesk.store.models import TreatmentSessionRecord


def running_timers(session: Session, client_ids: Iterable[int]) -> list[RunningTimer]:
    """The open sessions of these clients whose retention timer has been started."""
    wanted = sorted(set(client_ids))
    if not wanted:
        return []
    record = TreatmentSessionRecord
    rows = session.execute(
        select(
            record.id,
            record.client_id,
            record.timer_started_at,
            record.retention_minutes,
            record.appointment_id,
        )
        .where(
            record.status == SessionStatus.OPEN.value,
            record.timer_started_at.is_not(None),
            record.client_id.in_(wanted),
        )
        .order_by(record.id)
    )
    return [
        RunningTimer(key, client, started, minutes, appointment)
        for key, client, started, minutes, appointment in rows
        if started is not None
    ]
