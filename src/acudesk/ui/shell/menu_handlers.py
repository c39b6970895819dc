"""What each menu action runs (see ``actions``): the feature's dialog, given the services it uses.

Each handler imports its dialog when first triggered, so the menus cost nothing at start-up.
This is composition: the handler picks services from the registry; the dialog never sees it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.messages import error_box

if TYPE_CHECKING:
    from acudesk.ui.shell.main_window import MainWindow


def _open(dialog: QDialog) -> QDialog:
    """Window-modal and deleted when closed: the window does not block waiting for it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def import_clients(window: MainWindow) -> QDialog:
    from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog

    dialog = ImportClientsDialog(window.context.services.transfers, window.user, window)
    dialog.clients_imported.connect(
        lambda count: window.show_status(
            translate("MainWindow", "Imported %Ln clients.", None, count)
        )
    )
    return _open(dialog)


def export_clients(window: MainWindow) -> None:
    from acudesk.ui.clients.export_clients import ask_and_export

    services = window.context.services
    try:
        done = ask_and_export(window, services.transfers, window.user, services.clock().date())
    except AcudeskError as error:
        error_box(window, translate("MainWindow", "Export failed"), error.message)
        return
    if done is not None:
        path, count = done
        window.show_status(
            translate("MainWindow", "Exported %Ln clients to {path}", None, count).format(path=path)
        )


def print_todays_handouts(window: MainWindow) -> QWidget:
    from acudesk.ui.handouts.batch_print import BatchPrint

    services = window.context.services
    batch = BatchPrint(services.handouts, services.settings, window.user, window)
    batch.finished.connect(batch.deleteLater)
    return batch.start()


def back_up(window: MainWindow) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        target = window.context.services.backup.back_up_now(window.user).path
    except AcudeskError as error:
        QApplication.restoreOverrideCursor()
        error_box(window, translate("MainWindow", "Backup failed"), error.message)
        return
    QApplication.restoreOverrideCursor()
    window.show_status(translate("MainWindow", "Backed up to {path}").format(path=target))


def restore_from_backup(window: MainWindow) -> QDialog | None:
    from acudesk.ui.shell.restore_dialog import restore_from_backup as choose_and_restore

    return choose_and_restore(window)


def preferences(window: MainWindow) -> QDialog:
    """The user's own preferences; saving a new language rebuilds the window in it."""
    from acudesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window.context.services.users, window.user, window.user, window)
    # Once the dialog has closed: the window it belongs to may then be rebuilt.
    dialog.user_saved.connect(
        lambda user: QTimer.singleShot(0, lambda: window.preferences_saved.emit(user))
    )
    return _open(dialog)


def lock(window: MainWindow) -> None:
    window.lock()


def new_client(window: MainWindow) -> None:
    """Ctrl+N anywhere: the Clients screen's form for a new client."""
    from acudesk.ui.clients.clients_screen import ClientsScreen

    def start(screen: QWidget) -> None:
        if isinstance(screen, ClientsScreen):
            screen.new_client()

    window.go_to_screen("Clients", start)


def find_client(window: MainWindow) -> None:
    """Ctrl+F anywhere: the client search, focused (a page open asks about unsaved typing)."""
    from acudesk.ui.clients.clients_screen import ClientsScreen

    def focus(screen: QWidget) -> None:
        if isinstance(screen, ClientsScreen):
            screen.focus_search()

    window.go_to_screen("Clients", focus)


def sign_out(window: MainWindow) -> None:
    window.leave_then(window.signed_out.emit)


def quit_app(window: MainWindow) -> None:
    window.close()


def edit_consent_text(window: MainWindow) -> QDialog:
    from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog

    return _open(ConsentTextDialog(window.context.services.settings, window.user, window))


def book_setup(window: MainWindow) -> QDialog:
    from acudesk.ui.book.book_setup_dialog import BookSetupDialog

    services = window.context.services
    return _open(
        BookSetupDialog(
            services.book_setup, window.user, None, window, clock=services.clock, book=services.book
        )
    )


def edit_handout_texts(window: MainWindow) -> QDialog:
    from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog

    return _open(HandoutTextsDialog(window.context.services.settings, window.user, window))


def user_guide(window: MainWindow) -> QDialog:
    """The guide for the signed-in person's role (the others a choice away)."""
    from acudesk.ui.shell.help_dialog import HelpDialog

    return _open(HelpDialog(window.user, None, window))


def keyboard_shortcuts(window: MainWindow) -> QDialog:
    from acudesk.ui.shell.help_dialog import SHORTCUTS, HelpDialog

    return _open(HelpDialog(window.user, SHORTCUTS, window))


def audit_log(window: MainWindow) -> QWidget:
    """Clinic ▸ Audit log: the screen of that name."""
    return window.show_screen("Audit log")


def waitlist(window: MainWindow) -> QDialog:
    """Book ▸ Waitlist…: the clients waiting for a time."""
    from acudesk.ui.book.waitlist_dialog import WaitlistDialog

    services = window.context.services
    dialog = WaitlistDialog(
        services.waitlist,
        services.book_setup,
        services.clients,
        services.clock,
        window.user,
        window.context.relay,
        window,
    )
    return _open(dialog)


def about(window: MainWindow) -> QDialog:
    from acudesk.ui.shell.about_dialog import AboutDialog
    from acudesk.ui.shell.database_text import database_text

    return _open(AboutDialog(database_text(window.context.services.db.info), window))
