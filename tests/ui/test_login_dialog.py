"""Signing in: wrong passwords, lockout, the right password, and the demo accounts box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget

from acudesk.domain.users import MAX_FAILED_ATTEMPTS
from acudesk.services.demo import seed_demo
from acudesk.ui.access.login_dialog import LoginDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.widgets import message_under, named, press, type_into


@pytest.fixture
def login(qtbot, services, admin):
    dialog = LoginDialog(services.users, services.clinic)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot, dialog, username, password):
    named(dialog, "Username").clear()
    named(dialog, "Password").clear()
    type_into(qtbot, dialog, "Username", username)
    type_into(qtbot, dialog, "Password", password)
    press(qtbot, dialog, "Sign in")


def test_the_clinic_name_is_shown(login):
    assert named(login, "Clinic name").text() == "Willow Clinic"


def test_a_wrong_password_is_explained_under_the_field(qtbot, login):
    sign_in(qtbot, login, "owner", "not the password")

    assert "Wrong username or password" in message_under(login, "Password")
    assert named(login, "Password").text() == ""
    assert named(login, "Username").text() == "owner"
    assert login.result() != QDialog.DialogCode.Accepted
    assert login.user is None


def test_too_many_wrong_passwords_lock_the_account(qtbot, login):
    for _ in range(MAX_FAILED_ATTEMPTS):
        sign_in(qtbot, login, "owner", "not the password")
    assert "locked" in message_under(login, "Password")

    sign_in(qtbot, login, "owner", ADMIN_PASSWORD)  # even the right one waits now
    assert "locked" in message_under(login, "Password")
    assert login.user is None


def test_the_right_password_signs_in(qtbot, login, admin):
    with qtbot.waitSignal(login.signed_in) as signal:
        sign_in(qtbot, login, "Owner", ADMIN_PASSWORD)

    assert login.result() == QDialog.DialogCode.Accepted
    assert login.user == admin
    assert signal.args == [admin]


def test_no_demo_accounts_on_a_real_clinic(login):
    assert not named(login, "Demo accounts").isVisible()


def test_a_demo_database_lists_its_accounts_and_a_click_fills_them_in(qtbot, services, db):
    seed_demo(db, 0)
    dialog = LoginDialog(services.users, services.clinic)
    qtbot.addWidget(dialog)
    dialog.show()

    assert named(dialog, "Demo accounts").isVisible()
    table = named(dialog, "Demo accounts list", QTableWidget)
    assert isinstance(table, QTableWidget)
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows == services.clinic.demo_passwords()
    assert len(rows) == 3

    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "reception")
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert named(dialog, "Username").text() == "reception"

    press(qtbot, dialog, "Sign in")
    assert dialog.user is not None
    assert dialog.user.username == "reception"
