"""Fixtures for the Qt tests: the change relay every window of one test shares, English, and
no window of an earlier test left open.

Every UI test starts in English, as acudesk does on an English computer: acudesk's English
catalogue (the singular of "%n minutes") installed, no Italian left over from another test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

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


@pytest.fixture(autouse=True)
def _no_windows_left_open(qapp):
    """Remove the windows a test left showing (after qtbot has closed the ones it was given).

    A dialog parented to a closed window stays on screen, with its timers and the services of
    its test; the next test would find it among the top-level widgets (a message box that a
    test means to read and close, say) and its timers would fire against a database that is
    gone. Hidden and deleted, not closed: a close could ask "Save changes?" with nobody there.
    """
    yield
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
