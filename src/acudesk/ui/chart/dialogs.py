"""The editor's small dialogs: confirming a cautioned point, a note, a needle count.

All open window-modal with ``open()`` and answer through a callback, so the chart never sits
inside a nested event loop (and tests can find the dialog and answer it like a person).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.chart import MAX_NEEDLES_PER_PLACEMENT, NOTE_MAX
from acudesk.domain.point_cautions import PointCaution
from acudesk.domain.points import Point
from acudesk.ui.i18n import translate


class CautionDialog(QDialog):
    """Shows why a point is cautioned for this client and asks for the reason to go ahead."""

    def __init__(
        self, point: Point, cautions: list[PointCaution], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("CautionDialog", "Caution: {code} {pinyin}").format(
                code=point.code, pinyin=point.pinyin
            )
        )
        self.setAccessibleName(translate("CautionDialog", "Point caution"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = QLabel(
            translate(
                "CautionDialog", "{code} {pinyin} ({english}) is cautioned for this client"
            ).format(code=point.code, pinyin=point.pinyin, english=point.english)
        )
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        layout.addWidget(title)
        messages = "".join(f"<li>{html.escape(c.message)}</li>" for c in cautions)
        listing = QLabel(f"<ul style='margin-left:-20px'>{messages}</ul>")
        listing.setAccessibleName(translate("CautionDialog", "Caution messages"))
        listing.setWordWrap(True)
        layout.addWidget(listing)
        ask = QLabel(
            translate("CautionDialog", "To place a needle here, say why it is appropriate today:")
        )
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("CautionDialog", "Reason"))
        self.reason.setPlaceholderText(
            translate("CautionDialog", "e.g. discussed with the client; shallow needling")
        )
        self.reason.setMaxLength(NOTE_MAX)
        ask.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("CautionDialog", "Place needle"))
        ok.setStyleSheet("min-width: 120px;")  # the sheet sizes it with the regular, not bold, font
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._on_reason_text_changed)

    def _on_reason_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def reason_text(self) -> str:
        return self.reason.text().strip()


def ask_note(parent: QWidget, current: str, done: Callable[[str], None]) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("ChartDialogs", "Note on the chart"))
    dialog.setLabelText(translate("ChartDialogs", "Note:"))
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(current)
    dialog.setAccessibleName(translate("ChartDialogs", "Note on the chart"))
    dialog.textValueSelected.connect(lambda text: done(text.strip()[:NOTE_MAX]))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_needles(parent: QWidget, current: int, done: Callable[[int], None]) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("ChartDialogs", "Needles at this spot"))
    dialog.setLabelText(translate("ChartDialogs", "Needles:"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1, MAX_NEEDLES_PER_PLACEMENT)
    dialog.setIntValue(current)
    dialog.setAccessibleName(translate("ChartDialogs", "Needles at this spot"))
    dialog.intValueSelected.connect(done)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(parent: QWidget, title: str, text: str, yes: str, done: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if box.clickedButton() is go:
            done()

    box.finished.connect(finished)
    box.open()
    return box
