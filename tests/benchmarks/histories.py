"""A client with a long history, for the history-open and record-export benchmarks.

Ten sessions are charted, completed (and every third amended, every fifth given its
aftercare sheet) through the real services; the rest are copies of those rows, a day apart,
written straight into the table, so 5,000 sessions take a second to make.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select

from acudesk.services.demo import seed_demo
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.store.models import SessionAmendmentRecord, TreatmentSessionRecord
from tests.conftest import FakeClock
from tests.services.handouts_support import add_client, completed_session

CHARTED = 10


@dataclass
class History:
    db: Database
    services: Services
    client_ids: dict[int, int]  # sessions -> the client who has that many


def _charted(services: Services, clock: FakeClock, name: str) -> int:
    admin = services.clinic.demo_user("admin")
    practitioner = services.clinic.demo_user("practitioner")
    client = add_client(services, admin, name, "Longhistory")
    for number in range(CHARTED):
        session = completed_session(services, practitioner, client)
        if number % 3 == 1:
            services.sessions.amend(
                practitioner, session, session.data, session.chart, "Notes added afterwards"
            )
        if number % 5 == 0:
            services.handouts.issue(practitioner, session.id)
        clock.advance(days=1)
    return client.id


def _copies(db: Database, client_id: int, sessions: int) -> None:
    table = TreatmentSessionRecord.__table__
    with db.unit_of_work() as session:
        rows = [
            dict(r._mapping)
            for r in session.execute(select(table).where(table.c.client_id == client_id))
        ]
        amended = session.execute(
            select(SessionAmendmentRecord.__table__).where(
                SessionAmendmentRecord.session_id.in_([r["id"] for r in rows])
            )
        ).all()
        copies = []
        for number in range(sessions - len(rows)):
            row = dict(rows[number % len(rows)])
            del row["id"]
            shift = timedelta(days=-(number + 1))
            row["started_at"] = row["started_at"] + shift
            if row["completed_at"] is not None:
                row["completed_at"] = row["completed_at"] + shift
            copies.append(row)
        if copies:
            session.execute(insert(table), copies)
        # Amendments of the copies too, in the same share as among the charted sessions.
        new_ids = list(
            session.scalars(
                select(table.c.id).where(table.c.client_id == client_id).order_by(table.c.id)
            )
        )[len(rows) :]
        if amended and new_ids:
            first = dict(amended[0]._mapping)
            del first["id"]
            every = max(1, len(rows) // len(amended))
            extra = [{**first, "session_id": i} for i in new_ids[::every]]
            session.execute(insert(SessionAmendmentRecord.__table__), extra)


def make_histories(url: str, sizes: list[int]) -> History:
    """A demo clinic in ``url`` with one client for each number of sessions in ``sizes``."""
    clock = FakeClock()
    db = open_database(url).db
    seed_demo(db, 20, clock=clock)
    services = build_services(db, clock)
    services.products.ensure_house_catalogue()
    ids = {}
    for size, name in zip(sizes, ["Anna", "Bea", "Cara", "Dora", "Elsa"], strict=False):
        client_id = _charted(services, clock, name)
        _copies(db, client_id, size)
        ids[size] = client_id
    return History(db, services, ids)
