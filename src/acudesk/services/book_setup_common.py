"""What every set-up edit of the book ends with, and how each record is taken off or put back."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.book_setup import refuse_duplicate
from acudesk.domain.changes import Changes
from acudesk.domain.errors import Subject
from acudesk.services.work import Work
from acudesk.store.book import lock_names
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


def refuse_taken(
    session: Session, kind: type[Base], name: str, own_id: int | None, **within: int
) -> None:
    """A ValidationError when another ``kind`` record (of the same ``within``: location_id=3)
    has ``name`` but for case or accents. Two workstations naming two rooms alike at the same
    moment check one after the other: SQLite's units of work each hold the write lock from
    their start; on PostgreSQL a lock of this set of names, held to the commit."""
    table: Any = kind
    lock_names(session, kind, **within)
    query = select(table.name).where(
        table.id != (own_id or 0), *(getattr(table, k) == v for k, v in within.items())
    )
    refuse_duplicate(name, session.scalars(query))
