"""The audit log screen: admins only, filters, a lazy table, CSV export, the chain's check;
and a window whose account was deactivated elsewhere goes back to sign-in."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableView,
)
from sqlalchemy import text

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import PermissionDenied
from acudesk.domain.users import Role
from acudesk.ui.audit.audit_screen import AuditScreen
from acudesk.ui.audit.audit_table_model import PAGE
from acudesk.ui.shell.actions import Menu
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.widgets import theme
from tests.ui.widgets import named, press, show_active

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _busy_clinic(services, admin, clients: int = 3):
    made = [
        services.clients.create(admin, ClientInput(first_name=f"Anna{'abc'[i]}", last_name="Rossi"))
        for i in range(clients)
    ]
    for client in made:
        services.clients.get(admin, client.id)
    return made


def _screen(qtbot, services, admin) -> AuditScreen:
    screen = AuditScreen(services.audit, admin)
    screen.setStyleSheet(theme.style_sheet())  # as the app looks, for the screenshots
    screen.setPalette(theme.palette())
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    show_active(qtbot, screen)
    return screen


def test_admins_see_the_log_filtered_by_client_and_person(qtbot, services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION)
    anna, bea, _carla = _busy_clinic(services, admin)
    services.clients.get(rita, bea.id)
    screen = _screen(qtbot, services, admin)
    table = named(screen, "Audit events", QTableView)
    assert table.model().rowCount() >= 8
    named(screen, "Client number", QLineEdit).setText(str(bea.id))
    press(qtbot, screen, "Show")
    model = table.model()
    rows = [[model.index(r, c).data() for c in (1, 2, 3, 5)] for r in range(model.rowCount())]
    assert rows == [  # newest first; the look-up itself is the newest
        ["owner", "read", "audit log", str(bea.id)],
        ["rita", "read", "client", str(bea.id)],
        ["owner", "read", "client", str(bea.id)],
        ["owner", "create", "client", str(bea.id)],
    ]
    named(screen, "Person", QLineEdit).setText("rita")
    named(screen, "Client number", QLineEdit).clear()
    action = named(screen, "Action", QComboBox)
    action.setCurrentIndex(action.findData("read"))
    press(qtbot, screen, "Show")
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["rita"]
    assert named(screen, "How many events", QLabel).text() == "Events found: 1"
    assert action.currentText() == "read"
    named(screen, "Client number", QLineEdit).setText("12a")
    press(qtbot, screen, "Show")
    assert named(screen, "Audit message", QLabel).text() == "A client number is digits only."
    assert anna.id != bea.id


def test_reading_the_log_is_audited_and_the_table_pages_lazily(qtbot, services, admin):
    for _ in range(PAGE + 50):  # more events than a page, written the app's own way
        services.clients.search(admin, "Rossi")
        services.intake.alerts(admin, 0)
    screen = _screen(qtbot, services, admin)
    model = named(screen, "Audit events", QTableView).model()
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == min(2 * PAGE, model.total)
    with services.db.engine.connect() as conn:
        looked = conn.execute(
            text("SELECT count(*) FROM audit_event WHERE entity = 'audit' AND action = 'read'")
        ).scalar_one()
    assert looked == 1  # one event for the look-up, none for scrolling


def test_export_and_verify_then_a_tampered_row_is_named(qtbot, services, admin, tmp_path):
    _busy_clinic(services, admin)
    screen = _screen(qtbot, services, admin)
    screen.ui.fromEdit.setDate(QDate(2026, 11, 23))
    screen.ui.toEdit.setDate(QDate(2026, 11, 23))
    press(qtbot, screen, "Show")
    out = tmp_path / "audit.csv"
    count = screen.export_to(out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert count == len(rows) >= 7 and rows[0]["action"] == "create"
    assert out.stat().st_mode & 0o777 == 0o600
    press(qtbot, screen, "Verify chain")
    message = named(screen, "Audit message", QLabel).text()
    assert message.startswith("The chain is intact:")
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(SHOTS / "audit_screen.png"))

    with services.db.engine.begin() as conn:
        victim = conn.execute(text("SELECT min(id) FROM audit_event WHERE action = 'read'"))
        victim_id = victim.scalar_one()
        conn.execute(text("DROP TRIGGER audit_event_no_update"))
        conn.execute(text("UPDATE audit_event SET detail = 'x' WHERE id = :id"), {"id": victim_id})
    press(qtbot, screen, "Verify chain")
    message = named(screen, "Audit message", QLabel).text()
    assert f"broken at event {victim_id}:" in message
    screen.grab().save(str(SHOTS / "audit_screen_broken.png"))


def test_the_audit_log_is_in_the_menu_and_navigation_for_admins_only(
    qtbot, services, admin, make_user, relay
):
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    window.action("auditLogAction").trigger()
    assert isinstance(window.ui.stack.currentWidget(), AuditScreen)
    pat = MainWindow(services, make_user("pat", Role.PRACTITIONER), relay)
    qtbot.addWidget(pat)
    nav = named(pat, "Navigation", QListWidget)
    assert "Audit log" not in [nav.item(i).text() for i in range(nav.count())]
    assert pat.menu(Menu.CLINIC) is None  # its only entries are an admin's


def test_deactivated_elsewhere_means_signed_out_at_the_next_action(
    qtbot, services, admin, make_user, relay
):
    pat = make_user("pat", Role.PRACTITIONER)
    window = MainWindow(services, pat, relay)
    qtbot.addWidget(window)
    services.users.set_active(admin, pat.id, False)  # on another workstation
    signed_out = []
    window.signed_out.connect(lambda: signed_out.append(True))
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    with pytest.raises(PermissionDenied, match="deactivated"):  # the screen shows this
        services.clients.get(pat, client.id)
    qtbot.waitUntil(window.is_locked, timeout=5000)  # the relay delivers on the next turn
    assert window.is_locked()  # nothing stays on screen behind the message
    box = window.findChild(QMessageBox, "accountChangedBox")
    assert box is not None and "signed out" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: signed_out == [True], timeout=5000)
