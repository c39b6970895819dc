"""Ctrl+F (the client search) and Ctrl+N (a new client) from every screen and window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from acudesk.ui.clients.clients_screen import ClientsScreen
from acudesk.ui.shell.main_window import MainWindow
from tests.ui import session_support
from tests.ui.widgets import button, named, show_active

practitioner = session_support.practitioner
client = session_support.client


def desk(qtbot, services, user, relay) -> MainWindow:
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def ctrl(qtbot, key) -> None:
    focused = QApplication.focusWidget() or QApplication.activeWindow()
    assert focused is not None
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_f_and_ctrl_n_from_every_screen(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    for name in ("Home", "Products", "Point catalogue", "Users", "Settings"):
        window.show_screen(name)
        ctrl(qtbot, Qt.Key.Key_F)
        clients = window.ui.stack.currentWidget()
        assert isinstance(clients, ClientsScreen), name
        assert named(clients, "Search clients", QLineEdit).hasFocus(), name
    window.show_screen("Home")
    ctrl(qtbot, Qt.Key.Key_N)
    clients = window.ui.stack.currentWidget()
    assert isinstance(clients, ClientsScreen) and clients.page is not None
    assert named(clients.page, "First name", QLineEdit).hasFocus()


def test_ctrl_f_from_settings_with_unsaved_changes_asks_first(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    settings = window.show_screen("Settings")
    named(settings, "Clinic name", QLineEdit).setText("Typed, not saved")
    ctrl(qtbot, Qt.Key.Key_F)
    assert window.ui.stack.currentWidget() is settings  # asked first
    box = settings.findChild(QMessageBox, "unsavedSettingsBox")
    qtbot.mouseClick(button(box, "Discard changes"), Qt.MouseButton.LeftButton)
    assert isinstance(window.ui.stack.currentWidget(), ClientsScreen)


def test_ctrl_f_in_a_session_window_brings_the_search_forward(
    qtbot, services, practitioner, client, relay
):
    window = desk(qtbot, services, practitioner, relay)
    clients = window.show_screen("Clients")
    assert isinstance(clients, ClientsScreen)
    page = clients.open_client(client.id)
    page.ui.tabs.setCurrentWidget(page.sessions_page)
    qtbot.waitUntil(page.sessions_tab.isVisible, timeout=5000)
    session = session_support.new_window(qtbot, page.sessions_tab)

    ctrl(qtbot, Qt.Key.Key_F)

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert clients.page is None  # back on the list
    assert named(clients, "Search clients", QLineEdit).hasFocus()
    session.close()
