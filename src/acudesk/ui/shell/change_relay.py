"""The change bus, as a Qt signal: ``changed(Changes)`` delivered on the GUI thread, queued.

The application makes one relay over ``services.bus`` and passes it to every screen. A screen
connects a slot of its own (``relay.changed.connect(self._on_relay_changed)``): Qt then drops
the connection when the screen is deleted, so no change ever reaches a deleted widget.

Delivery is always queued, even from the GUI thread: a publish from a worker thread or a
poller is safe, and a screen never refreshes in the middle of the slot whose service call
published (the form that saved finishes before anything redraws around it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from acudesk.domain.changes import Changes
from acudesk.services.changes import ChangeBus


class ChangeRelay(QObject):
    changed = Signal(object)  # Changes
    _published = Signal(object)  # emitted on whichever thread published

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._published.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._bus = bus
        self._unsubscribe = bus.subscribe(self._on_bus_published)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())  # no bus call into a deleted relay

    def _on_bus_published(self, changes: Changes) -> None:
        self._published.emit(changes)

    def close(self) -> None:
        """Stop relaying (the window that owned it is gone); safe to call twice."""
        self._unsubscribe()
