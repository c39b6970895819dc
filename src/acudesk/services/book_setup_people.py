"""Setting up when people and places can be booked: practitioners' working hours (with their
breaks) per location, a practitioner's time off, and a location's closures and holidays.

Time off is the one set-up record that may be removed: no appointment points to it.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.book_setup import TIME_OFF, WORKING_HOURS, TimeOff, WorkingHours
from acudesk.domain.book_time import Span, WeeklyHours
from acudesk.domain.errors import ConflictError, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, Role, User
from acudesk.services.book_setup_common import BOOK_CHANGED
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_models import LocationRecord, TimeOffRecord, WorkingHoursRecord
from acudesk.store.models import UserRecord

_BOOKABLE = (Role.PRACTITIONER.value, Role.ADMIN.value)


class PeopleSetupService(Service):
    def working_hours(self, actor: User, location_id: int) -> list[WorkingHours]:
        """Each bookable person's hours at the location (version 0 where none are saved)."""
        with self._read_as(actor, Permission.BOOK) as session:
            saved = {
                record.user_id: record
                for record in session.scalars(
                    select(WorkingHoursRecord).where(WorkingHoursRecord.location_id == location_id)
                )
            }
            people = session.scalars(
                select(UserRecord.id)
                .where(UserRecord.active.is_(True), UserRecord.role.in_(_BOOKABLE))
                .order_by(UserRecord.display_name)
            )
            return [
                _hours(saved[user_id])
                if user_id in saved
                else WorkingHours(user_id, location_id, None)
                for user_id in people
            ]

    def save_working_hours(self, actor: User, value: WorkingHours) -> WorkingHours:
        """Save a person's hours over the version loaded (0: none were saved then)."""
        with self._work(actor, Permission.MANAGE_CLINIC, what=WORKING_HOURS) as work:
            _require(work.session, value.user_id, value.location_id)
            key = (value.user_id, value.location_id)
            record = work.session.get(WorkingHoursRecord, key)
            if record is None and value.version:
                raise WORKING_HOURS.not_found()
            if record is not None:
                if record.version != value.version:
                    raise ConflictError.saved_elsewhere(WORKING_HOURS.words())
            else:
                record = WorkingHoursRecord(user_id=value.user_id, location_id=value.location_id)
                work.session.add(record)
            record.hours = queries.hours_to_json(value.hours)
            work.session.flush()
            work.audit(AuditAction.UPDATE, "working_hours", entity_id=_key(value))
            work.changed(BOOK_CHANGED)
            return _hours(record)

    def set_working_hours(
        self, actor: User, user_id: int, location_id: int, hours: WeeklyHours | None
    ) -> None:
        """Set a person's hours whatever was saved before (the demo clinic, scripts)."""
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            _require(work.session, user_id, location_id)
            record = work.session.get(WorkingHoursRecord, (user_id, location_id))
            if record is None:
                record = WorkingHoursRecord(user_id=user_id, location_id=location_id)
                work.session.add(record)
            record.hours = queries.hours_to_json(hours)
            work.session.flush()
            work.audit(AuditAction.UPDATE, "working_hours", entity_id=f"{user_id}@{location_id}")
            work.changed(BOOK_CHANGED)

    def time_off(self, actor: User, location_id: int) -> list[TimeOff]:
        """The location's closures and every person's time off, latest first."""
        with self._read_as(actor, Permission.BOOK) as session:
            records = session.scalars(
                select(TimeOffRecord)
                .where(
                    or_(
                        TimeOffRecord.location_id == location_id, TimeOffRecord.user_id.is_not(None)
                    )
                )
                .order_by(TimeOffRecord.starts_at.desc(), TimeOffRecord.id)
            )
            return [_time_off(record) for record in records]

    def add_time_off(
        self,
        actor: User,
        span: Span,
        *,
        user_id: int | None = None,
        location_id: int | None = None,
        reason: str = "",
    ) -> TimeOff:
        """A practitioner away (user_id) or, with only location_id, the location closed."""
        if (user_id is None) == (location_id is None):
            raise ValueError("time off is for a practitioner or for a location")
        return self.save_time_off(actor, TimeOff(span, user_id, location_id, reason))

    def save_time_off(self, actor: User, value: TimeOff) -> TimeOff:
        """Add time off (``value.id`` None) or save it over the version loaded."""
        _check_span(value.span)
        reason = _reason(value.reason)
        if value.user_id is None and value.location_id is None:
            raise ValidationError(
                {"who": translate("book", "Choose a practitioner or a location.")}
            )
        with self._work(actor, Permission.MANAGE_CLINIC, what=TIME_OFF) as work:
            if value.id is None:
                record = TimeOffRecord()
                work.session.add(record)
            else:
                record = work.edit(TimeOffRecord, value.id, value.version, what=TIME_OFF)
            record.user_id = value.user_id
            record.location_id = value.location_id if value.user_id is None else None
            record.starts_at = queries.naive(value.span.start)
            record.ends_at = queries.naive(value.span.end)
            record.reason = reason
            work.session.flush()
            action = AuditAction.CREATE if value.id is None else AuditAction.UPDATE
            work.audit(action, record, record.reason)
            work.changed(BOOK_CHANGED)
            return _time_off(record)

    def remove_time_off(self, actor: User, value: TimeOff) -> None:
        """Remove time off entered by mistake (or cancelled), if unchanged since loaded."""
        with self._work(actor, Permission.MANAGE_CLINIC, what=TIME_OFF) as work:
            record = work.edit(TimeOffRecord, value.id or 0, value.version, what=TIME_OFF)
            work.audit(AuditAction.DELETE, record, record.reason)
            work.session.delete(record)
            work.session.flush()
            work.changed(BOOK_CHANGED)


def _require(session: Session, user_id: int, location_id: int) -> None:
    person = session.get(UserRecord, user_id)
    if person is None or not person.active or person.role not in _BOOKABLE:
        raise ValidationError({"practitioner": translate("book", "Choose a practitioner.")})
    if session.get(LocationRecord, location_id) is None:
        raise ValidationError({"location": translate("book", "Choose a location.")})


def _check_span(span: Span) -> None:
    if span.end <= span.start:
        raise ValidationError({"end": translate("book", "Time off must end after it starts.")})


def _key(value: WorkingHours) -> str:
    return f"{value.user_id}@{value.location_id}"


def _hours(record: WorkingHoursRecord) -> WorkingHours:
    return WorkingHours(
        record.user_id, record.location_id, queries.hours_from_json(record.hours), record.version
    )


def _time_off(record: TimeOffRecord) -> TimeOff:
    return TimeOff(
        Span(queries.aware(record.starts_at), queries.aware(record.ends_at)),
        record.user_id,
        record.location_id,
        record.reason,
        record.id,
        record.version,
    )


def _reason(value: str) -> str:
    reason = " ".join(value.split())
    if len(reason) > 200:
        raise ValidationError({"reason": translate("book", "A reason is at most 200 characters.")})
    return reason
