"""Helpers for the client screen tests: find widgets the way a person does, fill the form."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from acudesk.domain.clients import ClientInput
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page

W = TypeVar("W", bound=QWidget)


def named(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not child of ``kind`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def edit(root: QWidget, name: str) -> QLineEdit:
    return named(root, QLineEdit, name)


def button(root: QWidget, name: str) -> QAbstractButton:
    return named(root, QAbstractButton, name)


def message(root: QWidget, field: str) -> str:
    """The message shown under a field ('' when hidden)."""
    label = named(root, QLabel, f"{field} message")
    return label.text() if label.isVisibleTo(root) else ""


def register(services: Services, actor: User, first: str, last: str, **fields: str) -> int:
    value = ClientInput(first_name=first, last_name=last, **fields)
    return services.clients.create(actor, value, allow_duplicate=True).id


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the active window, so shortcuts and focus behave as on a desk."""
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=10_000)


def open_page(qtbot, services: Services, user: User, client_id: int | None = None) -> ClientPage:
    """A client page (None: the new-client form) shown as the active window."""
    page = client_page(Context(services, user, ChangeRelay(services.bus)), client_id)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    show_active(qtbot, page)
    return page
