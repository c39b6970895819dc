"""The main window: status bar, navigation by role, backup, lock and About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from acudesk import __version__
from acudesk.config import data_dir
from acudesk.domain.users import Role
from acudesk.services.demo import seed_demo
from acudesk.ui.access.lock_dialog import LockDialog
from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog
from acudesk.ui.shell.about_dialog import AboutDialog
from acudesk.ui.shell.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.ui.widgets import message_under, named, press, type_into


@pytest.fixture
def window(qtbot, services, admin, relay):
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def nav_entries(window) -> list[str]:
    nav = named(window, "Navigation", QListWidget)
    return [nav.item(i).text() for i in range(nav.count())]


def test_title_and_status_bar_say_who_and_where(window, db):
    assert window.windowTitle() == "acudesk — Willow Clinic"
    assert named(window, "Signed in as").text() == "Signed in as Olivia Owner (Admin)"
    assert named(window, "Database").text() == db.info.description
    assert str(db.info.path) in named(window, "Database").text()


def test_home_shows_the_clinic_and_the_client_count(qtbot, services, db, relay):
    seed_demo(db, 12, clock=services.clock)
    user = services.clinic.demo_user("reception")
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    window.show()

    assert window.windowTitle() == "acudesk — Lotus Demo Clinic (demo)"
    assert named(window, "Clinic name", QLabel).text() == "Lotus Demo Clinic"
    assert named(window, "Number of clients", QLabel).text() == "12"
    assert named(window, "Signed-in user", QLabel).text() == "Demo Reception"
    assert nav_entries(window)[0] == "Home"
    assert "Users" not in nav_entries(window)  # reception does not manage users


def test_an_administrator_can_open_users(qtbot, window):
    assert "Users" in nav_entries(window)
    nav = named(window, "Navigation", QListWidget)
    item = nav.item(nav_entries(window).index("Users"))
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert named(window, "Users list").isVisible()


def test_back_up_now_writes_a_copy_and_says_where(qtbot, window, db):
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    backups = list((db.info.path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].stat().st_size > 0
    assert str(backups[0]) in window.statusBar().currentMessage()


def lock_dialog(window) -> LockDialog:
    dialog = window.findChild(LockDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_l_locks_until_the_same_password_is_given(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = lock_dialog(window)
    assert window.is_locked()
    assert not named(window, "Navigation").isVisible()
    assert "Olivia Owner" in named(dialog, "Locked by").text()

    type_into(qtbot, dialog, "Password", "not the password")
    press(qtbot, dialog, "Unlock")
    assert message_under(dialog, "Password") == "Wrong password."
    assert window.is_locked()

    qtbot.keyClick(named(dialog, "Password"), Qt.Key.Key_Escape)  # Escape does not get past it
    assert dialog.isVisible()

    type_into(qtbot, dialog, "Password", ADMIN_PASSWORD)
    press(qtbot, dialog, "Unlock")
    assert not window.is_locked()
    assert named(window, "Navigation").isVisible()
    assert named(window, "Signed in as").text().startswith("Signed in as")


def test_sign_out_from_the_locked_screen(qtbot, window):
    window.lock()
    with qtbot.waitSignal(window.signed_out):
        press(qtbot, lock_dialog(window), "Sign out")


def test_about_shows_the_version_and_the_database(qtbot, window, db):
    window.action("aboutAction").trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert named(about, "Version").text() == __version__
    assert named(about, "Database").text() == db.info.description
    assert named(about, "Data folder").text() == str(data_dir())
    assert "Qt 6" in named(about, "Qt version").text()
    assert "Python 3" in named(about, "Python version").text()


def test_settings_screen_only_for_administrators(qtbot, window, services, make_user, relay):
    assert nav_entries(window)[-2:] == ["Settings", "Audit log"]
    reception = MainWindow(services, make_user("rita", Role.RECEPTION), relay)
    qtbot.addWidget(reception)
    assert "Settings" not in nav_entries(reception)
    nav = named(window, "Navigation", QListWidget)
    nav.setCurrentRow(nav_entries(window).index("Settings"))
    assert named(window, "Phone region").isVisible()


def test_import_from_the_file_menu_refreshes_the_lists(qtbot, window, services, tmp_path):
    nav = named(window, "Navigation", QListWidget)
    nav.setCurrentRow(nav_entries(window).index("Clients"))
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(ImportClientsDialog)
    assert dialog is not None and dialog.isVisible()
    path = tmp_path / "c.csv"
    path.write_text("First Name,Last Name\nAnna,Rossi\n", encoding="utf-8")
    dialog.load_file(path)
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert "Imported 1 client." in window.statusBar().currentMessage()
    table = named(window, "Clients list")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
