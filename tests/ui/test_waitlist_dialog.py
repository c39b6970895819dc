"""Book ▸ Waitlist…: add an entry with a message next to a bad field, filter, sort, edit and
remove; from a client's page, "Add to waitlist…" with the client filled in."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours
from acudesk.domain.clients import ClientInput
from acudesk.domain.users import NewUser, Role
from acudesk.domain.waitlist import TimeWindow, WaitlistInput, WaitlistStatus
from acudesk.ui.book.waitlist_dialog import WaitlistDialog
from acudesk.ui.book.waitlist_entry_dialog import WaitlistEntryDialog
from tests.ui.widgets import message_under, named, press, type_into


@pytest.fixture
def clinic(services, admin):
    setup = services.book_setup
    location = setup.add_location(
        admin, "Willow Street", "Europe/London", WeeklyHours.every_day(time(9), time(18), range(6))
    )
    setup.add_room(admin, location.id, "Blue room")
    facial = setup.add_service_type(admin, ServiceType("Facial acupuncture", 60))
    talk = setup.add_service_type(admin, ServiceType("Consultation", 30))
    pat = services.users.add_user(admin, NewUser("pat", "Pat Lee", Role.PRACTITIONER, "pat-pw-123"))
    maria = services.clients.create(admin, ClientInput(first_name="Maria", last_name="Quintero"))
    bruno = services.clients.create(admin, ClientInput(first_name="Bruno", last_name="Alves"))
    return facial, talk, pat, maria, bruno


def open_dialog(qtbot, services, admin, relay) -> WaitlistDialog:
    dialog = WaitlistDialog(
        services.waitlist, services.book_setup, services.clients, services.clock, admin, relay
    )
    qtbot.addWidget(dialog)
    dialog.resize(1180, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog: WaitlistDialog, column: int = 0) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_adding_an_entry_shows_a_bad_time_next_to_its_field(
    qtbot, services, admin, relay, clinic
) -> None:
    facial, _talk, pat, maria, _bruno = clinic
    dialog = open_dialog(qtbot, services, admin, relay)
    assert "Nobody" in named(dialog, "Waitlist message").text()
    press(qtbot, dialog, "Add…")
    entry = dialog.entry_dialog
    assert isinstance(entry, WaitlistEntryDialog)
    qtbot.waitExposed(entry)
    type_into(qtbot, entry, "Client", "quint")
    for field, value in (("Service", facial.id), ("Practitioner", pat.id)):
        combo = named(entry, field, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
    named(entry, "Tuesday").setChecked(True)
    named(entry, "Thursday").setChecked(True)
    type_into(qtbot, entry, "Times of day", "9-")
    type_into(qtbot, entry, "Notes", "Mornings suit her best")
    press(qtbot, entry, "Save")
    assert "'9-' is not a time window" in message_under(entry, "Times of day")
    assert entry.isVisible() and services.waitlist.entries(admin) == []
    named(entry, "Times of day").clear()
    type_into(qtbot, entry, "Times of day", "09:00-12:00, 15-18")
    qtbot.keyClick(named(entry, "Notes"), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not entry.isVisible())
    [saved] = services.waitlist.entries(admin)
    assert (saved.client_id, saved.service_id, saved.practitioner_id) == (
        maria.id,
        facial.id,
        pat.id,
    )
    assert saved.weekdays == {1, 3} and saved.notes == "Mornings suit her best"
    assert saved.windows == (TimeWindow(time(9), time(12)), TimeWindow(time(15), time(18)))
    qtbot.waitUntil(lambda: rows(dialog) == ["Maria Quintero"])
    assert rows(dialog, 3) == ["Tue, Thu"] and rows(dialog, 4) == ["09:00–12:00, 15:00–18:00"]


def test_the_list_filters_sorts_edits_and_removes(qtbot, services, admin, relay, clinic) -> None:
    facial, talk, pat, maria, bruno = clinic
    waitlist = services.waitlist
    waitlist.add(admin, WaitlistInput(maria.id, facial.id, pat.id, until=date(2027, 1, 31)))
    services.clock.advance(minutes=5)
    waitlist.add(admin, WaitlistInput(bruno.id, talk.id, until=date(2026, 12, 31)))
    dialog = open_dialog(qtbot, services, admin, relay)
    assert rows(dialog) == ["Maria Quintero", "Bruno Alves"]  # who waited longest first
    dialog.ui.entriesTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert rows(dialog) == ["Bruno Alves", "Maria Quintero"]
    dialog.ui.entriesTable.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # until, latest first
    assert rows(dialog) == ["Maria Quintero", "Bruno Alves"]
    services_filter = named(dialog, "Show the service", QComboBox)
    services_filter.setCurrentIndex(services_filter.findData(talk.id))
    assert rows(dialog) == ["Bruno Alves"]
    services_filter.setCurrentIndex(0)
    people = named(dialog, "Show the practitioner", QComboBox)
    people.setCurrentIndex(people.findData(pat.id))
    assert rows(dialog) == ["Maria Quintero"]
    people.setCurrentIndex(0)

    dialog.select(waitlist.entries(admin, client_id=bruno.id)[0].id)
    press(qtbot, dialog, "Edit…")
    entry = dialog.entry_dialog
    qtbot.waitExposed(entry)
    assert named(entry, "Client").isReadOnly()  # the client stays who they are
    named(entry, "Waits until").setDate(QDate(2027, 2, 28))
    press(qtbot, entry, "Save")
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert waitlist.entries(admin, client_id=bruno.id)[0].until == date(2027, 2, 28)

    dialog.select(waitlist.entries(admin, client_id=maria.id)[0].id)
    press(qtbot, dialog, "Remove")
    box = dialog.confirm_box
    qtbot.waitExposed(box)
    press(qtbot, box, "Remove")
    qtbot.waitUntil(lambda: rows(dialog) == ["Bruno Alves"])
    named(dialog, "Show booked, removed and expired").setChecked(True)
    assert sorted(rows(dialog, 7)) == ["Removed", "Waiting"]
    [gone] = [e for e in waitlist.entries(admin, waiting_only=False) if e.client_id == maria.id]
    assert gone.stored_status is WaitlistStatus.REMOVED


def test_an_entry_added_elsewhere_appears(qtbot, services, admin, relay, clinic) -> None:
    facial, _talk, _pat, maria, _bruno = clinic
    dialog = open_dialog(qtbot, services, admin, relay)
    services.waitlist.add(admin, WaitlistInput(maria.id, facial.id, until=date(2027, 1, 31)))
    qtbot.waitUntil(lambda: rows(dialog) == ["Maria Quintero"])


def test_the_table_fits_a_laptop_without_scrolling_sideways(
    qtbot, services, admin, relay, clinic
) -> None:
    facial, _talk, pat, maria, bruno = clinic
    long_notes = "Prefers the Blue room, parks nearby, call after 18:00 on weekdays " * 3
    for client in (maria, bruno):
        services.waitlist.add(
            admin,
            WaitlistInput(
                client.id,
                facial.id,
                pat.id,
                frozenset({0, 1, 2, 3, 4}),
                (TimeWindow(time(9), time(12)), TimeWindow(time(14), time(18, 30))),
                date(2027, 12, 31),
                long_notes,
            ),
        )
    dialog = open_dialog(qtbot, services, admin, relay)
    assert dialog.frameGeometry().width() <= 1366
    named(dialog, "Show booked, removed and expired").setChecked(True)
    QApplication.processEvents()
    assert dialog.ui.entriesTable.horizontalScrollBar().maximum() == 0


def test_a_clients_page_puts_them_on_the_waitlist(qtbot, services, admin, relay, clinic) -> None:
    from acudesk.ui.shell.main_window import MainWindow

    facial, _talk, _pat, maria, _bruno = clinic
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_screen("Clients").open_client(maria.id)
    qtbot.waitUntil(page.isVisible)
    press(qtbot, page, "Add to waitlist…")
    entry = page.header_actions.entry_dialog
    qtbot.waitExposed(entry)
    assert named(entry, "Client").text() == "Maria Quintero"
    service = named(entry, "Service", QComboBox)
    service.setCurrentIndex(service.findData(facial.id))
    press(qtbot, entry, "Save")
    qtbot.waitUntil(lambda: entry.result() == QDialog.DialogCode.Accepted)
    [saved] = services.waitlist.entries(admin)
    assert (saved.client_id, saved.service_id) == (maria.id, facial.id)
    label = named(page, "On the waitlist", QLabel)
    qtbot.waitUntil(lambda: "Waiting for Facial acupuncture" in label.text())
