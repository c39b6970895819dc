"""Amending a completed session: "Amend…" opens it for changes, "Save amendment…" asks why, and
one call (services.sessions.amend) stores the change with its reason, so the trail says who
changed what, when and why. A completed session is never rewritten silently."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.treatment import SessionRecordData, TreatmentSession
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.dialogs import AmendDialog
from acudesk.ui.sessions.session_messages import SessionMessages


class Amendment(QObject):
    """Whether the session screen is amending, and the call that saves the amendment."""

    amended = Signal(object)  # the stored TreatmentSession

    def __init__(
        self,
        ui: Ui_SessionWidget,
        services: Services,
        user: User,
        messages: SessionMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ui = ui
        self._services = services
        self._user = user
        self._messages = messages
        self._window = window  # the reason dialog's parent
        self.active = False

    def show_buttons(self, *, read_only: bool, can_chart: bool) -> None:
        """Amend… on a completed session; while amending it cancels, and Save asks why."""
        ui = self.ui
        ui.saveButton.setText(
            translate("Amendment", "&Save amendment…")
            if self.active
            else translate("Amendment", "&Save")
        )
        ui.amendButton.setVisible((read_only or self.active) and can_chart)
        ui.amendButton.setText(
            translate("Amendment", "Cancel amendment")
            if self.active
            else translate("Amendment", "&Amend…")
        )

    def ask_reason(
        self, session: TreatmentSession, data: SessionRecordData, chart: list[dict[str, Any]]
    ) -> AmendDialog:
        """The reason dialog; what is on screen now is what the amendment stores."""
        dialog = AmendDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(
            lambda reason: self.amend_with(session, data, chart, reason, dialog)
        )
        dialog.open()
        return dialog

    def amend_with(
        self,
        session: TreatmentSession,
        data: SessionRecordData,
        chart: list[dict[str, Any]],
        reason: str,
        dialog: AmendDialog | None = None,
    ) -> bool:
        """One call, services.sessions.amend; ``amended`` carries the stored session."""
        try:
            saved = self._services.sessions.amend(self._user, session, data, chart, reason)
        except ValidationError as error:
            if dialog is not None and "reason" in error.errors:
                dialog.errors.show(error.errors)
                return False
            self._messages.show_errors(error.errors)
        except AcudeskError as error:
            self._messages.say(error.message)
        else:
            self.active = False
            self.amended.emit(saved)
            if dialog is not None:
                dialog.accept()
            return True
        if dialog is not None:
            dialog.reject()
        return False
