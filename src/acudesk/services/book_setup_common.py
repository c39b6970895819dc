"""What every set-up edit of the book ends with, and how each record is taken off or put back."""

from __future__ import annotations

from typing import Any, TypeVar

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import Subject
from acudesk.services.work import Work
from acudesk.store.models import Base

BOOK_CHANGED = Changes.of(book=True)
R = TypeVar("R", bound=Base)


def saved(work: Work, record: Any, action: AuditAction, detail: str) -> None:
    """Write the record, audit it, and announce that the book's set-up changed."""
    work.session.flush()
    work.audit(action, record, detail)
    work.changed(BOOK_CHANGED)


def set_active(
    work: Work, kind: type[R], record_id: int, version: int, what: Subject, active: bool
) -> R:
    """Take a record off the book (what points to it stays), or put it back, over the version
    the person loaded."""
    record = work.edit(kind, record_id, version, what=what)
    record.active = active  # type: ignore[attr-defined]
    saved(work, record, AuditAction.UPDATE, "active" if active else "inactive")
    return record
