"""Fixtures for the Qt tests: the change relay every window of one test shares, and English.

Every UI test starts in English, as acudesk does on an English computer: acudesk's English
catalogue (the singular of "%n minutes") installed, no Italian left over from another test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acudesk.services.registry import Services
from acudesk.ui.i18n import install_language
from acudesk.ui.shell.change_relay import ChangeRelay


@pytest.fixture(autouse=True)
def _english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture
def relay(qapp, services: Services) -> Iterator[ChangeRelay]:
    """As the application makes it: one relay over ``services.bus``, for every window."""
    made = ChangeRelay(services.bus)
    yield made
    made.close()
