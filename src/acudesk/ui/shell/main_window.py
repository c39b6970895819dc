"""The main window: navigation on the left, the current screen on the right, File and Help."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QWidget

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_main_window import Ui_MainWindow
from acudesk.ui.intake.clinic_menu import add_clinic_menu
from acudesk.ui.shell.home_screen import HomeScreen
from acudesk.ui.widgets.messages import error_box


def window_title(details: ClinicDetails | None) -> str:
    if details is None:
        return "acudesk"
    return f"acudesk — {details.name}{' (demo)' if details.is_demo else ''}"


class MainWindow(QMainWindow):
    """One signed-in user's window. ``signed_out`` asks the application to show the login."""

    signed_out = Signal()
    closed = Signal()

    def __init__(self, services: Services, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self.user = user
        self.setWindowTitle(window_title(services.clinic.details()))
        self._screens: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "Home": lambda: HomeScreen(services, user),
            "Clients": self._make_clients_screen,
            "Users": self._make_users_screen,
            "Settings": self._make_settings_screen,
            "Products": self._make_products_screen,
            "Point catalogue": self._make_point_catalogue_screen,
        }
        self.ui.navList.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        for name in self._visible_screens():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.ui.navList.addItem(item)
        self.ui.navList.setCurrentRow(0)

        self._locked = False
        self.signed_in_label = QLabel(self._signed_in_text())
        self.signed_in_label.setAccessibleName("Signed in as")
        self.database_label = QLabel(services.db.info.description)
        self.database_label.setAccessibleName("Database")
        self.ui.statusBar.addWidget(self.signed_in_label)
        self.ui.statusBar.addPermanentWidget(self.database_label)
        self._add_room_timers()

        can_edit_clients = user.can(Permission.EDIT_CLIENTS)
        self.ui.importClientsAction.setEnabled(can_edit_clients)
        self.ui.exportClientsAction.setEnabled(can_edit_clients)
        self.ui.importClientsAction.triggered.connect(self._on_import_clients_action_triggered)
        self.ui.exportClientsAction.triggered.connect(self._on_export_clients_action_triggered)
        self.ui.backUpAction.setEnabled(user.can(Permission.BACK_UP))
        self.ui.backUpAction.triggered.connect(self._on_back_up_action_triggered)
        self.ui.lockAction.triggered.connect(self.lock)
        self.ui.signOutAction.triggered.connect(self.signed_out)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._on_about_action_triggered)
        # Intake: admins edit the consent text from Clinic ▸ Consent text…
        add_clinic_menu(self, services, user)
        self._add_handout_actions()

    def _add_handout_actions(self) -> None:
        """Handouts: File ▸ Print all of today's handouts… (Ctrl+Shift+P)."""
        from acudesk.ui.handouts.file_menu import add_batch_print_action

        self.print_todays_handouts_action = add_batch_print_action(
            self, self.ui.fileMenu, self.ui.backUpAction, self._services, self.user
        )

    def _add_room_timers(self) -> None:
        """Sessions: every room's retention timer, in the status bar whatever the screen."""
        from acudesk.ui.sessions.retention import RetentionTimers, RoomTimersWidget

        self.retention_timers = RetentionTimers(self._services.clock, self)
        self.room_timers_widget = RoomTimersWidget(self.retention_timers)
        self.ui.statusBar.addPermanentWidget(self.room_timers_widget)

    def _visible_screens(self) -> list[str]:
        names = ["Home"]
        if self.user.can(Permission.VIEW_CLIENTS):
            names.append("Clients")
        if self.user.can(Permission.MANAGE_PRODUCTS):
            names.append("Products")
        names.append("Point catalogue")  # reference for everyone, read-only
        if self.user.can(Permission.MANAGE_USERS):
            names.append("Users")
        if self.user.can(Permission.MANAGE_CLINIC):
            names.append("Settings")
        return names

    def _make_point_catalogue_screen(self) -> QWidget:
        from acudesk.services.catalog import point_catalog
        from acudesk.ui.chart.point_catalogue_screen import PointCatalogueScreen

        return PointCatalogueScreen(point_catalog())

    def _make_products_screen(self) -> QWidget:
        from acudesk.ui.products.products_screen import ProductsScreen  # built when first shown

        return ProductsScreen(self._services, self.user)

    def _make_settings_screen(self) -> QWidget:
        from acudesk.ui.clinic.settings_screen import SettingsScreen

        return SettingsScreen(self._services, self.user)

    def _make_clients_screen(self) -> QWidget:
        from acudesk.ui.clients.clients_screen import ClientsScreen  # built when first shown

        return ClientsScreen(self._services, self.user)

    def _make_users_screen(self) -> QWidget:
        from acudesk.ui.access.users_screen import UsersScreen  # not needed for the first paint

        return UsersScreen(self._services, self.user)

    def screen_named(self, name: str) -> QWidget:
        """The screen called ``name``, built the first time it is shown."""
        if name not in self._screens:
            widget = self._factories[name]()
            self._screens[name] = widget
            self.ui.stack.addWidget(widget)
        return self._screens[name]

    def show_screen(self, name: str) -> QWidget:
        row = self._visible_screens().index(name)
        self.ui.navList.setCurrentRow(row)
        return self._screens[name]

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        names = self._visible_screens()
        if 0 <= row < len(names):
            self.ui.stack.setCurrentWidget(self.screen_named(names[row]))

    def _on_import_clients_action_triggered(self) -> QWidget:
        from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog

        dialog = ImportClientsDialog(self._services, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.clients_imported.connect(self._on_clients_imported)
        dialog.open()
        return dialog

    def _on_clients_imported(self, count: int) -> None:
        self.ui.statusBar.showMessage(f"Imported {count:,} clients.", 20_000)
        for screen in self._screens.values():
            refresh = getattr(screen, "refresh", None)
            if callable(refresh):
                refresh()

    def _on_export_clients_action_triggered(self) -> None:
        from acudesk.ui.clients.export_clients import ask_and_export

        try:
            done = ask_and_export(self, self._services, self.user)
        except AcudeskError as error:
            error_box(self, "Export failed", error.message)
            return
        if done is not None:
            path, count = done
            self.ui.statusBar.showMessage(f"Exported {count:,} clients to {path}", 20_000)

    def _on_back_up_action_triggered(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = self._services.backup.back_up_now(self.user)
        except AcudeskError as error:
            QApplication.restoreOverrideCursor()
            error_box(self, "Backup failed", error.message)
            return
        QApplication.restoreOverrideCursor()
        self.ui.statusBar.showMessage(f"Backed up to {target}", 20_000)

    def _on_about_action_triggered(self) -> None:
        from acudesk.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self._services.db.info.description, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def lock(self) -> None:
        """Hide everything behind a dialog that wants this user's password again."""
        from acudesk.ui.access.lock_dialog import LockDialog

        self._set_locked(True)
        dialog = LockDialog(self._services, self.user, self)
        dialog.unlocked.connect(lambda: self._set_locked(False))
        dialog.sign_out_requested.connect(self.signed_out)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def is_locked(self) -> bool:
        return self._locked

    def _set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.ui.centralWidget.setVisible(not locked)
        self.ui.menuBar.setEnabled(not locked)
        self.signed_in_label.setText(self._signed_in_text())

    def _signed_in_text(self) -> str:
        who = f"{self.user.display_name} ({self.user.role.label})"
        return f"Locked by {who}" if self._locked else f"Signed in as {who}"

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
