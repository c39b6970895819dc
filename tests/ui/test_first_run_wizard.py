"""The first-run wizard, driven with the keyboard and mouse, then checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from acudesk.domain.clients import ClientInput
from acudesk.domain.dates import DateOrder
from acudesk.ui.access.first_run_wizard import ADMIN, CLINIC, FINISH, FORMATS, FirstRunWizard
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
    press(qtbot, wizard, "Next >")  # the country and formats, as suggested
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
    press(qtbot, wizard, "Next >")  # the country and formats, as suggested
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


def choose(wizard, name: str, data: str) -> None:
    combo = named(wizard, name, QComboBox)
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {name}"
    combo.setCurrentIndex(index)


def test_country_dates_paper_and_language_are_asked_and_stored(qtbot, services):
    wizard = FirstRunWizard(services.clinic)
    qtbot.addWidget(wizard)
    wizard.show()
    press(qtbot, wizard, "Next >")
    fill_clinic(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    assert wizard.currentId() == FORMATS
    choose(wizard, "Country", "US")  # the usual US formats follow the country...
    assert named(wizard, "Date order", QComboBox).currentData() == DateOrder.MONTH_FIRST.value
    assert named(wizard, "Paper size", QComboBox).currentData() == "Letter"
    choose(wizard, "Date order", DateOrder.DAY_FIRST.value)  # ...until the person chooses
    choose(wizard, "Country", "IT")
    assert named(wizard, "Date order", QComboBox).currentData() == DateOrder.DAY_FIRST.value
    assert named(wizard, "Paper size", QComboBox).currentData() == "A4"
    choose(wizard, "Paper size", "Letter")
    press(qtbot, wizard, "Next >")
    fill_admin(qtbot, wizard)
    press(qtbot, wizard, "Next >")
    assert "Letter" in named(wizard, "Summary").text()
    # The language of the welcome page: the wizard speaks it at once, choices kept.
    named(wizard, "Language", QComboBox).setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Paese e formati" in wizard.page(FORMATS).title())
    assert named(wizard, "Paese", QComboBox).currentData() == "IT"
    assert "Italia (IT)" in wizard.ui.summaryLabel.text()

    press(qtbot, wizard, "Finish")

    settings = services.settings.current()
    assert (settings.phone_region, settings.date_order) == ("IT", DateOrder.DAY_FIRST)
    assert services.settings.handouts().page_size == "Letter"
    assert services.settings.clinic_language() == "it"
    # Phone numbers without +39 are now read as Italian ones.
    client = services.clients.create(
        wizard.admin, ClientInput(first_name="Anna", last_name="Rossi", phone="06 1234 5678")
    )
    assert client.data.phone == "+39 06 1234 5678"


def test_a_country_acudesk_does_not_know_is_refused_by_the_service(services):
    from acudesk.domain.clinic import ClinicDetails
    from acudesk.domain.errors import ValidationError
    from acudesk.domain.settings import ClinicFormats
    from acudesk.domain.users import NewUser, Role

    with pytest.raises(ValidationError) as refused:
        services.clinic.set_up(
            ClinicDetails("Willow"),
            NewUser("olivia", "Olivia", Role.ADMIN, PASSWORD),
            ClinicFormats(phone_region="XX", page_size="A5"),
        )
    assert set(refused.value.errors) == {"formats.phone_region", "formats.page_size"}
    assert services.clinic.needs_first_run() is True
