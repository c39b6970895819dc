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
from acudesk.services.work import Service
from acudesk.store.day import last_event, writes_since

_BOOK_SETUP = frozenset({"location", "room", "service", "device", "time_off"})


def changes_of(events: Iterable[tuple[int, str, str, int | None]]) -> Changes:
    """What a run of audited writes (seq, entity, entity id, client id) changed."""
    found: dict[str, set[int]] = {}
    settings: set[str] = set()
    book = clinic = False

    def add(kind: str, value: object) -> None:
        if value is not None and str(value).isdigit():
            found.setdefault(kind, set()).add(int(str(value)))

    for _seq, entity, entity_id, client_id in events:
        if entity == "appointment":
            add("appointments", entity_id)
        elif entity == "session":
            add("sessions", entity_id)
            add("session_clients", client_id)
        elif entity in ("handout", "course"):
            add("session_clients", client_id)
        elif entity == "intake":
            add("intakes", client_id)
        elif entity == "draft":
            add("drafts", client_id)
        elif entity == "client":
            add("clients", entity_id)
        elif entity in ("product", "protocol", "user"):
            add(f"{entity}s", entity_id)
        elif entity == "settings" and entity_id:
            settings.add(entity_id)
        book = book or entity in _BOOK_SETUP
        clinic = clinic or entity == "clinic"
    return Changes.of(**found, settings=settings, book=book, clinic=clinic)  # type: ignore[arg-type]


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
                events = writes_since(session, self._seen)
        except OperationalError:  # the server away for a moment: the next poll catches up
            return NO_CHANGES
        if not events:
            return NO_CHANGES
        self._seen = events[-1][0]
        changes = changes_of(events)
        self._bus.publish(changes)
        return changes
