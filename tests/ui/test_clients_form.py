"""The client form: checks as fields are left and on Save, duplicates, archive and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.clients.duplicate_clients_dialog import DuplicateClientsDialog
from tests.ui.clients_support import open_page, register
from tests.ui.widgets import message_under, named


def test_an_impossible_date_is_explained_under_the_field_and_nothing_is_lost(
    qtbot, services: Services, admin: User
) -> None:
    page = open_page(qtbot, services, admin)
    assert named(page, "Date of birth hint", QLabel).text() == "Day/month/year, e.g. 24/03/1985"
    qtbot.keyClicks(named(page, "First name", QLineEdit), "Ines")
    qtbot.keyClicks(named(page, "Last name", QLineEdit), "Moreau")
    qtbot.keyClicks(named(page, "Date of birth", QLineEdit), "31/02/1985")
    qtbot.keyClicks(named(page, "Email", QLineEdit), "ines@example.org")
    named(page, "Notes", QPlainTextEdit).setPlainText("Prefers mornings")
    named(page, "How they heard of us", QComboBox).setCurrentText("Instagram")

    named(page, "Save client", QAbstractButton).click()

    assert message_under(page, "Date of birth") == "'31/02/1985' is not a real date."
    assert message_under(page, "Email") == ""
    assert named(page, "Date of birth", QLineEdit).hasFocus()
    assert named(page, "First name", QLineEdit).text() == "Ines"
    assert named(page, "Date of birth", QLineEdit).text() == "31/02/1985"
    assert named(page, "Email", QLineEdit).text() == "ines@example.org"
    assert named(page, "Notes", QPlainTextEdit).toPlainText() == "Prefers mornings"
    assert named(page, "How they heard of us", QComboBox).currentText() == "Instagram"
    assert services.clients.search(admin, "moreau") == []

    named(page, "Date of birth", QLineEdit).clear()
    qtbot.keyClicks(named(page, "Date of birth", QLineEdit), "28/02/1985")
    assert message_under(page, "Date of birth") == ""  # editing clears the message
    named(page, "Save client", QAbstractButton).click()
    assert [r.display_name for r in services.clients.search(admin, "moreau")] == ["Ines Moreau"]


def test_leaving_a_field_checks_only_that_field(qtbot, services: Services, admin: User) -> None:
    page = open_page(qtbot, services, admin)
    email = named(page, "Email", QLineEdit)
    email.setFocus()
    qtbot.keyClicks(email, "not-an-email")
    qtbot.keyClick(email, Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: message_under(page, "Email") != "", timeout=10_000)
    assert message_under(page, "Email").startswith("That email address is not valid")
    assert message_under(page, "First name") == ""  # empty fields are only mentioned on Save
    assert not email.hasFocus()  # the message does not pull the cursor back

    phone = named(page, "Phone", QLineEdit)
    phone.setFocus()
    qtbot.keyClicks(phone, "020 7946 0999")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: phone.text() == "+44 20 7946 0999", timeout=10_000)
    assert message_under(page, "Phone") == ""


def test_a_look_alike_client_is_offered_and_can_be_saved_anyway(
    qtbot, services: Services, admin: User
) -> None:
    existing = register(services, admin, "Sofia", "Rossi", date_of_birth="1990-05-04")
    page = open_page(qtbot, services, admin)
    qtbot.keyClicks(named(page, "First name", QLineEdit), "Sofia")
    qtbot.keyClicks(named(page, "Last name", QLineEdit), "Rossi")
    qtbot.keyClicks(named(page, "Date of birth", QLineEdit), "04/05/1990")

    named(page, "Save client", QAbstractButton).click()

    dialog = page.findChild(DuplicateClientsDialog)
    assert dialog is not None and dialog.isVisible()
    assert named(dialog, "Match Sofia Rossi", QFrame).isVisible()
    assert named(dialog, "Open Sofia Rossi", QAbstractButton).isEnabled()
    assert "04/05/1990" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert len(services.clients.search(admin, "rossi")) == 1

    named(dialog, "Save as a new client", QAbstractButton).click()

    rows = services.clients.search(admin, "rossi")
    assert len(rows) == 2
    assert page.client() is not None and page.client().id != existing  # type: ignore[union-attr]


def test_open_the_existing_client_from_the_duplicate_dialog(
    qtbot, services: Services, admin: User
) -> None:
    existing = register(services, admin, "Sofia", "Rossi", email="sofia@example.org")
    page = open_page(qtbot, services, admin)
    opened: list[int] = []
    page.open_client_requested.connect(opened.append)
    qtbot.keyClicks(named(page, "First name", QLineEdit), "Sophie")
    qtbot.keyClicks(named(page, "Email", QLineEdit), "SOFIA@example.org")
    named(page, "Save client", QAbstractButton).click()

    named(page.findChild(DuplicateClientsDialog), "Open Sofia Rossi", QAbstractButton).click()

    assert opened == [existing]
    assert len(services.clients.search(admin, "")) == 1


def test_archive_and_restore(qtbot, services: Services, admin: User) -> None:
    client_id = register(services, admin, "Lena", "Vogel")
    page = open_page(qtbot, services, admin, client_id)
    assert not named(page, "Archived client", QLabel).isVisible()

    named(page, "Archive", QAbstractButton).click()

    assert services.clients.get(admin, client_id).archived
    assert named(page, "Archived client", QLabel).isVisible()
    assert services.clients.search(admin, "vogel") == []
    named(page, "Restore", QAbstractButton).click()
    assert not services.clients.get(admin, client_id).archived
    assert [r.id for r in services.clients.search(admin, "vogel")] == [client_id]


def test_reminder_consent_is_ticked_with_its_day_and_needs_an_address(
    qtbot, services: Services, admin: User
) -> None:
    page = open_page(qtbot, services, admin)
    qtbot.keyClicks(named(page, "First name", QLineEdit), "Ines")
    qtbot.keyClicks(named(page, "Last name", QLineEdit), "Moreau")
    named(page, "Reminders by SMS", QAbstractButton).click()
    named(page, "Save client", QAbstractButton).click()
    assert (
        message_under(page, "Reminders by SMS") == "SMS reminders need the client's phone number."
    )
    assert services.clients.search(admin, "moreau") == []

    qtbot.keyClicks(named(page, "Email", QLineEdit), "ines@example.org")
    named(page, "Reminders by SMS", QAbstractButton).click()  # cleared again
    named(page, "Reminders by email", QAbstractButton).click()
    named(page, "Save client", QAbstractButton).click()

    [row] = services.clients.search(admin, "moreau")
    saved = services.clients.get(admin, row.id)
    assert saved.data.reminders.email_since == services.clock().date()
    assert saved.data.reminders.sms_since is None
    box = named(page, "Reminders by email", QAbstractButton)
    assert box.isChecked() and box.text().endswith("agreed on 23/11/2026")
