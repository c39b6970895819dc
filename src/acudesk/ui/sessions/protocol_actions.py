"""Protocols on the session screen: "Save as protocol…" keeps this chart under a name, "Apply
protocol…" brings a saved one onto the chart as one undoable step (ChartHost.apply)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.chart_host import ChartHost
from acudesk.ui.sessions.protocol_dialogs import (
    ApplyProtocolDialog,
    Protocol,
    SaveProtocolDialog,
)
from acudesk.ui.sessions.session_messages import SessionMessages


class ProtocolActions:
    """The two protocol buttons of one session screen and the dialogs they open."""

    def __init__(
        self,
        ui: Ui_SessionWidget,
        services: Services,
        user: User,
        chart: ChartHost,
        messages: SessionMessages,
        window: QWidget,
    ) -> None:
        self.ui = ui
        self._services = services
        self._user = user
        self._chart = chart
        self._messages = messages
        self._window = window  # the dialogs' parent
        ui.saveProtocolButton.clicked.connect(self.save_as)
        ui.applyProtocolButton.clicked.connect(self.choose)

    def set_read_only(self, *, locked: bool, can_chart: bool) -> None:
        """Saving a chart as a protocol only reads it; applying one changes it."""
        self.ui.saveProtocolButton.setEnabled(can_chart)
        self.ui.applyProtocolButton.setEnabled(not locked)

    def _protocols(self) -> list[Protocol] | None:
        try:
            return self._services.protocols.protocols(self._user)
        except AcudeskError as error:
            self._messages.say(error.message)
            return None

    def save_as(self) -> SaveProtocolDialog | None:
        protocols = self._protocols()
        if protocols is None:
            return None
        names = [name for _id, name, _d, _c in protocols]
        dialog = SaveProtocolDialog(
            self._services, self._user, self._chart.chart_list(), names, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.protocol_saved.connect(self._on_save_dialog_protocol_saved)
        dialog.open()
        return dialog

    def _on_save_dialog_protocol_saved(self, name: str) -> None:
        self.ui.savedLabel.setText(
            translate("ProtocolActions", "Saved as protocol '{name}'").format(name=name)
        )

    def choose(self) -> ApplyProtocolDialog | None:
        protocols = self._protocols()
        if protocols is None:
            return None
        dialog = ApplyProtocolDialog(protocols, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.protocol_chosen.connect(self._on_apply_dialog_protocol_chosen)
        dialog.open()
        return dialog

    def _on_apply_dialog_protocol_chosen(
        self, name: str, chart: list[dict[str, Any]], replace_chart: bool
    ) -> None:
        self._chart.apply(name, chart, replace_chart=replace_chart)
