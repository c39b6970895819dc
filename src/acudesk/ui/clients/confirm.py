"""Asking before typing is thrown away: a window-modal question that never blocks the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from acudesk.ui.i18n import translate


def confirm_discard(
    parent: QWidget, name: str, title: str, text: str, discard: str, then: Callable[[], None]
) -> QMessageBox:
    """Ask; run ``then`` only when the person presses ``discard`` ("Keep editing" is default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName(name)
    discard_button = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
    keep = translate("ConfirmDiscard", "Keep editing")
    box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_clicked(button: QAbstractButton) -> None:
        if button is discard_button:
            then()

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
