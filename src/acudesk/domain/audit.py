"""Audit trail entries as the services read them back."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
    SIGN_IN = "sign-in"
    SIGN_IN_FAILED = "sign-in-failed"
    LOCK = "lock"
    UNLOCK = "unlock"
    BACKUP = "backup"
    RESTORE = "restore"
    EXPORT = "export"
    IMPORT = "import"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    occurred_at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    detail: str
    client_id: int | None = None
    id: int = 0
    seq: int = 0  # the place in the hash chain: the order of events


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which events the audit viewer shows; None: any. Days are inclusive."""

    username: str | None = None
    client_id: int | None = None
    action: str | None = None
    start: date | None = None
    end: date | None = None


CSV_HEADER = (
    "id", "occurred_at", "username", "action", "entity", "entity_id", "client_id", "detail",
)  # fmt: skip


def csv_row(entry: AuditEntry) -> list[str]:
    client = "" if entry.client_id is None else str(entry.client_id)
    when = entry.occurred_at.isoformat(sep=" ", timespec="seconds")
    cells = [str(entry.id), when, entry.username, entry.action, entry.entity, entry.entity_id]
    return [*cells, client, entry.detail]
