"""Audit rows: what entity a record is audited as, adding an event, and who last changed what.

Queries only; nothing here commits (an event commits with the change it records).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.store import waitlist_models
from acudesk.store.audit_chain import EventFields, event_hash, next_link, set_head
from acudesk.store.book_models import (
    AppointmentRecord,
    DeviceRecord,
    LocationRecord,
    RoomRecord,
    ServiceTypeRecord,
    TimeOffRecord,
)
from acudesk.store.models import (
    AuditEventRecord,
    Base,
    ClientRecord,
    ClinicRecord,
    CourseRecord,
    HandoutRecord,
    IntakeRecord,
    ProductRecord,
    ProtocolRecord,
    TreatmentSessionRecord,
    UserRecord,
)
from acudesk.store.reminder_models import ReminderMessageRecord

ENTITIES: dict[type[Base], str] = {
    AppointmentRecord: "appointment",
    ReminderMessageRecord: "reminder",
    DeviceRecord: "device",
    LocationRecord: "location",
    RoomRecord: "room",
    ServiceTypeRecord: "service",
    TimeOffRecord: "time_off",
    waitlist_models.WaitlistEntryRecord: "waitlist",
    ClientRecord: "client",
    ClinicRecord: "clinic",
    CourseRecord: "course",
    HandoutRecord: "handout",
    IntakeRecord: "intake",
    ProductRecord: "product",
    ProtocolRecord: "protocol",
    TreatmentSessionRecord: "session",
    UserRecord: "user",
}
WRITES = (AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.IMPORT)


def entity_of(kind: type[Base]) -> str:
    """The name a kind of record has in the audit log's entity column."""
    return ENTITIES[kind]


def add_event(
    session: Session,
    *,
    occurred_at: datetime,
    user_id: int | None,
    username: str,
    action: AuditAction,
    entity: str,
    entity_id: object,
    detail: str,
    client_id: int | None = None,
) -> None:
    """Append an event to the chain, in the caller's transaction."""
    seq, previous = next_link(session)
    fields = EventFields(
        seq=seq,
        occurred_at=occurred_at,
        user_id=user_id,
        username=username[:32],
        action=action.value,
        entity=entity,
        entity_id=str(entity_id)[:40],
        client_id=client_id,
        detail=detail[:2000],
    )
    digest = event_hash(previous, fields)
    session.add(
        AuditEventRecord(
            occurred_at=fields.occurred_at,
            user_id=fields.user_id,
            username=fields.username,
            action=fields.action,
            entity=fields.entity,
            entity_id=fields.entity_id,
            client_id=fields.client_id,
            detail=fields.detail,
            seq=seq,
            hash=digest,
        )
    )
    set_head(session, seq, digest)


@dataclass(frozen=True, slots=True)
class LastChange:
    """Who last wrote a record, and when (their display name while the account exists)."""

    by: str
    at: datetime


def last_change(session: Session, entity: str, entity_id: object) -> LastChange | None:
    row = session.execute(
        select(AuditEventRecord.username, AuditEventRecord.occurred_at, UserRecord.display_name)
        .outerjoin(UserRecord, UserRecord.id == AuditEventRecord.user_id)
        .where(
            AuditEventRecord.entity == entity,
            AuditEventRecord.entity_id == str(entity_id),
            AuditEventRecord.action.in_([a.value for a in WRITES]),
        )
        .order_by(AuditEventRecord.occurred_at.desc(), AuditEventRecord.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return LastChange(row.display_name or row.username, row.occurred_at)


def events_about(session: Session, entity: str) -> list[AuditEventRecord]:
    """Every audit event about one kind of entity, oldest first."""
    return list(
        session.scalars(
            select(AuditEventRecord)
            .where(AuditEventRecord.entity == entity)
            .order_by(AuditEventRecord.id)
        )
    )
