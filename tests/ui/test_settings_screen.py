"""The clinic settings screen: real widgets over a real SQLite file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acudesk.domain.intake import ProcedureKind
from acudesk.domain.screening import Severity
from acudesk.domain.users import Role
from acudesk.ui.clinic.settings_screen import SettingsScreen
from acudesk.ui.shell.change_relay import ChangeRelay


def _screen(qtbot, services, user):
    widget = SettingsScreen(services.settings, services.clinic, user, ChangeRelay(services.bus))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_admin_changes_rules_and_they_are_saved(qtbot, services, admin):
    screen = _screen(qtbot, services, admin)
    assert screen.ui.regionCombo.currentData() == "GB"
    screen.ui.regionCombo.setCurrentIndex(screen.ui.regionCombo.findData("IT"))
    screen.wait_spin(ProcedureKind.BOTULINUM_TOXIN).setValue(90)
    combo = screen.severity_combo("pacemaker")
    combo.setCurrentIndex(combo.findData("block"))
    screen.ui.reviewSpin.setValue(6)
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert screen.ui.saveNotice.text().startswith("Saved")
    saved = services.settings.current()
    assert saved.phone_region == "IT"
    assert saved.screening.wait(ProcedureKind.BOTULINUM_TOXIN) == 90
    assert saved.screening.severity("pacemaker") is Severity.BLOCK
    assert saved.screening.review_months == 6
    assert saved.screening.waiting_days == {ProcedureKind.BOTULINUM_TOXIN: 90}


def test_empty_clinic_name_is_refused_next_to_the_field(qtbot, services, admin):
    screen = _screen(qtbot, services, admin)
    screen.ui.nameEdit.clear()
    qtbot.keyClicks(screen.ui.phoneEdit, "9")
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Enter the clinic's name" in screen.ui.nameError.text()
    assert screen.ui.phoneEdit.text().endswith("9")  # nothing typed is lost
    assert services.clinic.details().name == "Willow Clinic"


def test_permission_is_enforced_by_the_service(qtbot, services, make_user):
    rita = make_user("rita", Role.RECEPTION)
    screen = _screen(qtbot, services, rita)
    screen.wait_spin(ProcedureKind.LASER).setValue(1)
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "may not change the clinic's details" in screen.ui.rulesError.text()
    assert services.settings.current().screening.wait(ProcedureKind.LASER) == 30


def _elsewhere(sqlite_path, clock):
    """Another workstation on the same file, with its own change bus (this screen does not
    hear its saves)."""
    from acudesk.services.registry import build_services
    from acudesk.store.engine import Database

    return build_services(Database(f"sqlite:///{sqlite_path}"), clock)


def test_rules_saved_elsewhere_meanwhile_refuse_this_save_and_keep_what_is_typed(
    qtbot, services, admin, sqlite_path, clock
):
    from dataclasses import replace

    screen = _screen(qtbot, services, admin)
    other = _elsewhere(sqlite_path, clock)
    theirs = other.settings.current()
    other.settings.update(admin, replace(theirs, phone_region="DE"))
    screen.ui.regionCombo.setCurrentIndex(screen.ui.regionCombo.findData("IT"))
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "saved these settings on another computer" in screen.ui.rulesError.text()
    assert screen.ui.regionCombo.currentData() == "IT"  # what was typed stays
    assert services.settings.current().phone_region == "DE"  # theirs stays too
    other.db.dispose()


def test_clinic_details_saved_elsewhere_meanwhile_refuse_this_save_and_keep_the_text(
    qtbot, services, admin, sqlite_path, clock
):
    from dataclasses import replace

    screen = _screen(qtbot, services, admin)
    other = _elsewhere(sqlite_path, clock)
    other.clinic.update(admin, replace(other.clinic.details(), phone="+44 20 7946 0002"))
    screen.ui.nameEdit.setText("Willow & Ash")
    qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "saved this clinic's details on another computer" in screen.ui.nameError.text()
    assert screen.ui.nameEdit.text() == "Willow & Ash"
    assert services.clinic.details().name == "Willow Clinic"
    other.db.dispose()
