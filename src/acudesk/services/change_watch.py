"""Changes made on other workstations, brought onto this one's change bus.

Every write is audited, and the audit chain numbers its events in commit order
(store/audit_chain.py), so "the write events after the last one seen" is an exact and cheap
change marker: one range of the unique index on ``seq``, whatever the log's length. A poll
turns them into one ``Changes`` (which appointments, sessions, clients...) and publishes it,
so every open screen refreshes as it does after a change made here. Writes of this
workstation come round too; screens refresh on them once more, which is harmless.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.exc import OperationalError

from acudesk.domain.changes import NO_CHANGES, Changes
from acudesk.services.client_import import MARKER
from acudesk.services.work import Service
from acudesk.store.day import last_event, writes_since

_BOOK_SETUP = frozenset(
    {"location", "room", "service", "device", "time_off", "working_hours", "book_setup"}
)
# Entities whose id is the id a screen follows, by the Changes field that carries it.
_BY_ID = {
    "appointment": "appointments",
    "client": "clients",
    "product": "products",
    "protocol": "protocols",
    "user": "users",
    "waitlist": "waitlist",
    "reminder": "reminders",
}
_EVERYTHING = frozenset({MARKER})  # a CSV import: every screen reloads, as it does here


def changes_of(events: Iterable[tuple[int, str, str, int | None]]) -> Changes:
    """What a run of audited writes (seq, entity, entity id, client id) changed."""
    found: dict[str, set[int]] = {}
    settings: set[str] = set()
    book = clinic = everything = False

    def add(kind: str, value: object) -> None:
        if value is not None and str(value).isdigit():
            found.setdefault(kind, set()).add(int(str(value)))

    for _seq, entity, entity_id, client_id in events:
        if entity in _BY_ID:
            add(_BY_ID[entity], entity_id)
            everything = everything or (entity == "client" and not str(entity_id).isdigit())
        elif entity == "session":
            add("sessions", entity_id)
            add("session_clients", client_id)
        elif entity in ("handout", "course"):
            add("session_clients", client_id)
        elif entity == "intake":
            add("intakes", client_id)
        elif entity == "draft":
            add("drafts", client_id)
        elif entity == "settings" and entity_id:
            settings.add(entity_id)
        book = book or entity in _BOOK_SETUP
        clinic = clinic or entity == "clinic"
        everything = everything or entity in _EVERYTHING
    return Changes.of(
        **found,
        settings=settings,
        book=book,
        clinic=clinic,
        everything=everything,
    )


RELOAD = Changes.of(everything=True)


class ChangeWatchService(Service):
    """Polled every few seconds by the app (ui/shell/change_poller.py)."""

    _seen: int | None = None

    def poll(self) -> Changes:
        """Publish, and return, what was written since the last poll (nothing at the first:
        it only marks where to start)."""
        try:
            with self._db.read_only() as session:
                if self._seen is None:
                    self._seen = last_event(session)
                    return NO_CHANGES
                newest = last_event(session)
                events = writes_since(session, self._seen) if newest > self._seen else []
        except OperationalError:  # the server away for a moment: the next poll catches up
            return NO_CHANGES
        if newest < self._seen:  # a restore put back a shorter log: start again from its end
            self._seen = newest
            self._bus.publish(RELOAD)
            return RELOAD
        if not events:
            return NO_CHANGES
        self._seen = events[-1][0]
        changes = changes_of(events)
        self._bus.publish(changes)
        return changes
