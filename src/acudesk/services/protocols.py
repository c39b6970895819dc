"""Protocols: named charts a practitioner applies to new sessions. A protocol keeps the needles
and electro pairs only, never a session's reactions, marks or notes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import NAMED_PROTOCOL, PROTOCOL, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.treatment import needles_only
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.session_rules import checked_chart
from acudesk.services.work import Service
from acudesk.store.models import ProtocolRecord


class ProtocolService(Service):
    def protocols(self, actor: User) -> list[tuple[int, str, str, list[dict[str, Any]]]]:
        require(actor, Permission.CHART_SESSIONS)
        with self._read_as(actor, Permission.CHART_SESSIONS) as session:
            rows = session.scalars(select(ProtocolRecord).order_by(func.lower(ProtocolRecord.name)))
            return [(r.id, r.name, r.description, needles_only(list(r.chart))) for r in rows]

    def save_protocol(
        self,
        actor: User,
        name: str,
        description: str,
        chart: list[dict[str, Any]],
        *,
        replace_existing: bool = False,
    ) -> int:
        require(actor, Permission.CHART_SESSIONS)
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError({"name": translate("sessions", "Give the protocol a name.")})
        if len(clean) > 120:
            too_long = translate("sessions", "The name is too long ({limit} characters at most).")
            raise ValidationError({"name": too_long.format(limit=120)})
        document = checked_chart(needles_only(chart))
        if not len(document):
            empty = translate("sessions", "The chart is empty: place some needles first.")
            raise ValidationError({"chart": empty})
        with self._work(actor, Permission.CHART_SESSIONS, what=NAMED_PROTOCOL.named(clean)) as work:
            existing = work.session.scalars(
                select(ProtocolRecord).where(func.lower(ProtocolRecord.name) == clean.lower())
            ).first()
            if existing is not None and not replace_existing:
                taken = translate("sessions", "There is already a protocol called '{name}'.")
                raise ValidationError({"name": taken.format(name=existing.name)})
            if existing is None:
                existing = ProtocolRecord(
                    name=clean, created_by=actor.display_name, created_at=self._clock(), chart=[]
                )
                work.session.add(existing)
            else:
                work.watch(ProtocolRecord, existing.id, what=PROTOCOL)
            existing.description = description.strip()[:2000]
            existing.chart = document.to_list()
            work.session.flush()
            work.audit(AuditAction.UPDATE, existing, clean)
            work.changed(Changes.of(protocols=[existing.id]))
            return existing.id

    def delete_protocol(self, actor: User, protocol_id: int) -> None:
        require(actor, Permission.CHART_SESSIONS)
        with self._work(actor, Permission.CHART_SESSIONS) as work:
            record = work.session.get(ProtocolRecord, protocol_id)
            if record is None:
                raise PROTOCOL.not_found()
            work.watch(ProtocolRecord, protocol_id, what=PROTOCOL)
            work.session.delete(record)
            work.audit(AuditAction.DELETE, record, record.name)
            work.changed(Changes.of(protocols=[protocol_id]))
