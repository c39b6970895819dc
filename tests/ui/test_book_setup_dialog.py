"""The Book set-up window, tab by tab, with real widgets and a real database: add, edit,
deactivate; messages next to the field; another computer's save told, the typing kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QSpinBox, QTimeEdit

from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import Span, WeeklyHours
from acudesk.domain.users import Role
from acudesk.ui.book.book_setup_dialog import BookSetupDialog
from tests.ui.widgets import click, named, press, type_into


@pytest.fixture
def dialog(qtbot, services, admin):
    def make(user=admin) -> BookSetupDialog:
        made = BookSetupDialog(services.book_setup, user, None, clock=services.clock)
        qtbot.addWidget(made)
        made.resize(1280, 720)
        made.show()
        return made

    return make


@pytest.fixture
def site(services, admin):
    return services.book_setup.add_location(
        admin, "Willow Street", "Europe/London", WeeklyHours.every_day(time(9), time(18), range(5))
    )


def message(page, field_name: str) -> str:
    return page._pairs[field_name][1].text()


def test_a_location_is_added_with_hours_and_a_break_then_deactivated(
    qtbot, dialog, services, admin
) -> None:
    window = dialog()
    page = window.show_tab("locations")
    type_into(qtbot, page, "Location name", "Willow Street")
    click(qtbot, named(page, "Open on Monday"))
    named(page, "Monday breaks", QLineEdit).setText("13:00-14:00")
    click(qtbot, named(page, "Open on Tuesday"))
    named(page, "Tuesday to", QTimeEdit).setTime(QTime(8, 0))  # closes before it opens
    press(qtbot, page, "Save")
    assert "closing time is before the opening" in message(page, "hours.1")
    assert services.book_setup.locations(admin) == []
    named(page, "Tuesday to", QTimeEdit).setTime(QTime(17, 0))
    named(page, "Tuesday breaks", QLineEdit).setText("12:00-13:00, 12:30-14:00")
    press(qtbot, page, "Save")
    assert "two breaks overlap" in message(page, "hours.1")
    named(page, "Tuesday breaks", QLineEdit).setText("12:00-12:30")
    press(qtbot, page, "Save")
    (saved,) = services.book_setup.locations(admin)
    assert saved.hours.days == {
        0: ((time(9), time(13)), (time(14), time(18))),
        1: ((time(9), time(12)), (time(12, 30), time(17))),
    }
    assert page.ui.itemList.currentItem().text() == "Willow Street"
    press(qtbot, page, "Deactivate")
    assert services.book_setup.locations(admin) == []
    assert page.ui.itemList.currentItem().text() == "Willow Street (inactive)"
    press(qtbot, page, "Activate")
    assert [loc.name for loc in services.book_setup.locations(admin)] == ["Willow Street"]


def test_a_duplicate_room_name_is_refused_next_to_the_name(
    qtbot, dialog, services, admin, site
) -> None:
    services.book_setup.add_room(admin, site.id, "Stanza Blu")
    window = dialog()
    page = window.show_tab("rooms")
    assert page.ui.scopeCombo.currentText() == "Willow Street"
    press(qtbot, page, "New")
    named(page, "Room name", QLineEdit).setText("stanza blù")  # QTest types ASCII only
    press(qtbot, page, "Save")
    assert "already used" in message(page, "name")
    assert named(page, "Room name", QLineEdit).text() == "stanza blù"  # the typing stays
    named(page, "Room name", QLineEdit).setText("Garden room")
    click(qtbot, named(page, "Own hours"))
    click(qtbot, named(page.hours, "Open on Friday"))
    press(qtbot, page, "Save")
    rooms = {r.name: r for r in services.book_setup.rooms(admin, site.id)}
    assert set(rooms) == {"Garden room", "Stanza Blu"}
    assert list(rooms["Garden room"].hours.days) == [4]


def test_a_device_is_added_and_a_service_needs_its_kind(
    qtbot, dialog, services, admin, site
) -> None:
    window = dialog()
    devices = window.show_tab("devices")
    type_into(qtbot, devices, "Device name", "Stimulator 1")
    named(devices, "Device kind", QComboBox).setCurrentText("electro-stimulator")
    press(qtbot, devices, "Save")
    assert [d.kind for d in services.book_services.devices(admin, site.id)] == [
        "electro-stimulator"
    ]
    page = window.show_tab("services")
    type_into(qtbot, page, "Service name", "Electro facial")
    named(page, "Lasts", QSpinBox).setValue(45)
    named(page, "Cleaning after", QSpinBox).setValue(10)
    named(page, "Needles in after", QSpinBox).setValue(10)
    named(page, "Retention", QSpinBox).setValue(25)
    combo = named(page, "Device needed", QComboBox)
    combo.setCurrentIndex(combo.findText("electro-stimulator"))
    type_into(qtbot, page, "Colour", "#7aa6c2")
    press(qtbot, page, "Save")
    (saved,) = services.book_services.service_setups(admin)
    assert saved.service.device_kind == "electro-stimulator"
    assert (saved.service.processing_from, saved.service.processing_minutes) == (10, 25)
    assert saved.colour == "#7AA6C2"


def test_bad_service_values_are_told_next_to_their_fields(qtbot, dialog, services, admin) -> None:
    window = dialog()
    page = window.show_tab("services")
    type_into(qtbot, page, "Service name", "Facial")
    named(page, "Lasts", QSpinBox).setValue(0)  # zero duration
    press(qtbot, page, "Save")
    assert "5 minutes" in message(page, "minutes")
    named(page, "Lasts", QSpinBox).setValue(30)
    named(page, "Needles in after", QSpinBox).setValue(20)
    named(page, "Retention", QSpinBox).setValue(20)
    type_into(qtbot, page, "Colour", "blue")
    press(qtbot, page, "Save")
    assert "inside" in message(page, "processing_minutes")
    assert services.book_services.service_setups(admin) == []


def test_another_computers_save_is_told_and_the_typing_kept(qtbot, dialog, services, admin) -> None:
    services.book_services.add_service_type(admin, ServiceType("Facial", 60))
    window = dialog()
    page = window.show_tab("services")
    page.ui.itemList.setCurrentRow(0)
    (loaded,) = services.book_services.service_setups(admin)
    services.book_services.update_service(
        admin, replace(loaded, service=replace(loaded.service, minutes=75))
    )
    named(page, "Service name", QLineEdit).setText("Facial lift")
    press(qtbot, page, "Save")
    assert "another computer" in page.ui.messageLabel.text()
    assert named(page, "Service name", QLineEdit).text() == "Facial lift"
    press(qtbot, page, "Reload")
    assert named(page, "Lasts", QSpinBox).value() == 75


def test_working_hours_per_practitioner_with_breaks(
    qtbot, dialog, services, admin, make_user, site
) -> None:
    pat = make_user("pat", Role.PRACTITIONER)
    window = dialog()
    page = window.show_tab("hours")
    rows = [page.ui.itemList.item(i).text() for i in range(page.ui.itemList.count())]
    assert any(row.startswith(pat.display_name) for row in rows)
    page.ui.itemList.setCurrentRow(
        next(i for i, r in enumerate(rows) if r.startswith(pat.display_name))
    )
    click(qtbot, named(page, "Open on Wednesday"))
    named(page, "Wednesday breaks", QLineEdit).setText("lunch")
    press(qtbot, page, "Save")
    assert "13:00-14:00" in message(page, "hours.2")
    named(page, "Wednesday breaks", QLineEdit).setText("13:00-13:30")
    press(qtbot, page, "Save")
    hours = {h.user_id: h for h in services.book_people.working_hours(admin, site.id)}
    assert hours[pat.id].hours.days == {2: ((time(9), time(13)), (time(13, 30), time(18)))}


def test_a_closure_and_a_practitioners_time_off(
    qtbot, dialog, services, admin, make_user, site
) -> None:
    pat = make_user("pat", Role.PRACTITIONER)
    window = dialog()
    page = window.show_tab("time off")
    type_into(qtbot, page, "Reason", "Christmas")
    press(qtbot, page, "Save")  # nobody chosen: Enter on a new entry never closes the clinic
    assert "Choose who is away" in message(page, "who")
    assert services.book_people.time_off(admin, site.id) == []
    closure = named(page, "Who is away", QComboBox)
    closure.setCurrentIndex(closure.findText("The whole location (closed)"))
    named(page, "Away from", QDateTimeEdit).setDateTime(QDateTime(QDate(2026, 12, 24), QTime(0, 0)))
    # The month in words, as every date field of the book: 24/12 or 12/24 is not asked.
    assert "24 Dec 2026" in named(page, "Away from", QDateTimeEdit).text()
    named(page, "Away until", QDateTimeEdit).setDateTime(
        QDateTime(QDate(2026, 12, 23), QTime(0, 0))
    )
    press(qtbot, page, "Save")
    assert "end after it starts" in message(page, "end")
    named(page, "Away until", QDateTimeEdit).setDateTime(
        QDateTime(QDate(2026, 12, 27), QTime(0, 0))
    )
    press(qtbot, page, "Save")
    press(qtbot, page, "New")
    who = named(page, "Who is away", QComboBox)
    who.setCurrentIndex(who.findData(pat.id))
    type_into(qtbot, page, "Reason", "Training")
    press(qtbot, page, "Save")
    entries = services.book_people.time_off(admin, site.id)
    assert sorted((e.reason, e.user_id) for e in entries) == [
        ("Christmas", None),
        ("Training", pat.id),
    ]
    closed = next(e for e in entries if e.reason == "Christmas")
    assert closed.span == Span(
        datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 27, tzinfo=UTC)
    )
    page.ui.itemList.setCurrentRow(
        next(
            i
            for i in range(page.ui.itemList.count())
            if "Christmas" in page.ui.itemList.item(i).text()
        )
    )
    press(qtbot, page, "Remove")
    assert [e.reason for e in services.book_people.time_off(admin, site.id)] == ["Training"]


def test_reception_sees_the_set_up_but_cannot_change_it(qtbot, dialog, make_user, site) -> None:
    rita = make_user("rita", Role.RECEPTION)
    window = dialog(rita)
    page = window.show_tab("locations")
    assert page.ui.itemList.count() == 1
    assert not page.ui.saveButton.isEnabled() and not page.ui.newButton.isEnabled()


def test_the_clinic_menu_opens_the_window(qtbot, services, admin, relay) -> None:
    from acudesk.ui.shell.main_window import MainWindow

    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    window.action("bookSetupAction").trigger()
    (opened,) = [d for d in window.findChildren(BookSetupDialog) if d.isVisible()]
    assert opened.ui.tabs.count() == 6
    opened.reject()


def test_enter_saves_the_tab_shown_and_escape_closes(qtbot, dialog, services, admin, site) -> None:
    from PySide6.QtCore import Qt

    window = dialog()
    page = window.show_tab("rooms")
    type_into(qtbot, page, "Room name", "Blue room")
    qtbot.keyClick(named(page, "Room name"), Qt.Key.Key_Return)
    assert [r.name for r in services.book_setup.rooms(admin, site.id)] == ["Blue room"]
    qtbot.keyClick(named(page, "Room name"), Qt.Key.Key_Escape)
    assert not window.isVisible()
