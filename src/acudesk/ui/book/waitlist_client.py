"""The waitlist on a client's page: "Add to waitlist…" in the header, and what they wait for.

Put on the page by the composition (``ClientTabs.header``); the page knows nothing of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from acudesk.domain.changes import Changes
from acudesk.domain.clients import Client
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import Permission, User
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.services.guard import refusal
from acudesk.services.waitlist import WaitlistService
from acudesk.ui.book.waitlist_entry_dialog import WaitlistEntryDialog
from acudesk.ui.i18n import day_text, translate
from acudesk.ui.shell.change_relay import ChangeRelay

if TYPE_CHECKING:
    from acudesk.ui.clients.client_page import ClientPage


class WaitlistClientAction(QObject):
    """The button and the line saying what the page's client waits for."""

    def __init__(
        self,
        page: ClientPage,
        waitlist: WaitlistService,
        setup: BookSetupService,
        clients: ClientService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
    ) -> None:
        super().__init__(page)
        self._page, self._waitlist, self._setup = page, waitlist, setup
        self._clients, self._clock, self._user = clients, clock, user
        self.entry_dialog: WaitlistEntryDialog | None = None
        self.label = QLabel(page)
        self.label.setAccessibleName(translate("WaitlistClientAction", "On the waitlist"))
        self.label.setProperty("role", "hint")
        self.button = QPushButton(translate("WaitlistClientAction", "Add to &waitlist…"), page)
        self.button.setObjectName("addToWaitlistButton")
        self.button.clicked.connect(self._on_button_clicked)
        page.ui.headerLayout.addWidget(self.label)
        page.ui.headerLayout.addWidget(self.button)
        page.form.client_saved.connect(self._on_client_shown)
        page.form.client_reloaded.connect(self._on_client_shown)
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def _on_client_shown(self, _client: Client | None) -> None:
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.everything or changes.waitlist:
            self.refresh()

    def refresh(self) -> None:
        client = self._page.client()
        allowed = self._user.can(Permission.BOOK)
        self.button.setEnabled(client is not None and allowed)
        self.button.setToolTip(
            refusal(self._user, Permission.BOOK)
            if not allowed
            else translate("WaitlistClientAction", "Register the client first")
            if client is None
            else translate("WaitlistClientAction", "Put the client on the waitlist for a service")
        )
        self.label.setText(self._waiting_text(client) if client is not None and allowed else "")
        self.label.setVisible(bool(self.label.text()))

    def _waiting_text(self, client: Client) -> str:
        try:
            waiting = self._waitlist.entries(self._user, client_id=client.id)
        except AcudeskError:
            return ""
        if not waiting:
            return ""
        first = waiting[0]
        text = translate("WaitlistClientAction", "Waiting for {service} until {day}").format(
            service=first.service_name, day=day_text(first.until)
        )
        more = len(waiting) - 1
        if more:
            text += f" (+{more})"
        return text

    def _on_button_clicked(self) -> None:
        client = self._page.client()
        if client is None:
            return
        dialog = WaitlistEntryDialog(
            self._waitlist,
            self._setup,
            self._clients,
            self._clock,
            self._user,
            client=(client.id, client.display_name),
            parent=self._page,
        )
        dialog.saved.connect(self._on_entry_saved)
        dialog.open()
        self.entry_dialog = dialog

    def _on_entry_saved(self, _entry: object) -> None:
        self.refresh()


def attach_waitlist_button(
    page: ClientPage,
    waitlist: WaitlistService,
    setup: BookSetupService,
    clients: ClientService,
    clock: Clock,
    user: User,
    relay: ChangeRelay,
) -> WaitlistClientAction:
    return WaitlistClientAction(page, waitlist, setup, clients, clock, user, relay)
