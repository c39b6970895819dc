"""Helpers for the client screen tests: a registered client, the client page shown."""

from __future__ import annotations

from acudesk.domain.clients import ClientInput
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page
from tests.ui.widgets import show_active


def register(services: Services, actor: User, first: str, last: str, **fields: str) -> int:
    value = ClientInput(first_name=first, last_name=last, **fields)
    return services.clients.create(actor, value, allow_duplicate=True).id


def open_page(qtbot, services: Services, user: User, client_id: int | None = None) -> ClientPage:
    """A client page (None: the new-client form) shown as the active window."""
    page = client_page(Context(services, user, ChangeRelay(services.bus)), client_id)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    show_active(qtbot, page)
    return page
