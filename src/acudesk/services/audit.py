"""The audit trail: services write an event for every write and every clinical read."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction, AuditEntry
from acudesk.domain.users import Permission, User
from acudesk.services.clock import Clock, system_clock
from acudesk.services.guard import require
from acudesk.store.engine import Database
from acudesk.store.models import AuditEventRecord


def record(
    session: Session,
    actor: User | None,
    action: AuditAction,
    entity: str,
    entity_id: object = "",
    detail: str = "",
    *,
    clock: Clock = system_clock,
    username: str | None = None,
) -> None:
    """Add an audit event to the caller's transaction (it commits with the change)."""
    session.add(
        AuditEventRecord(
            occurred_at=clock(),
            user_id=actor.id if actor else None,
            username=(actor.username if actor else username) or "",
            action=action.value,
            entity=entity,
            entity_id=str(entity_id),
            detail=detail[:2000],
        )
    )


def recent_events(db: Database, actor: User, limit: int = 200) -> list[AuditEntry]:
    require(actor, Permission.VIEW_AUDIT)
    with db.read_only() as session:
        rows = session.scalars(
            select(AuditEventRecord)
            .order_by(AuditEventRecord.occurred_at.desc(), AuditEventRecord.id.desc())
            .limit(limit)
        ).all()
        return [
            AuditEntry(r.occurred_at, r.username, r.action, r.entity, r.entity_id, r.detail)
            for r in rows
        ]
