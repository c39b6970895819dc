"""Finding the client by typing: the matches of what is typed, in a list to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.clients import ClientService

CLIENT_MATCHES = 8


def show_client_matches(clients: ClientService, actor: User, text: str, shown: QListWidget) -> str:
    """Fill ``shown`` with the clients matching ``text`` (name, phone or date of birth), the
    first chosen; returns the search's error message, "" when it ran."""
    shown.clear()
    if not text.strip():
        return ""
    try:
        rows = clients.search(actor, text, limit=CLIENT_MATCHES)
    except AcudeskError as error:
        return error.message
    for row in rows:
        born = row.date_of_birth.isoformat() if row.date_of_birth else ""
        item = QListWidgetItem(" · ".join(p for p in (row.display_name, born, row.phone) if p))
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        shown.addItem(item)
    if rows:
        shown.setCurrentRow(0)
    return ""


def choose_client(shown: QListWidget, client_id: int, name: str) -> None:
    """Show one client, chosen (a booking or an entry made from the client's page)."""
    item = QListWidgetItem(name)
    item.setData(Qt.ItemDataRole.UserRole, client_id)
    shown.clear()
    shown.addItem(item)
    shown.setCurrentRow(0)


def chosen_client(shown: QListWidget) -> int | None:
    item = shown.currentItem()
    return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
