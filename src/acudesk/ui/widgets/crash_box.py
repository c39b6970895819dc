"""The one message for an error nothing caught: plain words and where the report is."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from acudesk.services.crash import Shower, install_crash_handler
from acudesk.ui.i18n import translate

_open: list[QMessageBox] = []


def crash_text(path: Path | None) -> str:
    text = translate(
        "CrashBox",
        "Something went wrong inside acudesk. What you were doing may not have been saved: "
        "check it, and try again.",
    )
    if path is None:
        return text
    where = translate(
        "CrashBox",
        "A report for whoever looks after acudesk, without health data, is in:\n{path}",
    )
    return f"{text}\n\n{where.format(path=path)}"


def crash_box(path: Path | None) -> None:
    """Shown on the GUI thread only (a thread's error is reported on stderr and in a file)."""
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("CrashBox", "acudesk hit a problem"),
        crash_text(path),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("crashBox")
    _open.append(box)  # not blocking: the app carries on when it can
    box.finished.connect(lambda _result: _open.remove(box))
    box.open()


@contextmanager
def crash_handler(show: Shower) -> Iterator[None]:
    """The hooks while the app runs; the ones before it afterwards (tests run many apps)."""
    before = sys.excepthook, threading.excepthook
    install_crash_handler(show)
    try:
        yield
    finally:
        sys.excepthook, threading.excepthook = before
