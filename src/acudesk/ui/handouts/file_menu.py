"""File ▸ Print all of today's handouts… (Ctrl+Shift+P), added to the main window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.i18n import translate


def add_batch_print_action(
    window: QMainWindow, menu: QMenu, before: QAction, services: Services, user: User
) -> QAction:
    action = QAction(translate("FileMenu", "&Print all of today's handouts…"), window)
    action.setObjectName("printTodaysHandoutsAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.setStatusTip(
        translate("FileMenu", "Print the aftercare sheet of every session completed today")
    )
    action.setEnabled(user.can(Permission.READ_CLINICAL))
    menu.insertAction(before, action)
    menu.insertSeparator(before)

    def start() -> QWidget:
        from acudesk.ui.handouts.batch_print import BatchPrint

        batch = BatchPrint(services, user, window)
        batch.finished.connect(batch.deleteLater)
        return batch.start()

    action.triggered.connect(start)
    return action
