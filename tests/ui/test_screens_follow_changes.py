"""One change bus: what one window saves, every other open screen showing it follows.

Each test changes something through one window (or a service call, as another workstation
would) and checks the other screens, never telling them to refresh. Delivery is queued on the
GUI thread, so the checks wait for the event loop rather than for a time.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import SIGNAL, QThread
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QTableView, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.clients import ClientInput
from acudesk.domain.dates import DateOrder
from acudesk.domain.settings import HandoutSettings
from acudesk.domain.users import NewUser, Role
from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.clients.clients_screen import ClientsScreen
from acudesk.ui.intake.intake_dialog import IntakeDialog
from acudesk.ui.products.products_screen import ProductsScreen
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.shell.screens import Context, client_page
from tests.ui import session_support
from tests.ui.intake_support import sign
from tests.ui.session_support import modal, new_window, open_sessions_tab
from tests.ui.widgets import click, named, press

practitioner = session_support.practitioner
client = session_support.client  # Anna Rossi, with a signed intake and no alerts

CHANGED_SIGNAL = SIGNAL("changed(PyObject)")


def desk(qtbot, services, user, relay) -> MainWindow:
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def clients_of(window: MainWindow) -> ClientsScreen:
    screen = window.show_screen("Clients")
    assert isinstance(screen, ClientsScreen)
    return screen


def listed(screen: ClientsScreen, column: int = 0) -> list[str]:
    model = screen.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def page_for(qtbot, services, user, relay, client_id: int | None) -> ClientPage:
    """Another window on the same client, as at a second desk."""
    page = client_page(Context(services, user, relay), client_id)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def retype(qtbot, root: QWidget, field: str, text: str) -> None:
    edit = named(root, field, QLineEdit)
    assert isinstance(edit, QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, text)


def text_of(root: QWidget, name: str) -> str:
    label = named(root, name, QLabel)
    assert isinstance(label, QLabel)
    return label.text()


# The relay ----------------------------------------------------------------------------------


def test_a_change_published_on_a_worker_thread_arrives_on_the_gui_thread(qtbot, services, relay):
    arrived: list[tuple[Changes, bool]] = []
    receiver = QWidget()
    qtbot.addWidget(receiver)

    def on_changed(changes: Changes) -> None:
        arrived.append((changes, QThread.currentThread() is receiver.thread()))

    relay.changed.connect(on_changed)
    worker = threading.Thread(target=services.bus.publish, args=(Changes.of(clients=[7]),))
    with qtbot.waitSignal(relay.changed):
        worker.start()
        worker.join()
    assert arrived == [(Changes.of(clients=[7]), True)]


def test_a_closed_screen_receives_no_more_changes(qtbot, services, admin, relay):
    services.products.ensure_house_catalogue()
    before = relay.receivers(CHANGED_SIGNAL)
    screen = ProductsScreen(services.products, admin, relay)
    assert relay.receivers(CHANGED_SIGNAL) == before + 1
    with qtbot.waitSignal(screen.destroyed):
        screen.deleteLater()
    assert relay.receivers(CHANGED_SIGNAL) == before
    product = services.products.list(admin)[0]
    with qtbot.waitSignal(relay.changed):  # delivered to no one, and nothing raises
        services.products.set_active(admin, product, False)


def test_a_relay_that_is_gone_leaves_the_bus(qtbot, services):
    subscribers = len(services.bus)
    relay = ChangeRelay(services.bus)
    assert len(services.bus) == subscribers + 1
    with qtbot.waitSignal(relay.destroyed):
        relay.deleteLater()
    assert len(services.bus) == subscribers
    services.bus.publish(Changes.of(users=[1]))  # no call into the deleted relay


# Clients ------------------------------------------------------------------------------------


def test_a_client_renamed_in_one_page_is_renamed_in_the_list(qtbot, services, admin, relay):
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.clients.create(admin, ClientInput(first_name="Bea", last_name="Neri"))
    clients = clients_of(desk(qtbot, services, admin, relay))
    assert listed(clients) == ["Bea Neri", "Anna Rossi"]

    other = page_for(qtbot, services, admin, relay, anna.id)
    retype(qtbot, other, "Last name", "Bianchi")
    press(qtbot, other, "Save changes")

    qtbot.waitUntil(lambda: listed(clients) == ["Anna Bianchi", "Bea Neri"])


def test_a_client_renamed_elsewhere_shows_in_an_open_page_and_the_list_behind_it(
    qtbot, services, admin, relay
):
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    clients = clients_of(desk(qtbot, services, admin, relay))
    page = clients.open_client(anna.id)

    services.clients.update(admin, anna, ClientInput(first_name="Anna", last_name="Bianchi"))

    qtbot.waitUntil(lambda: text_of(page, "Client name") == "Anna Bianchi")
    assert named(page, "Last name", QLineEdit).text() == "Bianchi"  # nothing typed: reloaded
    page.request_back()
    assert listed(clients) == ["Anna Bianchi"]


def test_typing_in_an_open_page_is_kept_when_the_client_changes_elsewhere(
    qtbot, services, admin, relay
):
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    page = page_for(qtbot, services, admin, relay, anna.id)
    retype(qtbot, page, "Phone", "020 7946 0999")

    services.clients.update(admin, anna, ClientInput(first_name="Anna", last_name="Bianchi"))

    qtbot.waitUntil(lambda: text_of(page, "Client name") == "Anna Bianchi")
    assert named(page, "Phone", QLineEdit).text() == "020 7946 0999"
    assert named(page, "Last name", QLineEdit).text() == "Rossi"  # their save is not forced in


def test_a_csv_import_refreshes_every_window(qtbot, services, admin, relay, tmp_path):
    reception = desk(qtbot, services, admin, relay)
    home = reception.show_screen("Home")
    assert text_of(home, "Number of clients") == "0"
    clients = clients_of(desk(qtbot, services, admin, relay))
    path = tmp_path / "clients.csv"
    path.write_text("First Name,Last Name\nAnna,Rossi\nBea,Neri\n", encoding="utf-8")

    services.transfers.import_csv(admin, path.read_text(encoding="utf-8"))

    qtbot.waitUntil(lambda: listed(clients) == ["Bea Neri", "Anna Rossi"])
    qtbot.waitUntil(lambda: text_of(home, "Number of clients") == "2")


# Settings -----------------------------------------------------------------------------------


def test_the_date_order_reaches_the_list_the_search_and_every_date_hint_at_once(
    qtbot, services, admin, relay
):
    anna = services.clients.create(
        admin, ClientInput(first_name="Anna", last_name="Rossi", date_of_birth="24/03/1985")
    )
    window = desk(qtbot, services, admin, relay)
    clients = clients_of(window)
    assert listed(clients, 1)[0].startswith("24/03/1985")
    page = page_for(qtbot, services, admin, relay, anna.id)
    new = page_for(qtbot, services, admin, relay, None)
    assert text_of(new, "Date of birth hint") == "Day/month/year, e.g. 24/03/1985"

    settings = window.show_screen("Settings")
    order = named(settings, "Date order", QComboBox)
    assert isinstance(order, QComboBox)
    order.setCurrentIndex(order.findData(DateOrder.MONTH_FIRST.value))
    press(qtbot, settings, "Save settings")

    qtbot.waitUntil(lambda: listed(clients, 1)[0].startswith("03/24/1985"))
    assert text_of(new, "Date of birth hint") == "Month/day/year, e.g. 03/24/1985"
    assert named(page, "Date of birth", QLineEdit).text() == "03/24/1985"
    assert "born 03/24/1985" in text_of(page, "Client summary")
    search = named(clients, "Search clients", QLineEdit)
    qtbot.keyClicks(search, "03/24/1985")
    clients.run_search()
    assert listed(clients) == ["Anna Rossi"]


def test_the_clinic_renamed_in_settings_shows_on_home_and_in_the_title(
    qtbot, services, admin, relay
):
    window = desk(qtbot, services, admin, relay)
    home = window.show_screen("Home")
    settings = window.show_screen("Settings")
    retype(qtbot, settings, "Clinic name", "Willow & Birch Clinic")
    press(qtbot, settings, "Save settings")

    qtbot.waitUntil(lambda: text_of(home, "Clinic name") == "Willow & Birch Clinic")
    assert window.windowTitle() == "acudesk — Willow & Birch Clinic"


def test_settings_saved_elsewhere_show_unless_the_card_holds_typing(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    settings = window.show_screen("Settings")
    retype(qtbot, settings, "Clinic phone", "+44 20 7946 0999")  # typed, not saved
    services.settings.update(admin, replace(services.settings.current(), phone_region="IT"))
    services.clinic.update(admin, replace(services.clinic.details(), name="Elsewhere"))

    region = named(settings, "Phone region", QComboBox)
    qtbot.waitUntil(lambda: region.currentData() == "IT")  # the rules card was untouched
    assert named(settings, "Clinic name", QLineEdit).text() == "Willow Clinic"
    assert named(settings, "Clinic phone", QLineEdit).text() == "+44 20 7946 0999"


# Intake and sessions ------------------------------------------------------------------------


def test_an_intake_saved_at_a_sessions_precheck_reaches_the_open_client_page(
    qtbot, services, practitioner, client, relay
):
    clients = clients_of(desk(qtbot, services, practitioner, relay))
    page = clients.open_client(client.id)
    page.ui.tabs.setCurrentWidget(page.ui.intakeTab)
    intake_tab = page.intake_tab
    assert intake_tab is not None and len(intake_tab.history) == 1
    assert page.ui.alertsBanner.alert_ids() == []

    # In the treatment room, another window: the session's pre-check updates the intake.
    _room, sessions = open_sessions_tab(qtbot, services, practitioner, client)
    session = new_window(qtbot, sessions)
    press(qtbot, session, "Update the intake…")
    dialog = modal()
    assert isinstance(dialog, IntakeDialog)
    click(qtbot, named(dialog, "pregnancy"))
    dialog.go_to(3)
    click(qtbot, named(dialog, "I consent to treatment"))
    sign(qtbot, dialog.ui.signaturePad)
    with qtbot.waitSignal(dialog.intake_saved):
        press(qtbot, dialog, "Save intake")

    qtbot.waitUntil(lambda: len(intake_tab.history) == 2)
    assert intake_tab.shown_intake() == intake_tab.history[0]  # the new one, as latest
    assert "pregnancy" in intake_tab.history[0].data.conditions
    assert "pregnancy" in page.ui.alertsBanner.alert_ids()


def test_a_session_started_in_the_room_shows_in_the_desks_sessions_tab(
    qtbot, services, practitioner, client, relay
):
    clients = clients_of(desk(qtbot, services, practitioner, relay))
    page = clients.open_client(client.id)
    page.ui.tabs.setCurrentWidget(page.sessions_page)
    history = page.sessions_tab
    assert history is not None and history.history == []

    _room, sessions = open_sessions_tab(qtbot, services, practitioner, client)
    new_window(qtbot, sessions)

    qtbot.waitUntil(lambda: len(history.history) == 1)
    assert named(history, "Sessions", QListView).model().rowCount() == 1


# Products and users -------------------------------------------------------------------------


def test_a_product_deactivated_elsewhere_leaves_the_products_list(qtbot, services, admin, relay):
    services.products.ensure_house_catalogue()
    window = desk(qtbot, services, admin, relay)
    screen = window.show_screen("Products")
    table = named(screen, "Products list", QTableView)
    assert isinstance(table, QTableView)
    shown = table.model().rowCount()
    product = services.products.list(admin)[0]

    services.products.set_active(admin, product, False)

    qtbot.waitUntil(lambda: table.model().rowCount() == shown - 1)


def test_a_user_added_elsewhere_appears_in_the_users_list(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    screen = window.show_screen("Users")
    table = named(screen, "Users list", QTableView)
    assert isinstance(table, QTableView)
    assert table.model().rowCount() == 1

    services.users.add_user(admin, NewUser("maria", "Maria Verdi", Role.RECEPTION, "pw-123456"))

    qtbot.waitUntil(lambda: table.model().rowCount() == 2)


def test_paper_size_saved_elsewhere_shows_in_the_handouts_card(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    paper = named(window.show_screen("Settings"), "Paper size", QComboBox)
    assert isinstance(paper, QComboBox) and paper.currentData() == "A4"

    services.settings.update_handouts(admin, HandoutSettings("Letter", b""))

    qtbot.waitUntil(lambda: paper.currentData() == "Letter")
