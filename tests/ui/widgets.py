"""Finding widgets the way a person does: by accessible name or by the text on a button.

The one home of the widget look-ups the UI tests share; the *_support modules keep only what
belongs to their screens (a client, an open session, a signature).
"""

from __future__ import annotations

from typing import TypeVar, overload

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


@overload
def named(root: QWidget, name: str) -> QWidget: ...
@overload
def named(root: QWidget, name: str, kind: type[W]) -> W: ...
def named(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one widget of ``kind`` (shown or not) under ``root`` accessibly named ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def _visible_buttons(root: QWidget) -> list[tuple[str, QAbstractButton]]:
    """Each visible button under ``root`` with the text a person reads (no mnemonic ``&``)."""
    return [
        (b.text().replace("&", ""), b) for b in root.findChildren(QAbstractButton) if b.isVisible()
    ]


def button(root: QWidget, text: str) -> QAbstractButton:
    """The one visible button under ``root`` that reads ``text``."""
    found = [b for reads, b in _visible_buttons(root) if reads == text]
    assert len(found) == 1, f"{len(found)} visible buttons reading {text!r}"
    return found[0]


def button_texts(root: QWidget) -> list[str]:
    """What the visible buttons under ``root`` read, in no particular order."""
    return [reads for reads, _b in _visible_buttons(root)]


def press(qtbot, root: QWidget, text: str) -> None:
    """Click the visible button that reads ``text``."""
    qtbot.mouseClick(button(root, text), Qt.MouseButton.LeftButton)


def click(qtbot, widget: QWidget) -> None:
    """Click where a person would: on the box of a check/radio button, else the middle."""
    if isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(8, widget.height() // 2)
    else:
        pos = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def message_under(root: QWidget, field: str) -> str:
    """The text of the message shown under the field called ``field`` ('' when hidden)."""
    label = named(root, f"{field} message", QLabel)
    return label.text() if label.isVisibleTo(root) else ""


def type_into(qtbot, root: QWidget, field: str, text: str) -> None:
    widget = named(root, field)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def active_box_button(text: str) -> QAbstractButton:
    """A button on the dialog that is asking something right now."""
    widget = QApplication.activeModalWidget()
    assert widget is not None, "no dialog is asking anything"
    return button(widget, text)


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the active window, so shortcuts and focus behave as on a desk."""
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=10_000)
