"""Intake rows: row → domain mapping, the latest and every intake of a client, a new row.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from acudesk.domain.intake import Consent, Intake, IntakeData, SkinAssessment, client_allergies
from acudesk.domain.intake_codec import (
    health_to_dict,
    procedures_from_list,
    skin_from_dict,
    skin_to_dict,
)
from acudesk.store.models import IntakeRecord


def to_intake(record: IntakeRecord) -> Intake:
    health = record.health
    data = IntakeData(
        taken_on=record.taken_on,
        conditions=tuple(health.get("conditions", ())),
        condition_details=dict(health.get("condition_details", {})),
        medications=tuple(health.get("medications", ())),
        allergies=tuple(health.get("allergies", ())),
        procedures=procedures_from_list(health.get("procedures")),
        skin=skin_from_dict(record.skin),
        consent=Consent(
            record.consent_treatment,
            record.consent_photos,
            record.signed_on,
            bytes(record.signature_png or b""),
        ),
    )
    return Intake(
        record.id, record.client_id, record.version, data, record.recorded_by, record.recorded_at
    )


def newest_first(client_id: int) -> Select[IntakeRecord]:
    """The client's intakes, the latest assessment first."""
    return (
        select(IntakeRecord)
        .where(IntakeRecord.client_id == client_id)
        .order_by(IntakeRecord.taken_on.desc(), IntakeRecord.id.desc())
    )


def latest_intake(session: Session, client_id: int) -> IntakeRecord | None:
    return session.scalars(newest_first(client_id).limit(1)).first()


def oldest_first(session: Session, client_id: int) -> list[Intake]:
    """Every intake of the client in the order they were taken (for the record format)."""
    rows = session.scalars(
        select(IntakeRecord)
        .where(IntakeRecord.client_id == client_id)
        .order_by(IntakeRecord.taken_on, IntakeRecord.id)
    )
    return [to_intake(r) for r in rows]


def next_intake_seq(session: Session, client_id: int) -> int:
    """The number the client's next intake takes (1 for the first)."""
    top = session.scalar(
        select(func.max(IntakeRecord.seq)).where(IntakeRecord.client_id == client_id)
    )
    return (top or 0) + 1


def add_intake(
    session: Session,
    client_id: int,
    data: IntakeData,
    *,
    recorded_by_id: int | None,
    recorded_by: str,
    recorded_at: datetime,
    seq: int | None = None,
) -> IntakeRecord:
    """Insert an intake row as given (callers check permission and validate). ``seq`` is the
    number read before checking what the intake was based on (the next one when not given):
    another intake saved meanwhile holds it, and the unique index refuses this one."""
    record = IntakeRecord(
        client_id=client_id,
        seq=next_intake_seq(session, client_id) if seq is None else seq,
        taken_on=data.taken_on,
        recorded_at=recorded_at,
        recorded_by_id=recorded_by_id,
        recorded_by=recorded_by,
        health=health_to_dict(data),
        skin=skin_to_dict(data.skin),
        consent_treatment=data.consent.treatment,
        consent_photos=data.consent.photos,
        signed_on=data.consent.signed_on,
        signature_png=data.consent.signature_png,
    )
    session.add(record)
    session.flush()
    return record


def client_skin(
    session: Session, client_id: int
) -> tuple[IntakeRecord | None, SkinAssessment, tuple[str, ...]]:
    """The client's latest intake, its skin assessment and the allergies products must avoid
    (an empty assessment when there is no intake)."""
    record = latest_intake(session, client_id)
    if record is None:
        return None, SkinAssessment(), ()
    data = to_intake(record).data
    return record, data.skin, client_allergies(data.allergies, data.conditions)
