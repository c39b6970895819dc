"""Opening a database at start: connect, check the schema, upgrade (copying SQLite aside)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acudesk.services.clock import Clock, system_clock
from acudesk.store.engine import Database
from acudesk.store.migrate import schema_status, upgrade


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    db: Database
    upgraded: bool
    copy: Path | None


def open_database(url: str, clock: Clock = system_clock) -> OpenedDatabase:
    """Connect and bring the schema to head; raises DatabaseUnavailable with a clear message."""
    db = Database(url)
    try:
        db.check_connection()
        if schema_status(db).at_head:
            return OpenedDatabase(db, False, None)
        copy = upgrade(db, clock=clock)
        return OpenedDatabase(db, True, copy)
    except BaseException:
        db.dispose()
        raise
