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
        target = window.context.services.backup.back_up_now(window.user)
    except AcudeskError as error:
        QApplication.restoreOverrideCursor()
        error_box(window, translate("MainWindow", "Backup failed"), error.message)
        return
    QApplication.restoreOverrideCursor()
    window.show_status(translate("MainWindow", "Backed up to {path}").format(path=target))


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


def sign_out(window: MainWindow) -> None:
    window.signed_out.emit()


def quit_app(window: MainWindow) -> None:
    window.close()


def edit_consent_text(window: MainWindow) -> QDialog:
    from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog

    return _open(ConsentTextDialog(window.context.services.settings, window.user, window))


def edit_handout_texts(window: MainWindow) -> QDialog:
    from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog

    return _open(HandoutTextsDialog(window.context.services.settings, window.user, window))


def audit_log(window: MainWindow) -> QWidget:
    """Clinic ▸ Audit log: the screen of that name."""
    return window.show_screen("Audit log")


def about(window: MainWindow) -> QDialog:
    from acudesk.ui.shell.about_dialog import AboutDialog
    from acudesk.ui.shell.database_text import database_text

    return _open(AboutDialog(database_text(window.context.services.db.info), window))
