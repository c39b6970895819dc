"""The waitlist: clients waiting for a time, offered the time the book frees.

Every method needs the ``book`` permission and every write is audited. ``matches_for`` asks
the domain rule which entries fit a freed slot, then the book's own check which of them
could really be booked there now; ``book`` books one of them under the location's booking
lock, so of two workstations booking the same freed time exactly one succeeds, and marks the
entry booked in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from acudesk.domain.appointments import Appointment, BookingRequest
from acudesk.domain.audit import AuditAction
from acudesk.domain.book_rules import Slot, clashes
from acudesk.domain.changes import Changes
from acudesk.domain.errors import APPOINTMENT, CLIENT, Subject, ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.users import Permission, User
from acudesk.domain.waitlist import (
    FreedSlot,
    WaitlistEntry,
    WaitlistInput,
    WaitlistMatch,
    WaitlistStatus,
    matches,
    placements,
)
from acudesk.services.book import book_locked
from acudesk.services.work import Service, Work
from acudesk.store import book as book_queries
from acudesk.store import waitlist as queries
from acudesk.store.book_models import LocationRecord, ServiceTypeRecord
from acudesk.store.models import ClientRecord, UserRecord
from acudesk.store.waitlist_models import WaitlistEntryRecord

ENTRY = Subject(
    QT_TRANSLATE_NOOP("errors", "this waitlist entry"),
    QT_TRANSLATE_NOOP("errors", "That waitlist entry no longer exists."),
)


@dataclass(frozen=True, slots=True)
class FreedTime:
    """A freed slot of the book and the waitlist entries that could be booked into it."""

    slot: FreedSlot
    matches: tuple[WaitlistMatch, ...]


class WaitlistService(Service):
    def add(self, actor: User, value: WaitlistInput) -> WaitlistEntry:
        """Put a client on the waitlist."""
        checked = value.checked(self._clock().date())
        with self._work(actor, Permission.BOOK, what=ENTRY) as work:
            self._check_refs(work.session, checked)
            record = WaitlistEntryRecord(
                **queries.entry_values(checked),
                status=WaitlistStatus.ACTIVE.value,
                added_by=actor.id,
                added_at=work.clock(),
            )
            work.session.add(record)
            work.session.flush()
            work.audit(AuditAction.CREATE, record, f"until {checked.until}")
            return self._done(work, record)

    def edit(self, actor: User, loaded: WaitlistEntry, value: WaitlistInput) -> WaitlistEntry:
        """Change an entry still waiting; refused if another computer changed it since."""
        checked = value.checked(self._clock().date())
        with self._work(actor, Permission.BOOK, what=ENTRY) as work:
            record = self._waiting(work, loaded)
            self._check_refs(work.session, checked)
            for name, column in queries.entry_values(checked).items():
                setattr(record, name, column)
            work.audit(AuditAction.UPDATE, record, f"until {checked.until}")
            return self._done(work, record)

    def remove(self, actor: User, loaded: WaitlistEntry) -> WaitlistEntry:
        """Take an entry off the waitlist (kept, marked removed)."""
        with self._work(actor, Permission.BOOK, what=ENTRY) as work:
            record = self._waiting(work, loaded)
            record.status = WaitlistStatus.REMOVED.value
            record.closed_at = work.clock()
            work.audit(AuditAction.UPDATE, record, "removed")
            return self._done(work, record)

    def entries(
        self,
        actor: User,
        *,
        service_id: int | None = None,
        practitioner_id: int | None = None,
        client_id: int | None = None,
        waiting_only: bool = True,
    ) -> list[WaitlistEntry]:
        """The waitlist, oldest first: by default only entries still waiting (not booked,
        removed or expired); ``waiting_only=False`` lists every entry."""
        with self._read_as(actor, Permission.BOOK) as session:
            if not waiting_only:
                return queries.entries(
                    session,
                    service_id=service_id,
                    practitioner_id=practitioner_id,
                    client_id=client_id,
                )
            return queries.entries(
                session,
                statuses=[WaitlistStatus.ACTIVE],
                service_id=service_id,
                practitioner_id=practitioner_id,
                client_id=client_id,
                from_day=self._clock().date(),
            )

    def freed_between(
        self, actor: User, location_id: int, start: datetime, end: datetime
    ) -> list[FreedTime]:
        """The time freed at a location in [start, end) that is still free, each piece with
        the waitlist entries that could be booked there now."""
        with self._read_as(actor, Permission.BOOK) as session:
            slots = queries.freed_between(session, location_id, start, end)
            waiting = self._waiting_entries(session) if slots else []
            return [
                FreedTime(slot, tuple(self._bookable(session, slot, waiting))) for slot in slots
            ]

    def matches_for(self, actor: User, slot: FreedSlot) -> list[WaitlistMatch]:
        """The entries still waiting that fit ``slot`` and the book would accept there now,
        who waited longest first."""
        with self._read_as(actor, Permission.BOOK) as session:
            return self._bookable(session, slot, self._waiting_entries(session))

    def book(self, actor: User, match: WaitlistMatch, slot: FreedSlot) -> Appointment:
        """Book the entry's client into the freed slot at the match's start, with the slot's
        room and practitioner (an entry's chosen practitioner only matches their own freed
        time), after the book's normal check; the entry is marked booked. BookingClash when
        the time was taken meanwhile."""
        entry = match.entry
        request = BookingRequest(
            client_id=entry.client_id,
            service_id=entry.service_id,
            location_id=slot.location_id,
            start=match.start,
            practitioner_id=slot.practitioner_id,
            room_id=slot.room_id,
            notes=entry.notes,
        )
        with self._work(actor, Permission.BOOK, what=APPOINTMENT) as work:
            book_queries.lock_book(work.session, slot.location_id)
            record = self._waiting(work, entry)
            appointment = book_locked(work, request)
            record.status = WaitlistStatus.BOOKED.value
            record.appointment_id = appointment.id
            record.closed_at = work.clock()
            work.audit(AuditAction.UPDATE, record, f"booked as appointment {appointment.id}")
            work.changed(Changes.of(waitlist=[record.id]))
            work.session.flush()
            return appointment

    def _waiting_entries(self, session: Session) -> list[WaitlistEntry]:
        return queries.entries(
            session, statuses=[WaitlistStatus.ACTIVE], from_day=self._clock().date()
        )

    def _bookable(
        self, session: Session, slot: FreedSlot, waiting: Sequence[WaitlistEntry]
    ) -> list[WaitlistMatch]:
        location = session.get(LocationRecord, slot.location_id)
        if location is None:
            raise ValidationError({"location": translate("book", "Choose a location.")})
        zone = ZoneInfo(location.zone)
        now = self._clock().replace(tzinfo=zone)
        found = matches(waiting, slot, zone, now)
        if not found:
            return []
        services = book_queries.services_by_id(session, {m.entry.service_id for m in found})
        tried = {
            m.entry.id: [
                Slot(start, services[m.entry.service_id], slot.practitioner_id, slot.room_id)
                for start in placements(m.entry, slot, zone, now)
            ]
            for m in found
        }
        world = book_queries.world_for(session, slot.location_id, list(chain(*tried.values())))
        bookable = []
        for m in found:  # the first start the book accepts, which need not be the earliest
            fit = next((p for p in tried[m.entry.id] if not clashes(p, world)), None)
            if fit is not None:
                bookable.append(WaitlistMatch(m.entry, fit.start))
        return bookable

    def _waiting(self, work: Work, loaded: WaitlistEntry) -> WaitlistEntryRecord:
        record = work.edit(WaitlistEntryRecord, loaded.id, loaded.version, what=ENTRY)
        if record.status != WaitlistStatus.ACTIVE.value:
            raise ValidationError(
                {
                    "entry": translate(
                        "waitlist", "This entry is no longer waiting: it was booked or removed."
                    )
                }
            )
        return record

    def _check_refs(self, session: Session, value: WaitlistInput) -> None:
        if value.client_id is None or session.get(ClientRecord, value.client_id) is None:
            raise CLIENT.not_found()
        service = session.get(ServiceTypeRecord, value.service_id)
        if service is None or not service.active:
            raise ValidationError(
                {"service": translate("waitlist", "Choose the service they wait for.")}
            )
        if value.practitioner_id is not None:
            person = session.get(UserRecord, value.practitioner_id)
            if person is None or not person.active:
                raise ValidationError(
                    {"practitioner": translate("waitlist", "Choose a practitioner who works here.")}
                )

    def _done(self, work: Work, record: WaitlistEntryRecord) -> WaitlistEntry:
        work.changed(Changes.of(waitlist=[record.id]))
        work.session.flush()
        return queries.entries(work.session, ids=[record.id])[0]
