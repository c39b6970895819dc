"""An open session's life on its screen: "Cancel session…" with its reason, the question when
its window closes with nothing recorded (keep as draft, or cancel it), and needles planned by
"Repeat last session" that wait for the pre-treatment check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.treatment import SessionRecordData, SessionStatus
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.clients.confirm import confirm_discard
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.chart_host import ChartHost
from acudesk.ui.sessions.session_messages import SessionMessages

if TYPE_CHECKING:
    from acudesk.ui.sessions.session_widget import SessionWidget


class CancelSessionDialog(QDialog):
    """Why the session is called off: required, kept with it and in the audit trail."""

    def __init__(self, cancel: Callable[[str], str], parent: QWidget, reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("cancelSessionDialog")
        self.setWindowTitle(translate("SessionLife", "Cancel session"))
        self._cancel = cancel
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SessionLife",
                "The session leaves the client's history; administrators still see it, with "
                "the reason. Why is it cancelled?",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason_edit = QLineEdit(reason)
        self.reason_edit.setAccessibleName(translate("SessionLife", "Reason for cancelling"))
        self.reason_edit.setPlaceholderText(
            translate("SessionLife", "e.g. the client felt unwell before needling")
        )
        layout.addWidget(self.reason_edit)
        self.error_label = QLabel("")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(
            translate("SessionLife", "Cancel the session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        keep = buttons.addButton(
            translate("SessionLife", "Keep the session"), QDialogButtonBox.ButtonRole.RejectRole
        )
        keep.setDefault(True)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _on_cancel_button_clicked(self) -> None:
        problem = self._cancel(self.reason_edit.text())
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        self.accept()


class SessionLife(QObject):
    """The cancel button, the closing question and the needles planned for later."""

    cancelled = Signal(object)  # the cancelled TreatmentSession

    def __init__(
        self,
        ui: Ui_SessionWidget,
        services: Services,
        user: User,
        chart: ChartHost,
        messages: SessionMessages,
        window: SessionWidget,
    ) -> None:
        super().__init__(window)
        self.ui = ui
        self._services = services
        self._user = user
        self._chart = chart
        self._messages = messages
        self._window = window
        self.dialog: QWidget | None = None
        self._planned: tuple[list[dict[str, Any]], str] | None = None
        self.cancel_button = QPushButton(translate("SessionLife", "Ca&ncel session…"))
        self.cancel_button.setObjectName("cancelSessionButton")
        self.cancel_button.setAccessibleName(translate("SessionLife", "Cancel session"))
        self.cancel_button.setToolTip(
            translate("SessionLife", "Call this session off, saying why (kept for the admins)")
        )
        buttons = ui.buttonLayout
        buttons.insertWidget(buttons.indexOf(ui.savedLabel) + 1, self.cancel_button)
        self.cancel_button.clicked.connect(lambda: self.ask_cancel())

    # --- cancelling -------------------------------------------------------------------------

    def ask_cancel(self, reason: str = "") -> CancelSessionDialog:
        dialog = CancelSessionDialog(self._cancel, self._window, reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _cancel(self, reason: str) -> str:
        """One service call; the problem to show, or "" when the session is cancelled."""
        session = self._window.session
        try:
            cancelled = self._services.sessions.cancel(self._user, session, reason)
        except ValidationError as error:
            return error.message
        except AcudeskError as error:
            self._messages.say(error.message)
            return error.message
        self.cancelled.emit(cancelled)
        return ""

    # --- closing ----------------------------------------------------------------------------

    def hold_close(self) -> bool:
        """Whether the window stays open to ask first: nothing recorded (keep as draft or
        cancel), or something that would be lost (the save failed, an amendment unsaved)."""
        window = self._window
        if self._left_empty():
            self.ask_on_close(self._keep_as_draft)
            return True
        reason = self._unsaved_reason()
        if not reason:
            return False
        self.dialog = confirm_discard(
            window,
            "closeSessionBox",
            translate("SessionWidget", "Close without saving?"),
            translate("SessionWidget", "{reason} Close the session and lose the changes?").format(
                reason=reason
            ),
            translate("SessionWidget", "Close without saving"),
            window.close_anyway,
        )
        return True

    def _unsaved_reason(self) -> str:
        """Why closing now would lose something ("" when nothing would be lost)."""
        window = self._window
        if not window.dirty:
            return ""
        if window.amendment.active:
            return translate("SessionWidget", "The amendment is not saved yet.")
        if window.session.status is SessionStatus.OPEN and not window.save():
            return self._messages.banner() or translate(
                "SessionWidget", "The session was not saved."
            )
        return ""

    def _left_empty(self) -> bool:
        """An open session closing with nothing recorded: ask, so none stays open unawares."""
        window = self._window
        session = window.session
        return (
            session.status is SessionStatus.OPEN
            and session.timer_started_at is None
            and self._user.can(Permission.CHART_SESSIONS)
            and self._planned is None
            and self.nothing_recorded(window.data(), len(self._chart.document()))
        )

    def _keep_as_draft(self) -> None:
        if not self._window.dirty or self._window.save():
            self._window.close_anyway()

    @staticmethod
    def nothing_recorded(data: SessionRecordData, chart_items: int) -> bool:
        notes = data.notes
        return not (
            chart_items
            or notes.treated.strip()
            or notes.response.strip()
            or notes.plan.strip()
            or data.adverse_events
            or data.needles_out is not None
        )

    def ask_on_close(self, keep: Callable[[], None]) -> QMessageBox:
        """Nothing is recorded yet: keep it open as a draft, cancel it, or go back."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SessionLife", "Nothing recorded yet"),
            translate(
                "SessionLife",
                "Nothing is recorded in this session yet. Keep it open as a draft to carry on "
                "later (it stays the client's open session), or cancel it?",
            ),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("closeEmptySessionBox")
        draft = box.addButton(
            translate("SessionLife", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(
            translate("SessionLife", "Cancel the session…"), QMessageBox.ButtonRole.DestructiveRole
        )
        back = box.addButton(translate("SessionLife", "Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is draft:
                keep()
            elif button is cancel:
                self.ask_cancel(translate("SessionLife", "Closed with nothing recorded"))

        box.buttonClicked.connect(clicked)
        self.dialog = box
        box.open()
        return box

    # --- needles planned for after the pre-check --------------------------------------------

    def plan(self, chart: list[dict[str, Any]], name: str, *, ready: bool) -> None:
        """Place these needles now if the pre-treatment check is done, or once it is."""
        self._planned = (chart, name)
        if ready:
            self.precheck_changed(ready=True)
        else:
            self._messages.say(
                translate(
                    "SessionLife",
                    "The needles of the last session are placed once the pre-treatment check "
                    "is done.",
                )
            )

    @property
    def planned(self) -> bool:
        return self._planned is not None

    def precheck_changed(self, *, ready: bool) -> None:
        if ready and self._planned is not None:
            chart, name = self._planned
            self._planned = None
            self._messages.say("")
            self._chart.apply(name, chart, replace_chart=False)
