"""The admin's Clinic menu: the consent text and the handout texts; dialogs load when opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services


def _consent_text_dialog(services: Services, user: User, window: QMainWindow) -> QDialog:
    from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog

    return ConsentTextDialog(services, user, window)


def _handout_texts_dialog(services: Services, user: User, window: QMainWindow) -> QDialog:
    from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog

    return HandoutTextsDialog(services, user, window)


def _add_entry(
    menu: QMenu, text: str, name: str, tip: str, opener: Callable[[], QDialog]
) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setToolTip(tip)

    def open_dialog() -> None:
        dialog = opener()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action


def add_clinic_menu(window: QMainWindow, services: Services, user: User) -> QAction | None:
    """ "Clinic ▸ Consent text…" and "Clinic ▸ Handout texts…", for admins; placed before
    Help. Returns the consent text entry."""
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
    consent = _add_entry(
        menu,
        "Consent &text…",
        "consentTextAction",
        "Edit the informed-consent text clients sign at intake",
        lambda: _consent_text_dialog(services, user, window),
    )
    _add_entry(
        menu,
        "&Handout texts…",
        "handoutTextsAction",
        "Edit the aftercare advice printed on the handout, in English and Italian",
        lambda: _handout_texts_dialog(services, user, window),
    )
    return consent
