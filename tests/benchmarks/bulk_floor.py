"""The floor of a bulk write of clients: the rows one database holds, written into an empty
one in a single transaction by the store's fastest path (COPY on PostgreSQL, executemany on
SQLite). The CSV import and the demo generator are both measured against it."""

from __future__ import annotations

import time

from sqlalchemy import select

from acudesk.store.clients import INSERT_COLUMNS, insert_clients
from acudesk.store.engine import Database
from acudesk.store.models import ClientRecord


def bulk_insert_floor(written: Database, empty: Database, expected: int) -> float:
    """Milliseconds to write ``written``'s client rows (``expected`` of them) into ``empty``;
    both databases are closed afterwards."""
    with written.read_only() as session:
        columns = [ClientRecord.__table__.c[n] for n in INSERT_COLUMNS]
        rows = [dict(r._mapping) for r in session.execute(select(*columns))]
    assert len(rows) == expected
    started = time.perf_counter()
    with empty.unit_of_work() as session:
        insert_clients(session, rows)
    ms = (time.perf_counter() - started) * 1000
    written.dispose()
    empty.dispose()
    return ms


def bulk_name(backend: str) -> str:
    return "COPY" if backend == "postgresql" else "executemany"
