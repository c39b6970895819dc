"""UI tests share one QApplication: each test starts with no window of an earlier one open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


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
