"""Every menu action of the main window, declared once: where it sits, what it needs, what it runs.

The main window builds its menus from ``ACTIONS`` (Picard's actions registry is the model, as a
table rather than decorators). A feature does not patch the menu bar: it adds a row here and a
handler in ``menu_handlers``, and its dialog stays in its own package, imported when first used.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from acudesk.domain.users import Permission, User
from acudesk.ui.i18n import QT_TRANSLATE_NOOP
from acudesk.ui.shell import menu_handlers as run

if TYPE_CHECKING:
    from acudesk.ui.shell.main_window import MainWindow

Handler = Callable[["MainWindow"], object]


class Menu(enum.Enum):
    """The menus, in menu-bar order; the value is the (English) title."""

    FILE = QT_TRANSLATE_NOOP("MenuActions", "&File")
    CLINIC = QT_TRANSLATE_NOOP("MenuActions", "&Clinic")
    BOOK = QT_TRANSLATE_NOOP("MenuActions", "&Book")
    HELP = QT_TRANSLATE_NOOP("MenuActions", "&Help")


class Missing(enum.Enum):
    """What a user without the action's permission sees."""

    DISABLED = "disabled"  # greyed out: the person learns the command exists
    HIDDEN = "hidden"  # absent (a menu left empty is not shown at all)


@dataclass(frozen=True)
class MenuAction:
    """Texts and tips in English, marked for lupdate; the main window translates them."""

    name: str  # the QAction's objectName: how code and tests find it
    menu: Menu
    text: str
    handler: Handler
    shortcut: str = ""
    tool_tip: str = ""
    status_tip: str = ""
    permission: Permission | None = None
    missing: Missing = Missing.DISABLED
    separator_before: bool = False
    # The shortcut works in every window of acudesk (a session window too), not only here.
    everywhere: bool = False

    def allowed(self, user: User) -> bool:
        return self.permission is None or user.can(self.permission)

    def shown_to(self, user: User) -> bool:
        return self.allowed(user) or self.missing is Missing.DISABLED


ACTIONS: tuple[MenuAction, ...] = (
    MenuAction(
        "newClientAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&New client"),
        run.new_client,
        shortcut="Ctrl+N",
        tool_tip=QT_TRANSLATE_NOOP("MenuActions", "Register a new client, from any screen"),
        permission=Permission.EDIT_CLIENTS,
        missing=Missing.HIDDEN,
        everywhere=True,
    ),
    MenuAction(
        "findClientAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Find a client"),
        run.find_client,
        shortcut="Ctrl+F",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Go to the client search, from any screen or window"
        ),
        permission=Permission.VIEW_CLIENTS,
        missing=Missing.HIDDEN,
        everywhere=True,
    ),
    MenuAction(
        "importClientsAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Import clients…"),
        run.import_clients,
        shortcut="Ctrl+Shift+I",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Add clients from a CSV file saved from a spreadsheet or another system"
        ),
        permission=Permission.TRANSFER_DATA,
        separator_before=True,
    ),
    MenuAction(
        "exportClientsAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Export clients…"),
        run.export_clients,
        shortcut="Ctrl+Shift+E",
        tool_tip=QT_TRANSLATE_NOOP("MenuActions", "Save the whole client list as a CSV file"),
        permission=Permission.TRANSFER_DATA,
    ),
    MenuAction(
        "printTodaysHandoutsAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Print all of today's handouts…"),
        run.print_todays_handouts,
        shortcut="Ctrl+Shift+P",
        status_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Print the aftercare sheet of every session completed today"
        ),
        permission=Permission.PRINT_HANDOUTS,
        separator_before=True,
    ),
    MenuAction(
        "backUpAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Back up now"),
        run.back_up,
        shortcut="Ctrl+Shift+B",
        tool_tip=QT_TRANSLATE_NOOP("MenuActions", "Copy the whole database to the backups folder"),
        permission=Permission.BACK_UP,
        separator_before=True,
    ),
    MenuAction(
        "restoreAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Restore from a backup…"),
        run.restore_from_backup,
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Replace the whole database by a backup (the current one is kept aside)"
        ),
        permission=Permission.RESTORE,
        missing=Missing.HIDDEN,
    ),
    MenuAction(
        "preferencesAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "My &preferences…"),
        run.preferences,
        tool_tip=QT_TRANSLATE_NOOP("MenuActions", "Choose the language acudesk speaks to you in"),
        separator_before=True,
    ),
    MenuAction(
        "lockAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Lock"),
        run.lock,
        shortcut="Ctrl+L",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Hide the screen until you enter your password again"
        ),
    ),
    MenuAction(
        "signOutAction", Menu.FILE, QT_TRANSLATE_NOOP("MenuActions", "&Sign out"), run.sign_out
    ),
    MenuAction(
        "quitAction",
        Menu.FILE,
        QT_TRANSLATE_NOOP("MenuActions", "&Quit"),
        run.quit_app,
        shortcut="Ctrl+Q",
        separator_before=True,
    ),
    MenuAction(
        "bookSetupAction",
        Menu.CLINIC,
        QT_TRANSLATE_NOOP("MenuActions", "&Book set-up…"),
        run.book_setup,
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions",
            "Locations, rooms, devices, services, working hours and time off of the book",
        ),
        permission=Permission.MANAGE_CLINIC,
        missing=Missing.HIDDEN,
    ),
    MenuAction(
        "consentTextAction",
        Menu.CLINIC,
        QT_TRANSLATE_NOOP("MenuActions", "Consent &text…"),
        run.edit_consent_text,
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Edit the informed-consent text clients sign at intake"
        ),
        permission=Permission.MANAGE_CLINIC,
        missing=Missing.HIDDEN,
    ),
    MenuAction(
        "handoutTextsAction",
        Menu.CLINIC,
        QT_TRANSLATE_NOOP("MenuActions", "&Handout texts…"),
        run.edit_handout_texts,
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions",
            "Edit the aftercare advice printed on the handout, in English and Italian",
        ),
        permission=Permission.MANAGE_CLINIC,
        missing=Missing.HIDDEN,
    ),
    MenuAction(
        "auditLogAction",
        Menu.CLINIC,
        QT_TRANSLATE_NOOP("MenuActions", "&Audit log"),
        run.audit_log,
        shortcut="Ctrl+Shift+A",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Who signed in, read or changed what, and whether the log is intact"
        ),
        permission=Permission.VIEW_AUDIT,
        missing=Missing.HIDDEN,
        separator_before=True,
    ),
    MenuAction(
        "waitlistAction",
        Menu.BOOK,
        QT_TRANSLATE_NOOP("MenuActions", "&Waitlist…"),
        run.waitlist,
        shortcut="Ctrl+Shift+W",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "Clients waiting for a time: add, change or remove them"
        ),
        permission=Permission.BOOK,
    ),
    MenuAction(
        "userGuideAction",
        Menu.HELP,
        QT_TRANSLATE_NOOP("MenuActions", "&User guide"),
        run.user_guide,
        shortcut="F1",
        tool_tip=QT_TRANSLATE_NOOP(
            "MenuActions", "How to do your work in acudesk, step by step, with pictures"
        ),
    ),
    MenuAction(
        "shortcutsAction",
        Menu.HELP,
        QT_TRANSLATE_NOOP("MenuActions", "&Keyboard shortcuts"),
        run.keyboard_shortcuts,
        shortcut="Ctrl+/",
        tool_tip=QT_TRANSLATE_NOOP("MenuActions", "Every key that runs a command, on one sheet"),
    ),
    MenuAction(
        "aboutAction",
        Menu.HELP,
        QT_TRANSLATE_NOOP("MenuActions", "&About acudesk"),
        run.about,
        separator_before=True,
    ),
)


def actions_in(menu: Menu, user: User) -> list[MenuAction]:
    """The entries ``user`` sees in ``menu``, in order (enabled or not)."""
    return [a for a in ACTIONS if a.menu is menu and a.shown_to(user)]
