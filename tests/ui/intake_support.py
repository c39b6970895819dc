"""Shared by the intake UI tests: a client, widget look-ups by accessible name, real input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

from acudesk.domain.clients import ClientInput
from acudesk.domain.users import Role
from acudesk.ui.widgets.signature_pad import SignaturePad


@pytest.fixture
def reception(make_user):
    return make_user("rita", Role.RECEPTION)


@pytest.fixture
def client(services, admin):
    return services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))


def by_name(root: QWidget, name: str) -> QWidget:
    """The one widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def button(root: QWidget, text: str) -> QAbstractButton:
    """A button by the text a person reads on it (mnemonic ampersands ignored)."""
    found = [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.text().replace("&", "") == text
    ]
    assert len(found) == 1, f"{len(found)} visible buttons reading {text!r}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    """Click where a person would: on the box of a check/radio button, else the middle."""
    if isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(8, widget.height() // 2)
    else:
        pos = widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def sign(qtbot, pad: SignaturePad) -> None:
    """A two-stroke squiggle drawn with the mouse."""
    for stroke in (
        [(40, 100), (70, 60), (100, 110), (130, 55), (160, 105)],
        [(190, 90), (230, 70), (270, 95)],
    ):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[0]))
        for x, y in stroke[1:]:
            qtbot.mouseMove(pad, QPoint(x, y))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[-1]))


def active_box_button(text: str) -> QAbstractButton:
    widget = QApplication.activeModalWidget()
    assert widget is not None, "no dialog is asking anything"
    return button(widget, text)


def open_dialog(qtbot, services, user, client, start=None):
    from acudesk.ui.intake.intake_dialog import IntakeDialog

    dialog = IntakeDialog(services, user, client.id, client.display_name, start)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
