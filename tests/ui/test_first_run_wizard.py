"""The first-run wizard, driven with the keyboard and mouse, then checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from acudesk.ui.access.first_run_wizard import ADMIN, CLINIC, FINISH, FirstRunWizard
from tests.ui.widgets import message_under, named, press, type_into

PASSWORD = "lotus-blossom-7"


@pytest.fixture
def wizard(qtbot, services):
    wizard = FirstRunWizard(services.clinic)
    qtbot.addWidget(wizard)
    wizard.show()
    press(qtbot, wizard, "Next >")  # past the welcome page
    assert wizard.currentId() == CLINIC
    return wizard


def fill_clinic(qtbot, wizard, name="Willow Skin Clinic"):
    type_into(qtbot, wizard, "Clinic name", name)
    type_into(qtbot, wizard, "Address", "1 High Street")
    qtbot.keyClick(named(wizard, "Address"), Qt.Key.Key_Return)
    qtbot.keyClicks(named(wizard, "Address"), "Sampletown")
    type_into(qtbot, wizard, "Phone", "+44 20 7946 0001")


def fill_admin(qtbot, wizard, confirm=PASSWORD):
    type_into(qtbot, wizard, "Your name", "Olivia Owner")
    type_into(qtbot, wizard, "Username", "Olivia")
    type_into(qtbot, wizard, "Password", PASSWORD)
    type_into(qtbot, wizard, "Confirm password", confirm)


def test_typed_details_become_the_clinic_and_its_administrator(qtbot, wizard, services):
    fill_clinic(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    fill_admin(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    assert wizard.currentId() == FINISH
    assert "Willow Skin Clinic" in named(wizard, "Summary").text()

    press(qtbot, wizard, "Finish")

    assert wizard.result() == QDialog.DialogCode.Accepted
    details = services.clinic.details()
    assert (details.name, details.address, details.phone) == (
        "Willow Skin Clinic",
        "1 High Street\nSampletown",
        "+44 20 7946 0001",
    )
    assert services.clinic.needs_first_run() is False
    signed_in = services.users.sign_in("olivia", PASSWORD)
    assert signed_in.display_name == "Olivia Owner"
    assert wizard.admin == signed_in


def test_an_empty_clinic_name_is_explained_and_does_not_advance(qtbot, wizard):
    type_into(qtbot, wizard, "Phone", "+44 20 7946 0001")
    press(qtbot, wizard, "Next >")

    assert wizard.currentId() == CLINIC
    assert "Enter the clinic's name" in message_under(wizard, "Clinic name")
    assert named(wizard, "Phone").text() == "+44 20 7946 0001"

    type_into(qtbot, wizard, "Clinic name", "W")  # typing clears the message
    assert message_under(wizard, "Clinic name") == ""


def test_passwords_that_differ_or_are_short_keep_the_administrator_page(qtbot, wizard):
    fill_clinic(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    fill_admin(qtbot, wizard, confirm="lotus-blossom-8")
    press(qtbot, wizard, "Next >")
    assert wizard.currentId() == ADMIN
    assert "different" in message_under(wizard, "Confirm password")

    named(wizard, "Password").clear()
    type_into(qtbot, wizard, "Password", "short")
    press(qtbot, wizard, "Next >")
    assert wizard.currentId() == ADMIN
    assert "at least 8 characters" in message_under(wizard, "Password")


def test_a_refusal_at_finish_goes_back_to_the_field_and_keeps_the_typing(qtbot, wizard, services):
    fill_clinic(qtbot, wizard, name="Willow")
    press(qtbot, wizard, "Next >")
    fill_admin(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    # The name is emptied after its page was checked: the service has the last word.
    named(wizard, "Clinic name").setText("   ")

    press(qtbot, wizard, "Finish")

    assert wizard.currentId() == CLINIC
    assert "Enter the clinic's name" in message_under(wizard, "Clinic name")
    assert named(wizard, "Your name").text() == "Olivia Owner"
    assert named(wizard, "Confirm password").text() == PASSWORD
    assert services.clinic.needs_first_run() is True
