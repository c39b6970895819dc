"""The time services use, passed in so tests can move it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time without tz (the clinic works in one place)."""
    return datetime.now().replace(microsecond=0)
