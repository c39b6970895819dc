"""At sign-in: offer back the intakes this user left unfinished (a crash loses nothing)."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.intake import IntakeData
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.i18n import time_text, translate
from acudesk.ui.intake.intake_dialog import IntakeDialog, IntakeStart

Draft = tuple[int, str, IntakeData, dict[str, Any]]


def saved_at_text(extra: dict[str, Any]) -> str:
    try:
        saved = datetime.fromisoformat(str(extra.get("saved_at")))
    except ValueError:
        return ""
    return translate("DraftsPrompt", " (saved {time})").format(time=time_text(saved))


class DraftsPrompt(QMessageBox):
    """Asks about one draft at a time: Resume opens the intake form, Discard deletes it."""

    resumed = Signal(object)  # the IntakeDialog opened

    def __init__(
        self, services: Services, user: User, drafts: list[Draft], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._drafts = drafts
        self._parent = parent
        self.dialog: IntakeDialog | None = None
        self.setObjectName("draftsPrompt")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("DraftsPrompt", "Unfinished intake"))
        self.resume_button: QPushButton = self.addButton(
            translate("DraftsPrompt", "Resume"), QMessageBox.ButtonRole.AcceptRole
        )
        self.discard_button: QPushButton = self.addButton(
            translate("DraftsPrompt", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.resume_button)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self._show_first()

    def _show_first(self) -> None:
        _client_id, name, _data, extra = self._drafts[0]
        self.setText(
            translate("DraftsPrompt", "You have an unfinished intake for {name}{saved}.").format(
                name=name, saved=saved_at_text(extra)
            )
        )
        more = len(self._drafts) - 1
        self.setInformativeText(
            translate("DraftsPrompt", "Resume it to finish and save, or discard what was typed.")
            + (
                translate(
                    "DraftsPrompt", " (%n more unfinished intakes after this one.)", None, more
                )
                if more
                else ""
            )
        )

    def _on_resume_button_clicked(self) -> None:
        client_id, name, data, extra = self._drafts.pop(0)
        dialog = IntakeDialog(
            self._services,
            self._user,
            client_id,
            name,
            IntakeStart.from_draft_extra(data, extra),
            self._parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if self._drafts:
            dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        self.resumed.emit(dialog)

    def _on_discard_button_clicked(self) -> None:
        client_id = self._drafts.pop(0)[0]
        # If this fails, nothing is lost: the draft is offered again next time.
        with contextlib.suppress(AcudeskError):
            self._services.intake.discard_draft(self._user, client_id)
        if self._drafts:
            self._offer_next()

    def _on_dialog_finished(self, _result: int) -> None:
        self._offer_next()

    def _offer_next(self) -> None:
        def reopen() -> None:
            self._show_first()
            self.open()

        QTimer.singleShot(0, reopen)  # after the box has finished closing


def offer_drafts(services: Services, user: User, parent: QWidget | None) -> DraftsPrompt | None:
    """Show the prompt (window-modal, not blocking) when the user has unfinished intakes."""
    if not user.can(Permission.WRITE_INTAKE):
        return None
    try:
        drafts = services.intake.drafts(user)
    except AcudeskError:
        return None
    if not drafts:
        return None
    prompt = DraftsPrompt(services, user, list(drafts), parent)
    prompt.open()
    return prompt
