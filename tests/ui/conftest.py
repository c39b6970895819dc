"""Fixtures for the Qt tests: the change relay every window of one test shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acudesk.services.registry import Services
from acudesk.ui.shell.change_relay import ChangeRelay


@pytest.fixture
def relay(qapp, services: Services) -> Iterator[ChangeRelay]:
    """As the application makes it: one relay over ``services.bus``, for every window."""
    made = ChangeRelay(services.bus)
    yield made
    made.close()
