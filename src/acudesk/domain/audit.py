"""Audit trail entries as the services read them back."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


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
