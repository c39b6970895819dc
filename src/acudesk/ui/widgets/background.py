"""One slow call (a mail server that may take its time to answer) run off the GUI thread.

The call runs on a worker thread; its result or its error comes back as ``finished(result,
error)`` on the GUI thread, through a queued signal, so the screen stays live meanwhile.
Only calls that open their own database sessions belong here (every service method does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    """Connect ``finished`` to a method of the screen: Qt drops the connection when the
    screen is closed first, and the call then ends unheard."""

    finished = Signal(object, object)  # the call's result (None on error), its error or None
    _running: set[BackgroundCall] = set()  # kept alive until their call is over

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self._thread = threading.Thread(target=self._run, name="background-call", daemon=True)

    def start(self) -> None:
        BackgroundCall._running.add(self)
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the call (closing the window); True once it is over."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result, error = self._call(), None
        except Exception as failed:  # handed to the GUI thread, which shows it
            result, error = None, failed
        self.finished.emit(result, error)
        BackgroundCall._running.discard(self)
