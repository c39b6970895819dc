"""Telling a person something went wrong without a traceback, and the logo pixmap."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A critical message box, opened without blocking (window-modal over ``parent``)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorBox")
    box.open()
    return box


def fatal_error(title: str, message: str) -> None:
    """Before any window exists: a blocking critical box (the app exits after it).

    Also written to stderr, for whoever started acudesk from a terminal or a script.
    """
    print(f"acudesk: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    box.setObjectName("fatalErrorBox")
    box.exec()


def logo_pixmap(size: int) -> QPixmap:
    from acudesk.ui.widgets.theme import app_icon

    return app_icon().pixmap(size, size)


def set_logo(label: QLabel, size: int) -> None:
    label.setPixmap(logo_pixmap(size))
