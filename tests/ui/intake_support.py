"""Shared by the intake UI tests: a client, a signature drawn with the mouse, the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from acudesk.domain.clients import ClientInput
from acudesk.domain.users import Role
from acudesk.ui.widgets.signature_pad import SignaturePad


@pytest.fixture
def reception(make_user):
    return make_user("rita", Role.RECEPTION)


@pytest.fixture
def client(services, admin):
    return services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))


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


def open_dialog(qtbot, services, user, client, start=None):
    from acudesk.ui.intake.intake_dialog import IntakeDialog

    dialog = IntakeDialog(services, user, client.id, client.display_name, start)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
