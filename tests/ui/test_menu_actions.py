"""The menus come from one registry of actions: what each role sees, in what order, which keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from acudesk.domain.users import Permission, Role
from acudesk.ui.shell import menu_handlers
from acudesk.ui.shell.actions import ACTIONS, Menu, MenuAction, Missing, actions_in
from acudesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, admin, relay) -> MainWindow:
    shown = MainWindow(services, admin, relay)
    qtbot.addWidget(shown)
    return shown


def entries(menu: QMenu) -> list[str]:
    """What a person reads down the menu, separators as '—'."""
    return ["—" if a.isSeparator() else a.text() for a in menu.actions()]


def test_the_file_menu_in_order_with_its_separators(window):
    file_menu = window.menu(Menu.FILE)
    assert file_menu is not None
    assert entries(file_menu) == [
        "&New client",
        "&Find a client",
        "—",
        "&Import clients…",
        "&Export clients…",
        "—",
        "&Print all of today's handouts…",
        "—",
        "&Back up now",
        "&Restore from a backup…",
        "—",
        "My &preferences…",
        "&Lock",
        "&Sign out",
        "—",
        "&Quit",
    ]


def test_every_shortcut_of_before_the_registry_is_kept(window):
    keys = {
        name: window.action(name).shortcut().toString()
        for name in (
            "importClientsAction",
            "exportClientsAction",
            "printTodaysHandoutsAction",
            "backUpAction",
            "lockAction",
            "quitAction",
        )
    }
    assert keys == {
        "importClientsAction": "Ctrl+Shift+I",
        "exportClientsAction": "Ctrl+Shift+E",
        "printTodaysHandoutsAction": "Ctrl+Shift+P",
        "backUpAction": "Ctrl+Shift+B",
        "lockAction": "Ctrl+L",
        "quitAction": "Ctrl+Q",
    }


def test_new_and_find_client_work_in_every_window(window):
    for name, keys in (("newClientAction", "Ctrl+N"), ("findClientAction", "Ctrl+F")):
        action = window.action(name)
        assert action.shortcut().toString() == keys
        assert action.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut


def test_the_menu_bar_reads_file_clinic_book_help_for_an_administrator(window):
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Clinic", "&Book", "&Help"]
    clinic = window.menu(Menu.CLINIC)
    assert clinic is not None
    assert entries(clinic) == [
        "&Book set-up…",
        "Consent &text…",
        "&Handout texts…",
        "—",
        "&Audit log",
    ]
    assert entries(window.menu(Menu.HELP)) == [
        "&User guide",
        "&Keyboard shortcuts",
        "—",
        "&About acudesk",
    ]


def test_reception_has_no_clinic_menu(qtbot, services, make_user, relay):
    reception = MainWindow(services, make_user("rita", Role.RECEPTION), relay)
    qtbot.addWidget(reception)
    assert [a.text() for a in reception.menuBar().actions()] == ["&File", "&Book", "&Help"]
    assert reception.menu(Menu.CLINIC) is None
    assert "consentTextAction" not in [a.objectName() for a in reception.findChildren(QAction)]


def test_the_book_menu_opens_the_waitlist(qtbot, window):
    assert entries(window.menu(Menu.BOOK)) == ["&Waitlist…"]
    action = window.action("waitlistAction")
    assert action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    from acudesk.ui.book.waitlist_dialog import WaitlistDialog

    qtbot.waitUntil(lambda: window.findChild(WaitlistDialog) is not None)


def test_sign_out_and_quit_do_what_they_say(qtbot, window):
    with qtbot.waitSignal(window.signed_out):
        window.action("signOutAction").trigger()
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.closed):
        window.action("quitAction").trigger()
    assert not window.isVisible()


def test_without_the_permission_an_entry_is_greyed_or_hidden_as_declared(make_user):
    reception = make_user("rita", Role.RECEPTION)
    greyed = MenuAction("a", Menu.FILE, "A", menu_handlers.lock, permission=Permission.MANAGE_USERS)
    hidden = MenuAction(
        "b",
        Menu.FILE,
        "B",
        menu_handlers.lock,
        permission=Permission.MANAGE_USERS,
        missing=Missing.HIDDEN,
    )
    assert greyed.shown_to(reception) and not greyed.allowed(reception)
    assert not hidden.shown_to(reception)
    assert [a.name for a in actions_in(Menu.CLINIC, reception)] == []


def test_names_and_shortcuts_are_unique():
    names = [a.name for a in ACTIONS]
    keys = [a.shortcut for a in ACTIONS if a.shortcut]
    assert len(names) == len(set(names))
    assert len(keys) == len(set(keys))
