"""The client page: header and screening alerts, and two workstations editing one client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QTabWidget

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.ui.widgets.alerts_banner import AlertsBanner
from tests.ui.clients_support import button, edit, named, open_page, register


def test_a_client_without_intake_shows_the_no_consent_alert(
    qtbot, services: Services, admin: User, clock
) -> None:
    client_id = register(
        services, admin, "Zoë", "Adams", date_of_birth="1985-03-24", phone="020 7946 0123"
    )
    page = open_page(qtbot, services, admin, client_id)

    assert named(page, QLabel, "Client name").text() == "Zoë Adams"
    summary = named(page, QLabel, "Client summary").text()
    assert "41 years old" in summary and "+44 20 7946 0123" in summary
    banner = named(page, AlertsBanner, "Screening alerts")
    assert banner.isVisible()
    assert banner.alert_ids() == ["no-consent"]
    line = banner.lines()[0]
    assert "No intake on file" in line.message_label.text()
    assert not line.action_label.isVisible()
    button(banner, "What to do: " + line.alert.message).click()
    assert line.action_label.isVisible()
    assert "sign" in line.action_label.text()


def test_the_intake_tab_is_built_when_first_shown(qtbot, services: Services, admin: User) -> None:
    page = open_page(qtbot, services, admin, register(services, admin, "Ann", "Lee"))
    tabs = named(page, QTabWidget, "Client record")
    assert page.intake_tab is None

    tabs.setCurrentWidget(page.ui.intakeTab)

    assert page.intake_tab is not None
    assert page.ui.intakeTab.isAncestorOf(page.intake_tab)


def test_the_banner_follows_an_intake_recorded_elsewhere(
    qtbot, services: Services, admin: User, clock
) -> None:
    client_id = register(services, admin, "Ann", "Lee")
    page = open_page(qtbot, services, admin, client_id)
    page.ui.tabs.setCurrentWidget(page.ui.intakeTab)
    assert page.ui.alertsBanner.alert_ids() == ["no-consent"]
    today = clock().date()
    consent = Consent(treatment=True, photos=False, signed_on=today, signature_png=b"\x89PNG-ink")
    services.intake.record(
        admin,
        client_id,
        IntakeData(today, conditions=("pregnancy",), consent=consent),
        based_on=None,
    )

    # Announced on the change bus: no one tells the page.
    qtbot.waitUntil(lambda: page.ui.alertsBanner.alert_ids() == ["pregnancy"])
    assert page.ui.alertsBanner.lines()[0].property("severity") == "block"


def test_a_new_client_has_no_alerts_and_no_intake_yet(qtbot, services: Services, admin: User):
    page = open_page(qtbot, services, admin)
    assert not named(page, AlertsBanner, "Screening alerts").isVisible()
    assert not page.ui.tabs.isTabEnabled(1)

    edit(page, "First name").setText("Noor")
    button(page, "Save client").click()

    assert page.ui.tabs.isTabEnabled(1)
    assert named(page, AlertsBanner, "Screening alerts").alert_ids() == ["no-consent"]


@pytest.fixture
def two_workstations(any_db: Database, any_db_url: str, clock) -> Iterator[tuple[Services, ...]]:
    """Two apps on one database: each with its own engine, as on two computers."""
    first = build_services(any_db, clock)
    first.clinic.set_up(
        ClinicDetails("Willow Clinic"), NewUser("owner", "Olivia Owner", Role.ADMIN, "pw-123456")
    )
    other = open_database(any_db_url).db
    yield first, build_services(other, clock)
    other.dispose()


def test_the_second_save_is_refused_and_keeps_the_typing(
    qtbot, two_workstations: tuple[Services, Services], clock
) -> None:
    desk, room = two_workstations
    maria = desk.users.add_user(
        desk.users.sign_in("owner", "pw-123456"),
        NewUser("maria", "Maria", Role.RECEPTION, "pw-123456"),
    )
    paolo = desk.users.add_user(
        desk.users.sign_in("owner", "pw-123456"),
        NewUser("paolo", "Paolo", Role.PRACTITIONER, "pw-123456"),
    )
    client_id = register(desk, maria, "Giulia", "Ferri", phone="020 7946 0777")
    at_desk = open_page(qtbot, desk, maria, client_id)
    in_room = open_page(qtbot, room, paolo, client_id)

    edit(at_desk, "Email").setText("giulia@example.org")
    button(at_desk, "Save client").click()
    assert desk.clients.get(maria, client_id).data.email == "giulia@example.org"

    clock.advance(minutes=3)
    edit(in_room, "Physician").setText("Dr Bianchi, High Street Surgery")
    named(in_room, QPlainTextEdit, "Notes").setPlainText("Sensitive skin around the eyes")
    button(in_room, "Save client").click()

    banner = named(in_room, QLabel, "Save refused message")
    assert banner.isVisible()
    assert "Maria saved this client" in banner.text() and "(email changed)" in banner.text()
    assert edit(in_room, "Physician").text() == "Dr Bianchi, High Street Surgery"
    assert named(in_room, QPlainTextEdit, "Notes").toPlainText() == "Sensitive skin around the eyes"
    saved = room.clients.get(paolo, client_id).data
    assert (saved.physician, saved.notes, saved.email) == ("", "", "giulia@example.org")

    button(in_room, "Reload theirs").click()
    box = in_room.findChild(QMessageBox, "reloadConfirmBox")
    assert box is not None and box.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Keep editing")
    keep.click()
    assert edit(in_room, "Physician").text() == "Dr Bianchi, High Street Surgery"

    button(in_room, "Reload theirs").click()
    box = in_room.findChild(QMessageBox, "reloadConfirmBox")
    next(b for b in box.buttons() if b.text() == "Discard mine and reload").click()
    assert edit(in_room, "Email").text() == "giulia@example.org"
    assert edit(in_room, "Physician").text() == ""
    assert not banner.isVisibleTo(in_room)
