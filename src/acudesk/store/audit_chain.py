"""The audit log's hash chain: each event's SHA-256 covers its fields and the previous hash.

Writers take their place in the chain by updating the one-row ``audit_chain`` head
(``UPDATE ... RETURNING``) inside their own transaction: on PostgreSQL the row lock orders
concurrent writers until they commit, on SQLite the write lock does. So the chain has no gaps
and no forks, whatever the number of workstations. ``verify`` walks it and names the first
event whose hash does not match (changed, removed or inserted out of turn).

Queries only; nothing here commits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from acudesk.store.models import AuditChainRecord, AuditEventRecord

GENESIS = "0" * 64
HEAD_ID = 1
_VERIFY_BATCH = 2000


@dataclass(frozen=True, slots=True)
class EventFields:
    """What the hash covers, as stored."""

    seq: int
    occurred_at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str
    client_id: int | None
    detail: str


def canonical(fields: EventFields) -> bytes:
    """A fixed encoding of the fields: JSON of a list in a fixed order, UTF-8."""
    values = [
        fields.seq,
        fields.occurred_at.isoformat(timespec="microseconds"),
        fields.user_id,
        fields.username,
        fields.action,
        fields.entity,
        fields.entity_id,
        fields.client_id,
        fields.detail,
    ]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(previous: str, fields: EventFields) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(fields)).hexdigest()


def fields_of(record: AuditEventRecord) -> EventFields:
    return EventFields(
        seq=record.seq,
        occurred_at=record.occurred_at,
        user_id=record.user_id,
        username=record.username,
        action=record.action,
        entity=record.entity,
        entity_id=record.entity_id,
        client_id=record.client_id,
        detail=record.detail,
    )


def next_link(session: Session) -> tuple[int, str]:
    """Take the next place in the chain: (its seq, the previous event's hash)."""
    row = session.execute(
        update(AuditChainRecord)
        .where(AuditChainRecord.id == HEAD_ID)
        .values(seq=AuditChainRecord.seq + 1)
        .returning(AuditChainRecord.seq, AuditChainRecord.head_hash)
    ).one()
    return int(row.seq), str(row.head_hash)


def set_head(session: Session, seq: int, head_hash: str) -> None:
    session.execute(
        update(AuditChainRecord)
        .where(AuditChainRecord.id == HEAD_ID, AuditChainRecord.seq == seq)
        .values(head_hash=head_hash)
    )


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What ``verify`` found: how many events it checked, and the first broken one if any."""

    checked: int
    broken_id: int | None = None
    broken_seq: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_seq is None and not self.reason


def _events(session: Session) -> Iterator[AuditEventRecord]:
    last = 0
    while True:
        batch = session.scalars(
            select(AuditEventRecord)
            .where(AuditEventRecord.seq > last)
            .order_by(AuditEventRecord.seq)
            .limit(_VERIFY_BATCH)
        ).all()
        if not batch:
            return
        yield from batch
        last = batch[-1].seq
        session.expunge_all()


def verify(session: Session) -> ChainReport:
    """Walk the chain from its start; the reasons are English (the CLI and screen word them)."""
    previous, expected_seq, checked = GENESIS, 1, 0
    for record in _events(session):
        if record.seq != expected_seq:
            return ChainReport(checked, record.id, record.seq, "missing-before")
        if record.hash != event_hash(previous, fields_of(record)):
            return ChainReport(checked, record.id, record.seq, "hash-mismatch")
        previous, expected_seq, checked = record.hash, expected_seq + 1, checked + 1
    head = session.get(AuditChainRecord, HEAD_ID)
    if head is None or head.seq != expected_seq - 1 or head.head_hash != previous:
        return ChainReport(checked, None, None, "head-mismatch")
    return ChainReport(checked)
