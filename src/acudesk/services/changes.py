"""The change bus: one object, made by the composition root, that carries ``Changes``.

Services publish after a commit; screens subscribe. It is plain Python so services and the
command line use it without Qt; the GUI wraps it so that delivery happens on Qt's thread.
A subscriber that raises does not stop the others (the error is re-raised once all ran).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from acudesk.domain.changes import Changes

Subscriber = Callable[[Changes], None]
Unsubscribe = Callable[[], None]


class ChangeBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Unsubscribe:
        """Call ``subscriber`` with every change from now on; returns how to stop."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        failure: BaseException | None = None
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception as error:  # one bad screen must not starve the rest
                failure = failure or error
        if failure is not None:
            raise failure

    def __len__(self) -> int:
        return len(self._subscribers)
