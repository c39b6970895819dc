"""The client page: header and screening alerts, and two workstations editing one client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.screening import Severity
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.ui.widgets.alerts_banner import AlertsBanner
from tests.ui.clients_support import open_page, register
from tests.ui.widgets import named


def test_a_client_without_intake_shows_intake_needed_not_a_red_stop(
    qtbot, services: Services, admin: User, clock
) -> None:
    client_id = register(
        services, admin, "Zoë", "Adams", date_of_birth="1985-03-24", phone="020 7946 0123"
    )
    page = open_page(qtbot, services, admin, client_id)

    assert named(page, "Client name", QLabel).text() == "Zoë Adams"
    summary = named(page, "Client summary", QLabel).text()
    assert "41 years old" in summary and "+44 20 7946 0123" in summary
    banner = named(page, "Screening alerts", AlertsBanner)
    assert banner.isVisible()
    assert banner.alert_ids() == ["no-consent"]
    line = banner.lines()[0]
    assert line.alert.severity is Severity.BLOCK  # a session still treats it as blocking
    assert line.property("severity") == "intake"  # at the desk: amber, a task
    chips = [label.text() for label in line.findChildren(QLabel) if label.property("chip")]
    assert chips == ["INTAKE NEEDED"]
    assert line.message_label.full_text.startswith("No intake yet")
    assert line.accessibleName().startswith("Intake needed: ")
    assert not line.action_label.isVisible()
    named(banner, "What to do: " + line.alert.message, QAbstractButton).click()
    assert line.action_label.isVisible()
    assert "sign" in line.action_label.text()


def test_the_intake_tab_is_built_when_first_shown(qtbot, services: Services, admin: User) -> None:
    page = open_page(qtbot, services, admin, register(services, admin, "Ann", "Lee"))
    tabs = named(page, "Client record", QTabWidget)
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
    assert not named(page, "Screening alerts", AlertsBanner).isVisible()
    assert not page.ui.tabs.isTabEnabled(1)

    named(page, "First name", QLineEdit).setText("Noor")
    named(page, "Save client", QAbstractButton).click()

    assert page.ui.tabs.isTabEnabled(1)
    assert named(page, "Screening alerts", AlertsBanner).alert_ids() == ["no-consent"]


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

    named(at_desk, "Email", QLineEdit).setText("giulia@example.org")
    named(at_desk, "Save client", QAbstractButton).click()
    assert desk.clients.get(maria, client_id).data.email == "giulia@example.org"

    clock.advance(minutes=3)
    named(in_room, "Physician", QLineEdit).setText("Dr Bianchi, High Street Surgery")
    named(in_room, "Notes", QPlainTextEdit).setPlainText("Sensitive skin around the eyes")
    named(in_room, "Save client", QAbstractButton).click()

    banner = named(in_room, "Save refused message", QLabel)
    assert banner.isVisible()
    assert "Maria saved this client" in banner.text() and "(email changed)" in banner.text()
    assert named(in_room, "Physician", QLineEdit).text() == "Dr Bianchi, High Street Surgery"
    assert named(in_room, "Notes", QPlainTextEdit).toPlainText() == "Sensitive skin around the eyes"
    saved = room.clients.get(paolo, client_id).data
    assert (saved.physician, saved.notes, saved.email) == ("", "", "giulia@example.org")

    named(in_room, "Reload theirs", QAbstractButton).click()
    box = in_room.findChild(QMessageBox, "reloadConfirmBox")
    assert box is not None and box.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Keep editing")
    keep.click()
    assert named(in_room, "Physician", QLineEdit).text() == "Dr Bianchi, High Street Surgery"

    named(in_room, "Reload theirs", QAbstractButton).click()
    box = in_room.findChild(QMessageBox, "reloadConfirmBox")
    next(b for b in box.buttons() if b.text() == "Discard mine and reload").click()
    assert named(in_room, "Email", QLineEdit).text() == "giulia@example.org"
    assert named(in_room, "Physician", QLineEdit).text() == ""
    assert not banner.isVisibleTo(in_room)


def test_each_alert_keeps_to_one_line_and_opens_for_its_details(qtbot) -> None:
    from acudesk.domain.screening import Alert

    long = "Anticoagulants (warfarin) noted: bruising and bleeding are likely. " * 4
    banner = AlertsBanner()
    qtbot.addWidget(banner)
    banner.resize(700, 300)
    banner.set_alerts(
        [
            Alert("anticoagulants", Severity.CAUTION, long, "Fewer needles; press longer."),
            Alert("no-consent", Severity.BLOCK, "No intake on file.", "Take it.", no_intake=True),
        ]
    )
    banner.show()
    qtbot.waitExposed(banner)
    stop, caution = banner.lines()
    assert stop.property("severity") == "block"  # outside the desk (a session): a STOP
    metrics = caution.message_label.fontMetrics()
    assert caution.message_label.height() < 2 * metrics.lineSpacing()
    assert caution.message_label.is_cut() and caution.message_label.text().endswith("…")
    caution.toggle_button.click()
    assert caution.details_label.isVisible() and caution.details_label.text() == long
    assert caution.action_label.isVisible()
