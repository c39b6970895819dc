"""The client form: checks as fields are left and on Save, duplicates, archive and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QPlainTextEdit

from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.clients.duplicate_clients_dialog import DuplicateClientsDialog
from tests.ui.clients_support import button, edit, message, named, open_page, register


def test_an_impossible_date_is_explained_under_the_field_and_nothing_is_lost(
    qtbot, services: Services, admin: User
) -> None:
    page = open_page(qtbot, services, admin)
    assert named(page, QLabel, "Date of birth hint").text() == "Day/month/year, e.g. 24/03/1985"
    qtbot.keyClicks(edit(page, "First name"), "Ines")
    qtbot.keyClicks(edit(page, "Last name"), "Moreau")
    qtbot.keyClicks(edit(page, "Date of birth"), "31/02/1985")
    qtbot.keyClicks(edit(page, "Email"), "ines@example.org")
    named(page, QPlainTextEdit, "Notes").setPlainText("Prefers mornings")
    named(page, QComboBox, "How they heard of us").setCurrentText("Instagram")

    button(page, "Save client").click()

    assert message(page, "Date of birth") == "'31/02/1985' is not a real date."
    assert message(page, "Email") == ""
    assert edit(page, "Date of birth").hasFocus()
    assert edit(page, "First name").text() == "Ines"
    assert edit(page, "Date of birth").text() == "31/02/1985"
    assert edit(page, "Email").text() == "ines@example.org"
    assert named(page, QPlainTextEdit, "Notes").toPlainText() == "Prefers mornings"
    assert named(page, QComboBox, "How they heard of us").currentText() == "Instagram"
    assert services.clients.search(admin, "moreau") == []

    edit(page, "Date of birth").clear()
    qtbot.keyClicks(edit(page, "Date of birth"), "28/02/1985")
    assert message(page, "Date of birth") == ""  # editing clears the message
    button(page, "Save client").click()
    assert [r.display_name for r in services.clients.search(admin, "moreau")] == ["Ines Moreau"]


def test_leaving_a_field_checks_only_that_field(qtbot, services: Services, admin: User) -> None:
    page = open_page(qtbot, services, admin)
    email = edit(page, "Email")
    email.setFocus()
    qtbot.keyClicks(email, "not-an-email")
    qtbot.keyClick(email, Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: message(page, "Email") != "", timeout=10_000)
    assert message(page, "Email").startswith("That email address is not valid")
    assert message(page, "First name") == ""  # empty fields are only mentioned on Save
    assert not email.hasFocus()  # the message does not pull the cursor back

    phone = edit(page, "Phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "020 7946 0999")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: phone.text() == "+44 20 7946 0999", timeout=10_000)
    assert message(page, "Phone") == ""


def test_a_look_alike_client_is_offered_and_can_be_saved_anyway(
    qtbot, services: Services, admin: User
) -> None:
    existing = register(services, admin, "Sofia", "Rossi", date_of_birth="1990-05-04")
    page = open_page(qtbot, services, admin)
    qtbot.keyClicks(edit(page, "First name"), "Sofia")
    qtbot.keyClicks(edit(page, "Last name"), "Rossi")
    qtbot.keyClicks(edit(page, "Date of birth"), "04/05/1990")

    button(page, "Save client").click()

    dialog = page.findChild(DuplicateClientsDialog)
    assert dialog is not None and dialog.isVisible()
    assert named(dialog, QFrame, "Match Sofia Rossi").isVisible()
    assert button(dialog, "Open Sofia Rossi").isEnabled()
    assert "04/05/1990" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert len(services.clients.search(admin, "rossi")) == 1

    button(dialog, "Save as a new client").click()

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
    qtbot.keyClicks(edit(page, "First name"), "Sophie")
    qtbot.keyClicks(edit(page, "Email"), "SOFIA@example.org")
    button(page, "Save client").click()

    button(page.findChild(DuplicateClientsDialog), "Open Sofia Rossi").click()

    assert opened == [existing]
    assert len(services.clients.search(admin, "")) == 1


def test_archive_and_restore(qtbot, services: Services, admin: User) -> None:
    client_id = register(services, admin, "Lena", "Vogel")
    page = open_page(qtbot, services, admin, client_id)
    assert not named(page, QLabel, "Archived client").isVisible()

    button(page, "Archive").click()

    assert services.clients.get(admin, client_id).archived
    assert named(page, QLabel, "Archived client").isVisible()
    assert services.clients.search(admin, "vogel") == []
    button(page, "Restore").click()
    assert not services.clients.get(admin, client_id).archived
    assert [r.id for r in services.clients.search(admin, "vogel")] == [client_id]
