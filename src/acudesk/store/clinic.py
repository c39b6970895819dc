"""The clinic row (one per database).

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.clinic import ClinicDetails
from acudesk.store.models import ClinicRecord


def clinic_record(session: Session) -> ClinicRecord | None:
    return session.scalars(select(ClinicRecord).order_by(ClinicRecord.id).limit(1)).first()


def to_details(record: ClinicRecord) -> ClinicDetails:
    return ClinicDetails(
        record.name, record.address, record.phone, record.is_demo, version=record.version
    )
