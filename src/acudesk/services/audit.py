"""The audit trail: services write an event for every write and every clinical read
(``Work.audit`` in services/work.py); this reads the latest events back."""

from __future__ import annotations

from sqlalchemy import select

from acudesk.domain.audit import AuditEntry
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.store.engine import Database
from acudesk.store.models import AuditEventRecord


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
