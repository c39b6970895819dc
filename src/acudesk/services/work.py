"""The unit of work a service method runs in: one session, one commit, then one announcement.

A service opens ``with self._work(actor) as work:``, writes through ``work.session``, says
what it changed with ``work.changed(...)``, and returns. The helper commits, and only after
the commit publishes the collected ``Changes`` on the change bus; a refused or failed write
rolls back and announces nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from acudesk.domain.changes import NO_CHANGES, Changes
from acudesk.domain.users import User
from acudesk.services.changes import ChangeBus
from acudesk.services.clock import Clock, system_clock
from acudesk.store.engine import Database


class Work:
    """One user action in progress: its session, who acts, the clock, and what it changed."""

    def __init__(self, session: Session, actor: User | None, clock: Clock) -> None:
        self.session = session
        self.actor = actor
        self.clock = clock
        self.changes = NO_CHANGES

    def changed(self, changes: Changes) -> None:
        """Add to what this action announces once it has committed."""
        self.changes = self.changes | changes


class Service:
    """What every service holds: the database, the clock and the change bus."""

    def __init__(
        self, db: Database, clock: Clock = system_clock, bus: ChangeBus | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._bus = bus if bus is not None else ChangeBus()

    @contextmanager
    def _work(self, actor: User | None = None) -> Iterator[Work]:
        """One transaction; what it changed is published after the commit, never before."""
        with self._db.unit_of_work() as session:
            work = Work(session, actor, self._clock)
            yield work
        self._bus.publish(work.changes)
