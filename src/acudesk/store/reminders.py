"""Queries of the reminders: appointments a reminder may be due for, and the outbox.

Nothing here commits. Times leave this module aware (appointments in UTC); the outbox's own
times (queued, sent) are the services' clock, as the audit log's are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, not_, or_, select
from sqlalchemy.orm import Session, aliased

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.reminder_setup import ReminderSetup, setup_from_json
from acudesk.domain.reminders import (
    CLAIM_LAPSES,
    MessageStatus,
    OutboxMessage,
    ReminderConsent,
    ReminderKind,
)
from acudesk.store.book import aware, naive
from acudesk.store.book_models import AppointmentRecord, LocationRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord, SettingRecord, UserRecord
from acudesk.store.reminder_models import ReminderMessageRecord

SETUP_KEY = "reminders"  # the setting row that holds the reminders' set-up (JSON)


def load_setup(session: Session) -> tuple[ReminderSetup, int]:
    """The reminders' set-up and the version of its row (0: never saved, the defaults)."""
    row = session.get(SettingRecord, SETUP_KEY)
    if row is None:
        return ReminderSetup(), 0
    try:
        return setup_from_json(json.loads(row.value)), row.version
    except (ValueError, TypeError, KeyError):
        return ReminderSetup(), row.version  # a damaged row sends nothing rather than fail


@dataclass(frozen=True, slots=True)
class DueCandidate:
    """An appointment a reminder may be due for, with all a reminder says about it."""

    appointment_id: int
    client_id: int
    status: AppointmentStatus
    start: datetime  # aware UTC
    booked_at: datetime  # naive, the clock's (local) time
    zone: ZoneInfo
    client: str
    client_full_name: str
    email: str
    phone: str
    language: str
    consent: ReminderConsent
    service: str
    practitioner: str
    location: str


def candidates(
    session: Session,
    after: datetime | None = None,
    until: datetime | None = None,
    *,
    appointment_ids: Sequence[int] | None = None,
) -> list[DueCandidate]:
    """Appointments starting in (after, until] (aware), or those of ``appointment_ids``
    whatever their time, in start order; every status (the rules say which may go)."""
    practitioner = aliased(UserRecord)
    query = (
        select(
            AppointmentRecord,
            ClientRecord,
            ServiceTypeRecord.name,
            LocationRecord.name,
            LocationRecord.zone,
            practitioner.display_name,
        )
        .join(ClientRecord, ClientRecord.id == AppointmentRecord.client_id)
        .join(ServiceTypeRecord, ServiceTypeRecord.id == AppointmentRecord.service_type_id)
        .join(LocationRecord, LocationRecord.id == AppointmentRecord.location_id)
        .outerjoin(practitioner, practitioner.id == AppointmentRecord.practitioner_id)
        .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
    )
    if appointment_ids is not None:
        query = query.where(AppointmentRecord.id.in_(list(appointment_ids)))
    else:
        assert after is not None and until is not None
        query = query.where(
            AppointmentRecord.starts_at > naive(after), AppointmentRecord.starts_at <= naive(until)
        )
    found = []
    for appointment, client, service, location, zone, practitioner_name in session.execute(query):
        found.append(
            DueCandidate(
                appointment.id,
                client.id,
                AppointmentStatus(appointment.status),
                aware(appointment.starts_at),
                appointment.booked_at,
                ZoneInfo(zone),
                client.preferred_name or client.first_name or client.last_name,
                " ".join(p for p in (client.first_name, client.last_name) if p),
                client.email,
                client.phone,
                client.language,
                ReminderConsent(client.reminder_email_since, client.reminder_sms_since),
                service,
                practitioner_name or "",
                location,
            )
        )
    return found


def kinds_in_outbox(session: Session, appointment_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(appointment, kind) pairs that already have a message, whatever its state."""
    if not appointment_ids:
        return set()
    rows = session.execute(
        select(ReminderMessageRecord.appointment_id, ReminderMessageRecord.kind).where(
            ReminderMessageRecord.appointment_id.in_(list(appointment_ids))
        )
    )
    return {(a, k) for a, k in rows}


def to_message(
    record: ReminderMessageRecord, client_name: str, start: datetime, zone: str = "UTC"
) -> OutboxMessage:
    return OutboxMessage(
        id=record.id,
        appointment_id=record.appointment_id,
        client_id=record.client_id,
        client_name=client_name,
        kind=ReminderKind(record.kind),
        recipient=record.recipient,
        subject=record.subject,
        body=record.body,
        status=MessageStatus(record.status),
        reason=record.reason,
        attempts=record.attempts,
        queued_at=record.queued_at,
        sent_at=record.sent_at,
        appointment_start=aware(start).astimezone(ZoneInfo(zone)),
        version=record.version,
        claimed_at=record.claimed_at,
    )


def messages(
    session: Session,
    *,
    status: MessageStatus | None = None,
    ids: Sequence[int] | None = None,
    limit: int = 500,
    now: datetime | None = None,
) -> list[OutboxMessage]:
    """The outbox, newest first, optionally of one status as seen at ``now`` (the clock's):
    a send claimed before ``now - CLAIM_LAPSES`` was interrupted and counts as failed."""
    query = (
        select(
            ReminderMessageRecord,
            ClientRecord.first_name,
            ClientRecord.last_name,
            AppointmentRecord.starts_at,
            LocationRecord.zone,
        )
        .join(ClientRecord, ClientRecord.id == ReminderMessageRecord.client_id)
        .join(AppointmentRecord, AppointmentRecord.id == ReminderMessageRecord.appointment_id)
        .join(LocationRecord, LocationRecord.id == AppointmentRecord.location_id)
        .order_by(ReminderMessageRecord.queued_at.desc(), ReminderMessageRecord.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(_seen_as(status, now))
    if ids is not None:
        query = query.where(ReminderMessageRecord.id.in_(list(ids)))
    return [
        to_message(record, " ".join(p for p in (first, last) if p), start, zone)
        for record, first, last, start, zone in session.execute(query)
    ]


def _seen_as(status: MessageStatus, now: datetime | None) -> ColumnElement[bool]:
    row = ReminderMessageRecord
    if now is None or status not in (MessageStatus.FAILED, MessageStatus.SENDING):
        return row.status == status.value
    lapsed = and_(row.status == MessageStatus.SENDING.value, row.claimed_at <= now - CLAIM_LAPSES)
    if status is MessageStatus.FAILED:
        return or_(row.status == MessageStatus.FAILED.value, lapsed)
    return and_(row.status == MessageStatus.SENDING.value, not_(lapsed))


def queued_ids(session: Session) -> list[int]:
    """The outbox's queued messages, oldest first: what a send run tries."""
    return list(
        session.scalars(
            select(ReminderMessageRecord.id)
            .where(ReminderMessageRecord.status == MessageStatus.QUEUED.value)
            .order_by(ReminderMessageRecord.queued_at, ReminderMessageRecord.id)
        )
    )
