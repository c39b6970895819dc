"""The app's message for an error nothing caught: plain words, where the report is."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from acudesk.ui.widgets.crash_box import crash_box, crash_handler


def test_an_escaped_error_shows_one_plain_box_naming_the_report(qapp, capsys):
    before = sys.excepthook, threading.excepthook
    with crash_handler(crash_box):
        try:
            raise KeyError("Anna Rossi")
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    assert (sys.excepthook, threading.excepthook) == before  # put back once the app is done
    (box,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashBox"]
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Something went wrong inside acudesk" in box.text()
    assert "crash-reports" in box.text() and "Anna Rossi" not in box.text()
    assert "Traceback" not in capsys.readouterr().err
    box.close()
