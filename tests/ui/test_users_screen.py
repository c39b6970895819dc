"""Users: add through the dialog, deactivate, reactivate, unlock, reset, and permission."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView

from acudesk.domain.errors import AccountLocked
from acudesk.domain.users import MAX_FAILED_ATTEMPTS, Role
from acudesk.ui.access.add_user_dialog import AddUserDialog
from acudesk.ui.access.reset_password_dialog import ResetPasswordDialog
from acudesk.ui.access.users_screen import UsersScreen
from tests.ui.widgets import message_under, named, press, type_into


@pytest.fixture
def screen(qtbot, services, admin, relay):
    widget = UsersScreen(services.users, admin, relay)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def table_rows(screen) -> list[tuple[str, ...]]:
    table = named(screen, "Users list", QTableView)
    model = table.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def select(qtbot, screen, username: str) -> None:
    table = named(screen, "Users list", QTableView)
    row = [r[0] for r in table_rows(screen)].index(username)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_add_dialog(qtbot, screen) -> AddUserDialog:
    press(qtbot, screen, "Add user…")
    dialog = screen.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_added_user_appears_in_the_table_and_can_sign_in(qtbot, screen, services):
    dialog = open_add_dialog(qtbot, screen)
    type_into(qtbot, dialog, "Name", "Maria Rossi")
    type_into(qtbot, dialog, "Username", "maria")
    combo = named(dialog, "Role", QComboBox)
    combo.setCurrentIndex(combo.findText("Practitioner"))
    type_into(qtbot, dialog, "First password", "needles-and-pins")
    press(qtbot, dialog, "Add user")

    assert ("maria", "Maria Rossi", "Practitioner", "Computer's language", "Active") in table_rows(
        screen
    )
    assert "Maria Rossi can now sign in as maria" in named(screen, "Users message").text()
    user = services.users.sign_in("maria", "needles-and-pins")
    assert user.role is Role.PRACTITIONER


def test_the_add_dialog_keeps_what_was_typed_and_shows_each_problem(qtbot, screen, make_user):
    make_user("maria", Role.RECEPTION)
    dialog = open_add_dialog(qtbot, screen)
    type_into(qtbot, dialog, "Name", "Maria Two")
    type_into(qtbot, dialog, "Username", "maria")
    type_into(qtbot, dialog, "First password", "needles-and-pins")
    press(qtbot, dialog, "Add user")

    assert dialog.isVisible()
    assert "taken" in message_under(dialog, "Username")
    assert named(dialog, "Name").text() == "Maria Two"
    assert named(dialog, "First password").text() == "needles-and-pins"

    named(dialog, "First password").clear()
    type_into(qtbot, dialog, "First password", "short")
    press(qtbot, dialog, "Add user")
    assert "at least 8 characters" in message_under(dialog, "First password")


def test_deactivate_then_reactivate(qtbot, screen, services, make_user):
    make_user("maria", Role.RECEPTION)
    screen.reload()
    select(qtbot, screen, "maria")
    press(qtbot, screen, "Deactivate")

    assert ("maria", "Maria", "Reception", "Computer's language", "Deactivated") in table_rows(
        screen
    )
    assert not next(
        u for u in services.users.list_users(screen._actor) if u.username == "maria"
    ).active

    press(qtbot, screen, "Reactivate")
    assert ("maria", "Maria", "Reception", "Computer's language", "Active") in table_rows(screen)


def test_the_last_administrator_cannot_deactivate_themself(qtbot, screen):
    select(qtbot, screen, "owner")
    press(qtbot, screen, "Deactivate")
    assert "your own account" in named(screen, "Users message").text()
    assert ("owner", "Olivia Owner", "Admin", "Computer's language", "Active") in table_rows(screen)


def test_unlock_lets_a_locked_user_try_again(qtbot, screen, services, make_user):
    make_user("maria", Role.RECEPTION, "password-123")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(Exception):  # noqa: B017 - wrong password, then locked
            services.users.sign_in("maria", "wrong-password")
    with pytest.raises(AccountLocked):
        services.users.sign_in("maria", "password-123")
    screen.reload()
    select(qtbot, screen, "maria")
    press(qtbot, screen, "Unlock")

    assert "unlocked" in named(screen, "Users message").text()
    assert services.users.sign_in("maria", "password-123").username == "maria"


def test_reset_password(qtbot, screen, services, make_user):
    make_user("maria", Role.RECEPTION)
    screen.reload()
    select(qtbot, screen, "maria")
    press(qtbot, screen, "Reset password…")
    dialog = screen.findChild(ResetPasswordDialog)
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog, "New password", "fresh-start-99")
    type_into(qtbot, dialog, "Confirm new password", "fresh-start-98")
    press(qtbot, dialog, "Set password")
    assert "different" in message_under(dialog, "Confirm new password")

    named(dialog, "Confirm new password").clear()
    type_into(qtbot, dialog, "Confirm new password", "fresh-start-99")
    press(qtbot, dialog, "Set password")
    assert not dialog.isVisible()
    assert services.users.sign_in("maria", "fresh-start-99").username == "maria"


def test_a_role_without_the_permission_is_told_so(qtbot, services, make_user, relay):
    reception = make_user("rita", Role.RECEPTION)
    widget = UsersScreen(services.users, reception, relay)
    qtbot.addWidget(widget)
    widget.show()
    assert table_rows(widget) == []
    assert "may not manage user accounts" in named(widget, "Users message").text()
