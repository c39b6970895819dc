"""What feeds the pre-treatment check: the client's screening alerts and latest intake, read
through the services, and "Update the intake…", a review of the latest intake that may raise
or clear alerts (and so the cautions on the point map)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.sessions.chart_host import ChartHost
from acudesk.ui.sessions.precheck import PreCheckSection
from acudesk.ui.sessions.session_messages import SessionMessages

if TYPE_CHECKING:
    from acudesk.ui.intake.intake_dialog import IntakeDialog


class PreCheckController(QObject):
    """Reads alerts and the intake for one client's session; ``intake_saved`` after a review."""

    intake_saved = Signal(int)  # client id

    def __init__(
        self,
        services: Services,
        user: User,
        client: tuple[int, str],
        precheck: PreCheckSection,
        chart: ChartHost,
        messages: SessionMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._user = user
        self._client_id, self._client_name = client
        self._precheck = precheck
        self._chart = chart
        self._messages = messages
        self._window = window  # the intake dialog's parent
        precheck.ui.updateIntakeButton.clicked.connect(self.review_intake)

    def refresh_alerts(self) -> None:
        try:
            alerts = self._services.sessions.alerts(self._user, self._client_id)
        except AcudeskError as error:
            self._messages.say(error.message)
            alerts = []
        self._precheck.set_alerts(alerts)
        self._chart.set_alerts(alerts)

    def show_intake(self, *, updated: bool) -> None:
        try:
            latest = self._services.intake.latest(self._user, self._client_id)
        except AcudeskError as error:
            self._messages.say(error.message)
            latest = None
        if latest is None:
            self._precheck.set_intake(None, None, updated=False)
        else:
            self._precheck.set_intake(latest.id, latest.data.taken_on, updated=updated)

    def review_intake(self) -> IntakeDialog | None:
        """The intake dialog, pre-filled from the latest intake; consent is signed again."""
        from acudesk.ui.intake.intake_dialog import IntakeDialog, IntakeStart

        try:
            latest = self._services.intake.latest(self._user, self._client_id)
        except AcudeskError as error:
            self._messages.say(error.message)
            return None
        start = IntakeStart.review(latest, self._services.clock().date())
        dialog = IntakeDialog(
            self._services, self._user, self._client_id, self._client_name, start, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intake_saved.connect(self._on_intake_dialog_intake_saved)
        dialog.open()
        return dialog

    def _on_intake_dialog_intake_saved(self, client_id: int) -> None:
        self.refresh_alerts()  # a new intake can raise or clear alerts and cautions
        self.show_intake(updated=True)
        self.intake_saved.emit(client_id)
