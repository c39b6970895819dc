"""The clinic row (one per database).

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from acudesk.domain.clinic import ClinicDetails
from acudesk.store.models import ClientRecord, ClinicRecord


def clinic_record(session: Session) -> ClinicRecord | None:
    return session.scalars(select(ClinicRecord).order_by(ClinicRecord.id).limit(1)).first()


def to_details(record: ClinicRecord) -> ClinicDetails:
    return ClinicDetails(
        record.name, record.address, record.phone, record.is_demo, version=record.version
    )


EXACT_COUNT_BELOW = 10_000


def client_count_estimate(session: Session) -> tuple[int, bool]:
    """How many clients there are, and whether that is exact, without reading every row.

    Up to EXACT_COUNT_BELOW the count is exact: it reads at most that many entries of the
    smallest index. Past it, an estimate from what the database keeps anyway: PostgreSQL's
    planner statistics (pg_class.reltuples), or the highest id (an upper bound, a B-tree's
    last entry) where there are none, as on SQLite.
    """
    bounded = select(ClientRecord.id).limit(EXACT_COUNT_BELOW + 1).subquery()
    seen = session.scalar(select(func.count()).select_from(bounded)) or 0
    if seen <= EXACT_COUNT_BELOW:
        return seen, True
    estimate = -1.0
    if session.get_bind().dialect.name == "postgresql":
        estimate = float(
            session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'client'::regclass"))
            or -1.0
        )
    if estimate <= EXACT_COUNT_BELOW:  # never analysed, or statistics from before the rows
        estimate = float(session.scalar(select(func.max(ClientRecord.id))) or 0)
    return max(int(estimate), seen), False
