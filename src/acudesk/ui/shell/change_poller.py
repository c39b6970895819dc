"""Asks every few seconds what other workstations changed (services.change_watch), so that
their bookings, arrivals and sessions reach this one's change bus and every open screen
refreshes as after a change made here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from acudesk.domain.changes import Changes

POLL_MS = 3000


class ChangePoller(QObject):
    def __init__(
        self, poll: Callable[[], Changes], parent: QObject | None = None, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self._poll = poll
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._poll()  # marks where this workstation starts listening
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        self._poll()  # publishes on the bus; the relay brings it to the screens
