"""Finding widgets the way a person does: by accessible name or by the text on a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def named(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one visible-or-not widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def message_under(root: QWidget, field: str) -> str:
    """The text of the message shown under the field called ``field`` ('' when hidden)."""
    label = named(root, f"{field} message", QLabel)
    assert isinstance(label, QLabel)
    return label.text() if label.isVisible() else ""


def press(qtbot, root: QWidget, text: str) -> None:
    """Click the visible button that reads ``text`` (mnemonic ampersands ignored)."""
    found = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.text().replace("&", "") == text
    ]
    assert len(found) == 1, f"{len(found)} visible buttons reading {text!r}"
    qtbot.mouseClick(found[0], Qt.MouseButton.LeftButton)


def type_into(qtbot, root: QWidget, field: str, text: str) -> None:
    widget = named(root, field)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
