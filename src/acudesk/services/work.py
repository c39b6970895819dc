"""The unit of work a service method runs in: one session, one commit, then one announcement.

A service method reads like this::

    with self._work(actor) as work:
        record = work.edit(ClientRecord, loaded.id, loaded.version, what=CLIENT)
        record.notes = notes
        work.audit(AuditAction.UPDATE, record, "notes")
        work.changed(Changes.of(clients=[record.id]))
        return to_client(record)

The helper commits, and only after the commit publishes the collected ``Changes`` on the
change bus; a refused or failed write rolls back and announces nothing. A save that lost a
race with another computer (``StaleDataError`` from the version column, ``IntegrityError``
from a unique key) comes out as one ``ConflictError`` whose message says who saved what when.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import NO_CHANGES, Changes
from acudesk.domain.errors import RECORD, AcudeskError, ConflictError, Subject
from acudesk.domain.users import Permission, User
from acudesk.services.changes import ChangeBus
from acudesk.services.clock import Clock, system_clock
from acudesk.services.guard import AccountChanged, require_current
from acudesk.store.audit import add_event, entity_of, last_change
from acudesk.store.engine import Database
from acudesk.store.models import Base, ClientRecord

R = TypeVar("R", bound=Base)


@dataclass(frozen=True, slots=True)
class _Watched:
    """The record a unit of work edits, to explain a conflict on it."""

    kind: type[Base]
    id: int
    what: Subject
    differences: Callable[[Any], Sequence[str]] | None


class Work:
    """One user action in progress: its session, who acts, the clock, and what it changed."""

    def __init__(self, session: Session, actor: User | None, clock: Clock, what: Subject) -> None:
        self.session = session
        self.actor = actor
        self.clock = clock
        self.what = what
        self.changes = NO_CHANGES
        self.watched: _Watched | None = None

    def changed(self, changes: Changes) -> None:
        """Add to what this action announces once it has committed."""
        self.changes = self.changes | changes

    def audit(
        self,
        action: AuditAction,
        entity: Base | str,
        detail: str = "",
        *,
        entity_id: object = None,
        username: str | None = None,
        client_id: int | None = None,
    ) -> None:
        """Add an audit event to this transaction, by the acting user, at the clock's time.

        ``entity`` is a record (its kind and id are written, and the client it belongs to) or
        an entity name with an optional ``entity_id`` and ``client_id``; ``username`` names
        who acted when nobody is signed in.
        """
        if isinstance(entity, str):
            name, ident = entity, "" if entity_id is None else entity_id
        else:
            name = entity_of(type(entity))
            ident = getattr(entity, "id", "") if entity_id is None else entity_id
            if client_id is None:
                client_id = entity.id if isinstance(entity, ClientRecord) else None
                client_id = getattr(entity, "client_id", client_id)
        actor = self.actor
        add_event(
            self.session,
            occurred_at=self.clock(),
            user_id=actor.id if actor else None,
            username=(actor.username if actor else username) or "",
            action=action,
            entity=name,
            entity_id=ident,
            detail=detail,
            client_id=client_id,
        )

    def edit(
        self,
        kind: type[R],
        record_id: int,
        loaded_version: int,
        *,
        what: Subject,
        differences: Callable[[R], Sequence[str]] | None = None,
    ) -> R:
        """The record the person loaded, refused if someone saved it since they loaded it.

        ``what`` names it in messages (errors.CLIENT); ``differences`` lists, for the current
        record, what differs from what the person loaded (shown in the conflict message).
        """
        self.watch(kind, record_id, what=what, differences=differences)
        record = self.session.get(kind, record_id)
        if record is None:
            raise what.not_found()
        if getattr(record, "version", None) != loaded_version:
            raise conflict(self.session, self.watched, self.clock)
        return record

    def watch(
        self,
        kind: type[R],
        record_id: int,
        *,
        what: Subject,
        differences: Callable[[R], Sequence[str]] | None = None,
    ) -> None:
        """Name the record this action changes, so that losing a race on it is explained."""
        self.watched = _Watched(kind, record_id, what, differences)
        self.what = what


def conflict(session: Session, watched: _Watched | None, clock: Clock) -> AcudeskError:
    """The error for a save someone else made first: who, when, and what they changed."""
    if watched is None:
        return ConflictError.at_the_same_moment(RECORD.words())
    current = session.get(watched.kind, watched.id)
    if current is None:
        return watched.what.not_found()
    last = last_change(session, entity_of(watched.kind), watched.id)
    changed = list(watched.differences(current)) if watched.differences else []
    return ConflictError.saved_elsewhere(
        watched.what.words(),
        by=last.by if last else None,
        at=last.at if last else None,
        changed=changed,
        today=clock().date(),
    )


class Service:
    """What every service holds: the database, the clock and the change bus."""

    def __init__(
        self, db: Database, clock: Clock = system_clock, bus: ChangeBus | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._bus = bus if bus is not None else ChangeBus()

    @contextmanager
    def _work(
        self,
        actor: User | None = None,
        permission: Permission | None = None,
        *,
        what: Subject = RECORD,
    ) -> Iterator[Work]:
        """One transaction: commit, then publish what changed; a lost race is a ConflictError.

        With an ``actor``, the account is checked as it is now, in this transaction: active,
        the same role, and holding ``permission`` (None: any active account).
        ``what`` names what is saved (errors.PROTOCOL) for a clash on a unique key.
        """
        work: Work | None = None
        try:
            with self._db.unit_of_work() as session:
                if actor is not None:
                    self._check(session, actor, permission)
                work = Work(session, actor, self._clock, what)
                yield work
        except StaleDataError as error:
            # The row's version moved between our read and our write: explain it from a
            # fresh read, since this transaction is gone.
            with self._db.read_only() as session:
                raise conflict(session, work.watched if work else None, self._clock) from error
        except IntegrityError as error:
            raise ConflictError.at_the_same_moment((work.what if work else what).words()) from error
        self._bus.publish(work.changes)

    @contextmanager
    def _read_as(self, actor: User, permission: Permission) -> Iterator[Session]:
        """A read-only session, once the account as it is now holds ``permission``."""
        with self._db.read_only() as session:
            self._check(session, actor, permission)
            yield session

    def _check(self, session: Session, actor: User, permission: Permission | None) -> None:
        try:
            require_current(session, actor, permission)
        except AccountChanged:
            # Every window of this account signs out (the shell listens for this).
            self._bus.publish(Changes.of(signed_out=[actor.id]))
            raise
