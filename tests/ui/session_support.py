"""Shared by the session UI tests: a practitioner, a client with an intake, the Sessions tab,
and needles placed through the point-map editor's own undo stack."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clients import ClientInput
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.points import Side
from acudesk.domain.users import Role
from acudesk.services.catalog import point_catalog
from acudesk.ui.chart.commands import AddPlacementCommand
from acudesk.ui.sessions.session_history_widget import SessionHistoryWidget
from acudesk.ui.sessions.session_widget import SessionWidget
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page
from tests.ui.widgets import show_active

PNG = b"\x89PNG\r\n\x1a\nsig"
FACE = "face-front"


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


def add_client(services, admin, first="Anna", last="Rossi", conditions=()):
    client = services.clients.create(admin, ClientInput(first_name=first, last_name=last))
    intake = IntakeData(
        taken_on=date(2026, 11, 20),
        conditions=tuple(conditions),
        condition_details=dict.fromkeys(conditions, "noted"),
        consent=Consent(True, False, date(2026, 11, 20), PNG),
    )
    services.intake.record(admin, client.id, intake, based_on=None)
    return client


@pytest.fixture
def client(services, admin):
    return add_client(services, admin)


def chart_of(*codes: str) -> list[dict]:
    """A chart with one needle at each catalogue point (right side)."""
    catalog = point_catalog()
    doc = ChartDocument()
    for code in codes:
        point = catalog.point(code)
        x, y = catalog.position(point, FACE, side(point))
        doc.add(Placement(new_id(), PlacementKind.NEEDLE, FACE, x, y, code, side(point), 1))
    return doc.to_list()


def side(point) -> Side:
    return Side.RIGHT if point.is_bilateral else Side.MIDLINE


def place_needles(window: SessionWidget, *codes: str) -> None:
    """As the editor does on a click: one AddPlacementCommand per needle on its stack."""
    editor = window.chart.editor
    for raw in chart_of(*codes):
        from acudesk.domain.chart import placement_from_dict

        editor.undo_stack().push(AddPlacementCommand(editor.document(), placement_from_dict(raw)))


def open_sessions_tab(qtbot, services, user, client, parent: QWidget | None = None):
    page = client_page(Context(services, user, ChangeRelay(services.bus)), client.id, parent)
    if parent is None:
        qtbot.addWidget(page)
        page.resize(1100, 800)
        show_active(qtbot, page)
    page.ui.tabs.setCurrentWidget(page.sessions_page)
    tab = page.sessions_tab
    assert isinstance(tab, SessionHistoryWidget)
    qtbot.waitUntil(tab.isVisible, timeout=5000)  # a layout shows a new child on the next turn
    return page, tab


def new_window(qtbot, tab: SessionHistoryWidget) -> SessionWidget:
    window = tab.start_session()
    assert window is not None
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None, "no dialog is open"
    return widget


FACE_POINTS = ("ST3", "LI20", "ST6")


def do_precheck(window: SessionWidget, reason: str = "") -> None:
    """Tick the pre-treatment check as the practitioner does (with a stop alert, the reason)."""
    window.ui.alertsReviewedCheck.setChecked(True)
    window.ui.intakeUnchangedCheck.setChecked(True)
    if reason:
        window.ui.overrideReasonEdit.setText(reason)
        window.ui.overrideReasonEdit.textEdited.emit(reason)
