"""Booking: one appointment or a whole course, checked and written so none double-books.

Every booking of a location runs under that location's lock (store.book.lock_book): the check
reads every committed booking and the write follows before anyone else may check. On
PostgreSQL the exclusion constraint of migration 0008 refuses an overlap even so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from acudesk.domain.appointments import (
    LATE_CANCEL_KEY,
    Appointment,
    AppointmentStatus,
    BookingClash,
    BookingRequest,
    CourseClash,
    validate_late_cancel_hours,
)
from acudesk.domain.audit import AuditAction
from acudesk.domain.book_course import (
    ALTERNATIVES_WITHIN,
    Occurrence,
    next_free,
    occurrences,
    plan_course,
)
from acudesk.domain.book_rules import Slot, clashes
from acudesk.domain.book_timers import RunningTimer, timers_on_book
from acudesk.domain.changes import Changes
from acudesk.domain.errors import APPOINTMENT, ValidationError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.appointment_steps import change_status, clean_notes
from acudesk.services.book_requests import in_room, request_slot, request_zone
from acudesk.services.guard import require
from acudesk.services.work import Service, Work
from acudesk.store import book as queries
from acudesk.store.book_models import (
    AppointmentRecord,
    LocationRecord,
    ServiceTypeRecord,
)
from acudesk.store.retention import running_timers
from acudesk.store.settings import put_settings
from acudesk.store.waitlist import record_freed


def book_locked(work: Work, request: BookingRequest) -> Appointment:
    """Check and book one appointment in ``work``, which holds the location's booking lock;
    BookingClash with the next free slot when the time is not free (the waitlist books so)."""
    notes = clean_notes(request.notes)
    slot = request_slot(work.session, request)
    world = queries.world_for(work.session, request.location_id, [slot])
    found = clashes(slot, world)
    if found:
        raise BookingClash(found, _offer(work.session, request, slot))
    record = BookService._write(work, request, slot, notes, series_id=None)
    return queries.read_appointment(work.session, record)


class BookService(Service):
    def between(
        self, actor: User, location_id: int, start: datetime, end: datetime
    ) -> list[Appointment]:
        """The location's appointments starting in [start, end) (aware datetimes)."""
        with self._read_as(actor, Permission.BOOK) as session:
            return queries.appointments_between(session, location_id, start, end)

    def retention_timers(
        self, actor: User, location_id: int, appointments: Sequence[Appointment]
    ) -> dict[int, RunningTimer]:
        """The running needle-retention timers of these appointments' clients, each by the id
        of the appointment it shows on. Not audited: like a status, it holds no clinical note."""
        with self._read_as(actor, Permission.BOOK) as session:
            location = session.get(LocationRecord, location_id)
            if location is None:
                return {}
            timers = running_timers(session, (a.client_id for a in appointments))
            return timers_on_book(appointments, timers, ZoneInfo(location.zone))

    def day_sheet(self, actor: User, location_id: int, day: date, *, by_room: bool = True) -> bytes:
        """The PDF of one location's day, a section per room (or practitioner); audited."""
        from acudesk.services.book_reads import day_sheet_pdf

        with self._work(actor, Permission.BOOK) as work:
            return day_sheet_pdf(work, location_id, day, by_room=by_room)

    def week_sheet(self, actor: User, location_id: int, day: date) -> bytes:
        """The PDF of the whole clinic's week (Monday to Sunday around ``day``); audited."""
        from acudesk.services.book_reads import week_sheet_pdf

        with self._work(actor, Permission.BOOK) as work:
            return week_sheet_pdf(work, location_id, day)

    def check(self, actor: User, request: BookingRequest) -> list[str]:
        """What stops ``request`` from being booked, as messages; [] when it is free."""
        with self._read_as(actor, Permission.BOOK) as session:
            slot = request_slot(session, request)
            world = queries.world_for(session, request.location_id, [slot])
            return [clash.message for clash in clashes(slot, world)]

    def book(self, actor: User, request: BookingRequest) -> Appointment:
        """Book one appointment, or raise BookingClash with the next free slot."""
        require(actor, Permission.BOOK)
        clean_notes(request.notes)
        with self._booking(actor, request.location_id) as work:
            appointment = book_locked(work, request)
        return appointment

    def plan_course(self, actor: User, request: BookingRequest, rule: str) -> list[Occurrence]:
        """The sessions of a course as asked, each free or with its clashes and an alternative."""
        with self._read_as(actor, Permission.BOOK) as session:
            starts = occurrences(request.start, rule, request_zone(session, request))
            template = request_slot(session, request, starts)
            # Alternatives may lie up to a day away: every booking that far around is read.
            around = ALTERNATIVES_WITHIN
            sessions = [template.moved_to(start) for start in starts]
            world = queries.world_around(
                session, request.location_id, sessions, before=around, after=around
            )
            return plan_course(template, rule, world)

    def book_course(
        self, actor: User, request: BookingRequest, starts: Sequence[datetime]
    ) -> list[Appointment]:
        """Book a course at the chosen starts (the plan's, with alternatives accepted): all of
        them or, if any is no longer free, none (CourseClash with a fresh plan of them)."""
        require(actor, Permission.BOOK)
        if not starts:
            raise ValidationError({"repeat": translate("book", "Choose at least one session.")})
        notes = clean_notes(request.notes)
        with self._booking(actor, request.location_id) as work:
            template = request_slot(work.session, request, starts)
            slots = [template.moved_to(start) for start in sorted(starts)]
            world = queries.world_for(work.session, request.location_id, slots)
            plan, current = [], world
            for slot in slots:
                found = tuple(clashes(slot, current))
                plan.append(Occurrence(slot, found, None))
                current = current.with_booking(slot)
            if any(not occurrence.free for occurrence in plan):
                raise CourseClash(plan)
            records = []
            series_id: int | None = None
            for slot in slots:
                record = self._write(work, request, slot, notes, series_id=series_id)
                if series_id is None:
                    series_id = record.series_id = record.id
                records.append(record)
            work.session.flush()
            return [self._read(work, record) for record in records]

    def move(
        self,
        actor: User,
        loaded: Appointment,
        start: datetime,
        *,
        minutes: int | None = None,
        room_id: int | None = None,
        practitioner_id: int | None = None,
    ) -> Appointment:
        """Move (or, with ``minutes``, resize) an appointment; BookingClash if it would clash.

        ``room_id``/``practitioner_id`` given move it to that column; None keeps its own.
        """
        require(actor, Permission.BOOK)
        if not loaded.status.holds_time or loaded.status is AppointmentStatus.COMPLETED:
            raise ValidationError(
                {
                    "start": translate(
                        "book", "A cancelled or completed appointment stays where it was."
                    )
                }
            )
        with self._booking(actor, loaded.location_id) as work:
            record = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            slot = self._moved_slot(work.session, record, start, minutes, room_id, practitioner_id)
            world = queries.world_for(work.session, record.location_id, [slot])
            found = clashes(slot, world)
            if found:
                raise BookingClash(found, _next_free(work.session, record.location_id, slot))
            record_freed(work.session, record, "moved", work.clock())
            record.starts_at = queries.naive(slot.start)
            record.ends_at = queries.naive(slot.end)
            record.room_id, record.practitioner_id = slot.room_id, slot.practitioner_id
            queries.drop_holds(work.session, record.id)
            queries.write_holds(work.session, record.id, slot)
            work.audit(
                AuditAction.UPDATE, record, f"moved to {slot.start.isoformat(timespec='minutes')}"
            )
            work.changed(Changes.of(appointments=[record.id]))
            work.session.flush()
            return self._read(work, record)

    def check_move(
        self,
        actor: User,
        loaded: Appointment,
        start: datetime,
        *,
        minutes: int | None = None,
        room_id: int | None = None,
        practitioner_id: int | None = None,
    ) -> list[str]:
        """What would stop the move, as messages ([] when free): the live check of a drag."""
        with self._read_as(actor, Permission.BOOK) as session:
            record = session.get(AppointmentRecord, loaded.id)
            if record is None:
                raise APPOINTMENT.not_found()
            slot = self._moved_slot(session, record, start, minutes, room_id, practitioner_id)
            world = queries.world_for(session, record.location_id, [slot])
            return [clash.message for clash in clashes(slot, world)]

    def _moved_slot(
        self,
        session: Session,
        record: AppointmentRecord,
        start: datetime,
        minutes: int | None,
        room_id: int | None,
        practitioner_id: int | None,
    ) -> Slot:
        service_record = session.get(ServiceTypeRecord, record.service_type_id)
        assert service_record is not None
        service = queries.to_service(service_record)
        if minutes is None:
            minutes = int((record.ends_at - record.starts_at).total_seconds() // 60)
        service = service.resized(minutes)
        return Slot(
            start,
            service,
            practitioner_id if practitioner_id is not None else record.practitioner_id,
            room_id if room_id is not None else record.room_id,
            record.device_id,
            record.id,
        )

    def set_status(
        self, actor: User, loaded: Appointment, status: AppointmentStatus, reason: str = ""
    ) -> Appointment:
        """Move an appointment along its day (arrived, completed, cancelled...), audited.

        The day's rules decide where it lands (domain.appointments.next_status): a
        cancellation within the clinic's late-cancellation hours is a late one, a no-show
        only after the start, and only the allowed steps."""
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            record = work.edit(AppointmentRecord, loaded.id, loaded.version, what=APPOINTMENT)
            change_status(work, record, status, reason)
            work.session.flush()
            return self._read(work, record)

    def late_cancel_hours(self, actor: User) -> int:
        """The clinic's rule: a cancellation this many hours or fewer before is late."""
        with self._read_as(actor, Permission.BOOK) as session:
            return queries.late_cancel_hours(session)

    def set_late_cancel_hours(self, actor: User, hours: int) -> int:
        require(actor, Permission.MANAGE_CLINIC)
        problem = validate_late_cancel_hours(hours)
        if problem:
            raise ValidationError({"late_cancel_hours": problem})
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            changed = put_settings(work.session, {LATE_CANCEL_KEY: str(hours)})
            work.changed(Changes.of(settings=changed))
            work.audit(AuditAction.UPDATE, "settings", f"{hours} h", entity_id=LATE_CANCEL_KEY)
            return hours

    @contextmanager
    def _booking(self, actor: User, location_id: int) -> Iterator[Work]:
        """A unit of work under the location's booking lock. A race the lock cannot see (a
        second server writing directly) meets PostgreSQL's constraint: a ConflictError."""
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            queries.lock_book(work.session, location_id)
            yield work

    @staticmethod
    def _write(
        work: Work, request: BookingRequest, slot: Slot, notes: str, series_id: int | None
    ) -> AppointmentRecord:
        record = AppointmentRecord(
            client_id=request.client_id,
            service_type_id=request.service_id,
            location_id=request.location_id,
            practitioner_id=slot.practitioner_id,
            room_id=slot.room_id,
            device_id=slot.device_id,
            starts_at=queries.naive(slot.start),
            ends_at=queries.naive(slot.end),
            status=AppointmentStatus.BOOKED.value,
            notes=notes,
            series_id=series_id,
            booked_by=work.actor.id if work.actor else None,
            booked_at=work.clock(),
        )
        work.session.add(record)
        work.session.flush()
        queries.write_holds(work.session, record.id, slot)
        work.audit(AuditAction.CREATE, record, slot.start.isoformat(timespec="minutes"))
        work.changed(Changes.of(appointments=[record.id]))
        return record

    def _read(self, work: Work, record: AppointmentRecord) -> Appointment:
        return queries.read_appointment(work.session, record)


NEXT_FREE_WITHIN = timedelta(days=14)  # how far a clash's "next free time" is looked for


def _offer(session: Session, asked: BookingRequest, slot: Slot) -> Slot | None:
    """The next free time to offer for a clash: the slot's room's, or when the book was to
    pick the room, the earliest of any room's."""
    rooms: Sequence[int | None] = [slot.room_id]
    if asked.any_room and asked.room_id is None:
        rooms = queries.rooms_in_order(session, asked.location_id) or rooms
    offers = [_next_free(session, asked.location_id, in_room(slot, room)) for room in rooms]
    return min((o for o in offers if o is not None), key=lambda o: o.start, default=None)


def _next_free(session: Session, location_id: int, slot: Slot) -> Slot | None:
    """The first free slot from ``slot`` on, against every booking up to that far ahead."""
    world = queries.world_around(session, location_id, [slot], after=NEXT_FREE_WITHIN)
    return next_free(slot, world, within=NEXT_FREE_WITHIN)
