"""One client: a header with name, age, phone and the screening alerts, then the record's tabs.

The Details tab is the client form; the Intake and Sessions tabs are built the first time
they are shown. The page follows the change bus: whatever changes this client elsewhere (its
details, an intake, a session, the clinic's date order or screening rules) shows here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.clients import Client
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import Permission, User
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.services.guard import refusal
from acudesk.services.intake import IntakeService
from acudesk.services.settings import SettingsService
from acudesk.ui.clients.client_form_widget import ClientFormWidget
from acudesk.ui.clients.confirm import confirm_discard
from acudesk.ui.clients.formatting import summary
from acudesk.ui.forms.ui_client_page import Ui_ClientPage
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay

if TYPE_CHECKING:  # built only when their tab is first shown
    from acudesk.ui.intake.intake_widget import IntakeWidget
    from acudesk.ui.sessions.session_history_widget import SessionHistoryWidget


@dataclass(frozen=True)
class ClientTabs:
    """How the page builds its Intake and Sessions tabs, each the first time it is shown (the
    composition decides what they are given)."""

    intake: Callable[[int, QWidget], IntakeWidget]  # (client id, parent)
    sessions: Callable[[int, tuple[str, str], QWidget], SessionHistoryWidget]  # name: first, last
    # Puts actions of other features on the page's header (the book's "Add to waitlist…").
    header: Callable[[ClientPage], object] | None = None


class ClientPage(QWidget):
    """A registered client (``client_id``) or, with None, the form for a new one."""

    back_requested = Signal()
    open_client_requested = Signal(int)

    def __init__(
        self,
        clients: ClientService,
        intake: IntakeService,
        settings: SettingsService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        tabs: ClientTabs,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientPage()
        self.ui.setupUi(self)
        self.ui.alertsBanner.desk = True  # a missing intake reads as a task for reception
        self._clients = clients
        self._intake = intake
        self._settings = settings
        self._clock = clock
        self._user = user
        self._tabs = tabs
        self.intake_tab: IntakeWidget | None = None
        self.sessions_tab: SessionHistoryWidget | None = None
        self._add_sessions_tab()
        self._registered = False
        self.form = ClientFormWidget(clients, settings, clock, user, relay, self)
        self.ui.detailsLayout.addWidget(self.form)
        self.form.client_saved.connect(self._on_form_client_saved)
        self.form.client_reloaded.connect(self._show_header)
        self.form.open_client_requested.connect(self.open_client_requested)
        self.ui.backButton.clicked.connect(self.request_back)
        self.ui.tabs.currentChanged.connect(self._on_tabs_current_changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.request_back,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        relay.changed.connect(self._on_relay_changed)
        client: Client | None = None
        if client_id is not None:
            try:
                client = clients.get(user, client_id)
            except AcudeskError as error:
                self.form.setEnabled(False)
                self.ui.nameLabel.setText(translate("ClientPage", "Client not available"))
                self.ui.detailsLabel.setText(error.message)
                self.ui.archivedLabel.hide()
                self.ui.tabs.setTabEnabled(1, False)
                return
        self.form.load(client)
        self._show_header(client)
        self.refresh_alerts()
        self.header_actions = tabs.header(self) if tabs.header is not None else None

    def client(self) -> Client | None:
        return self.form.client()

    def _show_header(self, client: Client | None) -> None:
        today = self._clock().date()
        order = self._settings.current().date_order  # read when shown: it may have changed
        self.ui.nameLabel.setText(
            translate("ClientPage", "New client") if client is None else client.display_name
        )
        self.ui.detailsLabel.setText(
            translate("ClientPage", "Fill in what the client tells you; only a name is required.")
            if client is None
            else summary(client.data, order, today)
        )
        self.ui.archivedLabel.setVisible(client is not None and client.archived)
        registered = self._registered = client is not None
        first = "" if registered else translate("ClientPage", "Register the client first")
        for index, permission in (
            (1, Permission.READ_INTAKE),
            (self.ui.tabs.indexOf(self.sessions_page), Permission.READ_CLINICAL),
        ):
            allowed = self._user.can(permission)
            self.ui.tabs.setTabEnabled(index, registered and allowed)
            self.ui.tabs.setTabToolTip(index, first if allowed else refusal(self._user, permission))

    def refresh_alerts(self) -> None:
        client = self.client()
        if client is None or not self._user.can(Permission.READ_INTAKE):
            self.ui.alertsBanner.set_alerts([])
            return
        try:
            alerts = self._intake.alerts(self._user, client.id)
        except AcudeskError:
            alerts = []  # the header stays usable; the intake tab shows what went wrong
        self.ui.alertsBanner.set_alerts(alerts)

    def _on_form_client_saved(self, client: Client) -> None:
        newly_registered = not self._registered
        self._show_header(client)
        if newly_registered:
            self.refresh_alerts()  # a new client has no intake yet: the banner says so

    # What changed elsewhere (another screen, window or workstation) ----------------------

    def _on_relay_changed(self, changes: Changes) -> None:
        client = self.client()
        if client is None:
            return
        if changes.everything or client.id in changes.clients:
            self._reload_client(client)
        elif changes.touches_settings("date_order"):
            self._show_header(client)
        if changes.touches_settings("screening") or changes.touches_client(client.id):
            self.refresh_alerts()  # an intake, or the screening rules, changed
        if self.intake_tab is not None and (changes.everything or client.id in changes.intakes):
            self.intake_tab.refresh()
        if self.sessions_tab is not None and (
            changes.everything or client.id in changes.session_clients
        ):
            self.sessions_tab.refresh()

    def _reload_client(self, shown: Client) -> None:
        """The client as saved now: the header always, the form unless it holds typing."""
        try:
            fresh = self._clients.get(self._user, shown.id)
        except AcudeskError:
            return  # the form says so when the person saves
        if fresh == shown:
            return  # this page's own save
        if not self.form.has_unsaved_changes():
            self.form.load(fresh)
        self._show_header(fresh)

    # The record's tabs, each built the first time it is shown ---------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        client = self.client()
        if client is None:
            return
        if self.ui.tabs.widget(index) is self.ui.intakeTab and self.intake_tab is None:
            self.intake_tab = self._tabs.intake(client.id, self)
            self.ui.intakeLayout.addWidget(self.intake_tab)
        if self.ui.tabs.widget(index) is self.sessions_page and self.sessions_tab is None:
            name = (client.data.first_name, client.data.last_name)
            self.sessions_tab = self._tabs.sessions(client.id, name, self)
            self._sessions_layout.addWidget(self.sessions_tab)

    def _add_sessions_tab(self) -> None:
        self.sessions_page = QWidget()
        self._sessions_layout = QVBoxLayout(self.sessions_page)
        self._sessions_layout.setContentsMargins(0, 14, 0, 0)
        index = self.ui.tabs.addTab(self.sessions_page, translate("ClientPage", "&Sessions"))
        self.ui.tabs.setTabEnabled(index, False)  # until registered, and for roles without it

    def request_back(self) -> None:
        """Back to the list, after asking when there is typing that was not saved."""
        if not self.form.has_unsaved_changes():
            self.back_requested.emit()
            return
        confirm_discard(
            self,
            "leaveConfirmBox",
            translate("ClientPage", "Leave without saving?"),
            translate(
                "ClientPage",
                "You changed this client's details without saving. Leave and lose the changes?",
            ),
            translate("ClientPage", "Discard changes"),
            self.back_requested.emit,
        )
