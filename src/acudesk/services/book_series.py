"""Changing a course booked as a series: this session and the following ones, at once.

Under the location's booking lock, like every booking: all the sessions move (or are
cancelled) in one transaction, each audited, or none does.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.appointments import Appointment, AppointmentStatus, status_change_refusal
from acudesk.domain.audit import AuditAction
from acudesk.domain.book_rules import Slot
from acudesk.domain.book_series import (
    FOLLOWING_STATUSES,
    SeriesClash,
    SeriesProblem,
    check_series,
    shifted,
    wall_offset,
)
from acudesk.domain.changes import Changes
from acudesk.domain.errors import APPOINTMENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.appointment_steps import change_status
from acudesk.services.work import Service, Work
from acudesk.store import book as queries
from acudesk.store.book_models import AppointmentRecord, LocationRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord


class BookSeriesService(Service):
    def following(self, actor: User, loaded: Appointment) -> list[Appointment]:
        """The later sessions of ``loaded``'s series still ahead (booked or confirmed), in
        time order; [] for an appointment booked on its own."""
        with self._read_as(actor, Permission.BOOK) as session:
            return [_appointment(session, r) for r in _following(session, loaded)]

    def move_following(
        self,
        actor: User,
        loaded: Appointment,
        start: datetime,
        *,
        minutes: int | None = None,
        room_id: int | None = None,
        practitioner_id: int | None = None,
    ) -> list[Appointment]:
        """Move ``loaded`` to ``start`` and each following session by the same wall-clock
        offset (``minutes``, ``room_id``, ``practitioner_id`` given: the same for all); or,
        when any would clash, none (SeriesClash naming each)."""
        _movable(loaded)
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            queries.lock_book(work.session, loaded.location_id)
            first = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            records = [first, *_following(work.session, loaded)]
            zone = _zone(work.session, first.location_id)
            offset = wall_offset(queries.aware(first.starts_at), start, zone)
            slots = [
                _moved(work.session, r, shifted(queries.aware(r.starts_at), offset, zone), minutes)
                for r in records
            ]
            slots = [
                Slot(
                    s.start,
                    s.service,
                    practitioner_id if practitioner_id is not None else s.practitioner_id,
                    room_id if room_id is not None else s.room_id,
                    s.device_id,
                    s.appointment_id,
                )
                for s in slots
            ]
            world = queries.world_for(work.session, first.location_id, slots)
            problems = [
                SeriesProblem(_appointment(work.session, record), slot.start, found)
                for record, (slot, found) in zip(records, check_series(slots, world), strict=True)
                if found
            ]
            if problems:
                raise SeriesClash(problems)
            for record in records:  # all old times freed first: one may take another's
                queries.drop_holds(work.session, record.id)
            work.session.flush()
            for record, slot in zip(records, slots, strict=True):
                record.starts_at = queries.naive(slot.start)
                record.ends_at = queries.naive(slot.end)
                record.room_id, record.practitioner_id = slot.room_id, slot.practitioner_id
                queries.write_holds(work.session, record.id, slot)
                when = slot.start.isoformat(timespec="minutes")
                work.audit(AuditAction.UPDATE, record, f"moved with its series to {when}")
            return self._done(work, records)

    def cancel_following(
        self, actor: User, loaded: Appointment, reason: str = ""
    ) -> list[Appointment]:
        """Cancel ``loaded`` and the following sessions of its series by the day's rules (a
        late cancellation marked as one), each audited."""
        refusal = status_change_refusal(loaded.status, AppointmentStatus.CANCELLED)
        if refusal:
            raise ValidationError({"status": refusal})
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            first = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            records = [first, *_following(work.session, loaded)]
            for record in records:
                change_status(work, record, AppointmentStatus.CANCELLED, reason)
            return self._done(work, records)

    def _done(self, work: Work, records: list[AppointmentRecord]) -> list[Appointment]:
        work.changed(Changes.of(appointments=[record.id for record in records]))
        work.session.flush()
        return [_appointment(work.session, record) for record in records]


def _movable(loaded: Appointment) -> None:
    if not loaded.status.holds_time or loaded.status is AppointmentStatus.COMPLETED:
        raise ValidationError(
            {"start": translate("book", "A cancelled or completed appointment stays where it was.")}
        )


def _following(session: Session, loaded: Appointment) -> list[AppointmentRecord]:
    if loaded.series_id is None:
        return []
    return list(
        session.scalars(
            select(AppointmentRecord)
            .where(
                AppointmentRecord.series_id == loaded.series_id,
                AppointmentRecord.id != loaded.id,
                AppointmentRecord.starts_at > queries.naive(loaded.start),
                AppointmentRecord.status.in_([s.value for s in FOLLOWING_STATUSES]),
            )
            .order_by(AppointmentRecord.starts_at, AppointmentRecord.id)
        )
    )


def _zone(session: Session, location_id: int) -> ZoneInfo:
    location = session.get(LocationRecord, location_id)
    assert location is not None  # an appointment's location is a foreign key
    return ZoneInfo(location.zone)


def _moved(
    session: Session, record: AppointmentRecord, start: datetime, minutes: int | None
) -> Slot:
    """The appointment as the rules see it, at ``start`` (and ``minutes`` long, if given)."""
    service = session.get(ServiceTypeRecord, record.service_type_id)
    assert service is not None
    slot = queries.slot_of(record, queries.to_service(service))
    if minutes is not None:
        slot = Slot(
            slot.start,
            slot.service.resized(minutes),
            slot.practitioner_id,
            slot.room_id,
            slot.device_id,
            slot.appointment_id,
        )
    return slot.moved_to(start)


def _appointment(session: Session, record: AppointmentRecord) -> Appointment:
    service = session.get(ServiceTypeRecord, record.service_type_id)
    client = session.get(ClientRecord, record.client_id)
    assert service is not None and client is not None
    return queries.to_appointment(record, service.name, f"{client.first_name} {client.last_name}")
