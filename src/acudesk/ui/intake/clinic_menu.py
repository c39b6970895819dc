"""The admin's Clinic menu entry for the consent text; the dialog loads when first opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services


def add_clinic_menu(window: QMainWindow, services: Services, user: User) -> QAction | None:
    """The "Clinic ▸ Consent text…" menu item, for admins; placed before Help."""
    if not user.can(Permission.MANAGE_CLINIC):
        return None
    bar = window.menuBar()
    menu = next(
        (m for m in bar.findChildren(QMenu) if m.title().replace("&", "") == "Clinic"), None
    )
    if menu is None:
        menu = QMenu("&Clinic", bar)
        actions = bar.actions()
        bar.insertMenu(actions[-1], menu) if actions else bar.addMenu(menu)
    action = menu.addAction("Consent &text…")
    action.setObjectName("consentTextAction")
    action.setToolTip("Edit the informed-consent text clients sign at intake")

    def open_dialog() -> None:
        from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog

        dialog = ConsentTextDialog(services, user, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
