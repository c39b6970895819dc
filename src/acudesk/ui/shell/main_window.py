"""The main window: navigation on the left, the current screen on the right, the menus above."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMenu, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.settings import IDLE_LOCK_KEY
from acudesk.domain.users import User
from acudesk.services.guard import refusal
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_main_window import Ui_MainWindow
from acudesk.ui.i18n import translate
from acudesk.ui.shell.actions import Menu, MenuAction, actions_in
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.database_text import database_text
from acudesk.ui.shell.screen_lock import ScreenLock
from acudesk.ui.shell.screens import ATTACHMENTS, Context, screens_for

STATUS_MESSAGE_MS = 20_000


def window_title(details: ClinicDetails | None) -> str:
    if details is None:
        return "acudesk"
    if details.is_demo:
        return translate("MainWindow", "acudesk — {clinic} (demo)").format(clinic=details.name)
    return translate("MainWindow", "acudesk — {clinic}").format(clinic=details.name)


class MainWindow(QMainWindow):
    """One signed-in user's window. ``signed_out`` asks the application to show the login.

    It is the composition for that user: the menus come from ``actions.ACTIONS``, the screens
    from ``screens.SCREENS``, each given the services it uses and the application's relay.
    """

    signed_out = Signal()
    closed = Signal()
    # The signed-in user changed their preferences (the new User): the app rebuilds the window.
    preferences_saved = Signal(object)

    def __init__(
        self,
        services: Services,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = Context(services, user, relay)
        self.user = user
        self.setWindowTitle(window_title(services.clinic.details()))
        self._screens = {screen.name: screen for screen in screens_for(user)}
        self._built: dict[str, QWidget] = {}
        self.ui.navList.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        for name in self._screens:  # English keys, shown translated
            label = translate("MainWindow", name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.ui.navList.addItem(item)
        self.ui.navList.setCurrentRow(0)

        self._locked = False
        self._leaving_confirmed = False
        self._signing_out = False
        self.signed_in_label = QLabel(self._signed_in_text())
        self.signed_in_label.setAccessibleName(translate("MainWindow", "Signed in as"))
        self.database_label = QLabel(database_text(services.db.info))
        self.database_label.setAccessibleName(translate("MainWindow", "Database"))
        self.ui.statusBar.addWidget(self.signed_in_label)
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self._add_room_timers()
        self._menus: dict[Menu, QMenu] = {}
        self._actions: dict[str, QAction] = {}
        self._build_menus()
        self.screen_lock = ScreenLock(self, services.settings.idle_lock_minutes())
        # Ctrl+L from a session window too: it is one of this window's.
        self.action("lockAction").setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        relay.changed.connect(self._on_relay_changed)

    # Menus, from the registry of actions --------------------------------------------------

    def _build_menus(self) -> None:
        for menu_id in Menu:
            entries = actions_in(menu_id, self.user)
            if not entries:
                continue  # e.g. Clinic, for everyone but administrators
            menu = self.ui.menuBar.addMenu(translate("MenuActions", menu_id.value))
            self._menus[menu_id] = menu
            for entry in entries:
                if entry.separator_before and menu.actions():
                    menu.addSeparator()
                menu.addAction(self._make_action(entry))

    def _make_action(self, entry: MenuAction) -> QAction:
        action = QAction(translate("MenuActions", entry.text), self)
        action.setObjectName(entry.name)
        if entry.shortcut:
            action.setShortcut(QKeySequence(entry.shortcut))
            if entry.everywhere:
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if entry.tool_tip:
            action.setToolTip(translate("MenuActions", entry.tool_tip))
        if entry.status_tip:
            action.setStatusTip(translate("MenuActions", entry.status_tip))
        action.setEnabled(entry.allowed(self.user))
        if entry.permission is not None and not entry.allowed(self.user):
            action.setToolTip(refusal(self.user, entry.permission))  # why it is greyed out
            action.setStatusTip(action.toolTip())
        handler = entry.handler
        action.triggered.connect(lambda: handler(self))
        self._actions[entry.name] = action
        return action

    def action(self, name: str) -> QAction:
        """The menu action whose object name is ``name`` (see ``actions.ACTIONS``)."""
        return self._actions[name]

    def menu(self, menu_id: Menu) -> QMenu | None:
        """The menu, or None when this user has nothing in it."""
        return self._menus.get(menu_id)

    def show_status(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, STATUS_MESSAGE_MS)

    def _add_room_timers(self) -> None:
        """Sessions: every room's retention timer, in the status bar whatever the screen."""
        from acudesk.ui.sessions.retention import RetentionTimers, RoomTimersWidget

        self.retention_timers = RetentionTimers(self.context.services.clock, self)
        self.room_timers_widget = RoomTimersWidget(self.retention_timers)
        self.ui.statusBar.addPermanentWidget(self.room_timers_widget)

    def _on_relay_changed(self, changes: Changes) -> None:
        if self.user.id in changes.signed_out and not self._signing_out:
            self._account_changed()
            return
        if changes.clinic or changes.everything:
            self.setWindowTitle(window_title(self.context.services.clinic.details()))
        if changes.touches_settings(IDLE_LOCK_KEY):
            self.screen_lock.set_minutes(self.context.services.settings.idle_lock_minutes())

    # Screens, from the registry of screens ------------------------------------------------

    def screen_named(self, name: str) -> QWidget:
        """The screen called ``name``, built the first time it is shown."""
        if name not in self._built:
            widget = self._screens[name].build(self.context)
            if name in ATTACHMENTS:
                ATTACHMENTS[name](self.context, widget)
            self._built[name] = widget
            self.ui.stack.addWidget(widget)
        return self._built[name]

    def show_screen(self, name: str) -> QWidget:
        row = list(self._screens).index(name)
        self.ui.navList.setCurrentRow(row)
        return self._built[name]

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        names = list(self._screens)
        if not 0 <= row < len(names):
            return
        leaving = self.ui.stack.currentWidget()
        wanted = self.screen_named(names[row])
        if leaving is wanted or not hasattr(leaving, "confirm_leave"):
            self.ui.stack.setCurrentWidget(wanted)
            return
        # A form that holds unsaved typing (Settings) asks first: stay until it says go.
        self._select_row(self._row_of(leaving))
        self.leave_then(lambda: self._switch_to(names[row]))

    def _select_row(self, row: int) -> None:
        nav = self.ui.navList
        nav.blockSignals(True)
        nav.setCurrentRow(row)
        nav.blockSignals(False)

    def _switch_to(self, name: str) -> QWidget:
        """Show ``name`` without asking the screen shown (it has been asked)."""
        self._select_row(list(self._screens).index(name))
        widget = self.screen_named(name)
        self.ui.stack.setCurrentWidget(widget)
        return widget

    def go_to_screen(self, name: str, then: Callable[[QWidget], object]) -> None:
        """From any screen or window: this window in front, showing ``name`` (once the screen
        shown lets go), then ``then(screen)``; a locked window stays as it is."""
        if self._locked or name not in self._screens:
            return
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        shown = self.ui.stack.currentWidget()
        if shown is not None and shown is self._built.get(name):
            then(shown)
            return
        self.leave_then(lambda: then(self._switch_to(name)))

    def leave_then(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the screen shown lets go: at once, or after the person answered
        its question about unsaved changes (Save / Discard; Cancel never runs it)."""
        shown = self.ui.stack.currentWidget()
        confirm = getattr(shown, "confirm_leave", None)
        if confirm is None:
            then()
        else:
            confirm(then)

    def _row_of(self, screen: QWidget | None) -> int:
        for name, built in self._built.items():
            if built is screen:
                return list(self._screens).index(name)
        return -1

    def current_screen_name(self) -> str:
        """The (English) key of the screen shown, to show it again in a rebuilt window."""
        item = self.ui.navList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "Home"

    def lock(self) -> None:
        """Hide every window of the app behind a dialog that wants this user's password."""
        self.screen_lock.lock()

    def _account_changed(self) -> None:
        """The account was deactivated or re-roled elsewhere: say so, then back to sign-in."""
        from PySide6.QtWidgets import QMessageBox

        self._signing_out = True
        self.set_locked(True)  # nothing stays on screen behind the message
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Signed out"),
            translate(
                "MainWindow",
                "Your account was changed by an administrator (deactivated, or given another "
                "role), so you have been signed out. Sign in again, or ask an administrator.",
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("accountChangedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.signed_out.emit())
        box.open()

    def is_locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """The screens hidden (or shown again) behind the lock; see ScreenLock."""
        self._locked = locked
        self.ui.centralWidget.setVisible(not locked)
        self.ui.menuBar.setEnabled(not locked)
        self.signed_in_label.setText(self._signed_in_text())

    def _signed_in_text(self) -> str:
        name, role = self.user.display_name, self.user.role.label
        if self._locked:
            return translate("MainWindow", "Locked by {name} ({role})").format(name=name, role=role)
        return translate("MainWindow", "Signed in as {name} ({role})").format(name=name, role=role)

    def closeEvent(self, event: QCloseEvent) -> None:
        shown = self.ui.stack.currentWidget()
        unsaved = getattr(shown, "has_unsaved_changes", None)
        # Closed by the person (not hidden first by a sign-out or a rebuild): ask first.
        if self.isVisible() and not self._leaving_confirmed and unsaved and unsaved():
            event.ignore()

            def close_now() -> None:
                self._leaving_confirmed = True
                self.close()

            self.leave_then(close_now)
            return
        self.closed.emit()
        super().closeEvent(event)
