"""The audit trail: services write an event for every write and every clinical read
(``Work.audit`` in services/work.py); this reads it back, exports it and checks its chain.

Reading the log is itself audited (the first page of a look-up, an export, a verification).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta

from sqlalchemy import Select, func, select

from acudesk.domain.audit import CSV_HEADER, AuditAction, AuditEntry, AuditFilter, csv_row
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require_current
from acudesk.services.work import Service
from acudesk.store.audit_chain import ChainReport, verify
from acudesk.store.engine import Database
from acudesk.store.models import AuditEventRecord

_EXPORT_BATCH = 2000
EVERYTHING = AuditFilter()


def _entry(r: AuditEventRecord) -> AuditEntry:
    return AuditEntry(
        r.occurred_at,
        r.username,
        r.action,
        r.entity,
        r.entity_id,
        r.detail,
        r.client_id,
        r.id,
        r.seq,
    )


def _filtered(query: Select, which: AuditFilter) -> Select:  # type: ignore[type-arg]
    events = AuditEventRecord
    if which.username:
        query = query.where(events.username == which.username.strip().lower())
    if which.client_id is not None:
        query = query.where(events.client_id == which.client_id)
    if which.action:
        query = query.where(events.action == which.action)
    if which.start is not None:
        query = query.where(events.occurred_at >= datetime.combine(which.start, time.min))
    if which.end is not None:
        after = datetime.combine(which.end + timedelta(days=1), time.min)
        query = query.where(events.occurred_at < after)
    return query


def _describe(which: AuditFilter) -> str:
    parts = [
        f"{name}={value}"
        for name, value in (
            ("user", which.username),
            ("client", which.client_id),
            ("action", which.action),
            ("from", which.start),
            ("to", which.end),
        )
        if value not in (None, "")
    ]
    return ", ".join(parts) or "all events"


class AuditService(Service):
    def events(
        self,
        actor: User,
        which: AuditFilter = EVERYTHING,
        *,
        before: int | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """One page of events, newest first; ``before``: the next page, older than that seq
        (pages do not shift while other workstations add events)."""
        with self._work(actor, Permission.VIEW_AUDIT) as work:
            query = _filtered(select(AuditEventRecord), which)
            if before is None:  # one event per look-up (shown in it), not one per page
                work.audit(AuditAction.READ, "audit", _describe(which), client_id=which.client_id)
                work.session.flush()
            else:
                query = query.where(AuditEventRecord.seq < before)
            rows = work.session.scalars(
                query.order_by(AuditEventRecord.seq.desc()).limit(limit)
            ).all()
            return [_entry(r) for r in rows]

    def count(self, actor: User, which: AuditFilter = EVERYTHING) -> int:
        with self._read_as(actor, Permission.VIEW_AUDIT) as session:
            query = _filtered(select(func.count()).select_from(AuditEventRecord), which)
            return int(session.scalar(query) or 0)

    def verify(self, actor: User) -> ChainReport:
        """Walk the whole chain; the check itself is recorded (after the walk)."""
        with self._read_as(actor, Permission.VIEW_AUDIT) as session:
            report = verify(session)
        with self._work(actor, Permission.VIEW_AUDIT) as work:
            outcome = "intact" if report.intact else f"broken at event {report.broken_id}"
            work.audit(AuditAction.READ, "audit", f"chain verified: {report.checked}, {outcome}")
        return report

    def export_csv(
        self, actor: User, out: io.TextIOBase | io.StringIO, which: AuditFilter = EVERYTHING
    ) -> int:
        """Write the chosen events, oldest first, as CSV; returns how many."""
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        count = 0
        with self._work(actor, Permission.VIEW_AUDIT) as work:
            work.audit(AuditAction.EXPORT, "audit", _describe(which), client_id=which.client_id)
            last = 0
            while True:
                query = _filtered(select(AuditEventRecord), which).where(
                    AuditEventRecord.seq > last
                )
                batch = work.session.scalars(
                    query.order_by(AuditEventRecord.seq).limit(_EXPORT_BATCH)
                ).all()
                if not batch:
                    break
                writer.writerows(csv_row(_entry(r)) for r in batch)
                count, last = count + len(batch), batch[-1].seq
        return count


def recent_events(db: Database, actor: User, limit: int = 200) -> list[AuditEntry]:
    """The latest events, newest first, for tests: not audited (the viewer uses ``events``)."""
    with db.read_only() as session:
        require_current(session, actor, Permission.VIEW_AUDIT)
        rows = session.scalars(
            select(AuditEventRecord).order_by(AuditEventRecord.seq.desc()).limit(limit)
        ).all()
        return [_entry(r) for r in rows]
