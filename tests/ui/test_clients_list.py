"""The client list: search as you type, pages fetched as the view scrolls, keys, archived."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMessageBox, QTableView

from acudesk.domain.users import User
from acudesk.services.clinic import DEMO_PASSWORDS
from acudesk.services.demo import seed_demo
from acudesk.services.registry import Services
from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.clients.clients_screen import ClientsScreen
from acudesk.ui.shell import screens
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.main_window import MainWindow
from tests.ui.clients_support import register
from tests.ui.widgets import named, show_active


def shown_names(widget: ClientsScreen) -> list[str]:
    model = widget.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def clients_screen(qtbot, services: Services, user: User) -> ClientsScreen:
    widget = screens.clients_screen(screens.Context(services, user, ChangeRelay(services.bus)))
    assert isinstance(widget, ClientsScreen)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    show_active(qtbot, widget)
    return widget


def test_typing_zoe_finds_zoe_with_the_accent(qtbot, services: Services, admin: User) -> None:
    register(services, admin, "Zoë", "Adams", phone="020 7946 0123")
    register(services, admin, "Mark", "Twain")
    widget = clients_screen(qtbot, services, admin)
    assert sorted(shown_names(widget)) == ["Mark Twain", "Zoë Adams"]

    qtbot.keyClicks(named(widget, "Search clients", QLineEdit), "zoe")

    qtbot.waitUntil(lambda: shown_names(widget) == ["Zoë Adams"], timeout=10_000)
    assert named(widget, "Clients shown", QLabel).text() == "1 client match “zoe”"


def test_a_phone_number_is_found_however_it_is_typed(
    qtbot, services: Services, admin: User
) -> None:
    register(services, admin, "Ada", "Lovelace", phone="020 7946 0123")
    register(services, admin, "Grace", "Hopper", phone="020 7946 0456")
    widget = clients_screen(qtbot, services, admin)
    search = named(widget, "Search clients", QLineEdit)

    for typed in ("+44 20 7946 0123", "(020) 7946-0123", "2079460123"):
        search.clear()
        qtbot.keyClicks(search, typed)
        qtbot.waitUntil(lambda: shown_names(widget) == ["Ada Lovelace"], timeout=10_000)


def test_an_old_query_never_overwrites_a_newer_one(qtbot, services: Services, admin: User) -> None:
    register(services, admin, "Anna", "Bell")
    register(services, admin, "Bruno", "Costa")
    widget = clients_screen(qtbot, services, admin)
    search = named(widget, "Search clients", QLineEdit)

    qtbot.keyClicks(search, "anna")
    search.clear()
    qtbot.keyClicks(search, "bruno")  # before the first search had its pause

    qtbot.waitUntil(lambda: shown_names(widget) == ["Bruno Costa"], timeout=10_000)
    qtbot.wait(300)  # nothing pending may bring Anna back
    assert shown_names(widget) == ["Bruno Costa"]


def test_more_rows_are_fetched_as_the_list_scrolls(qtbot, db, clock) -> None:
    seed_demo(db, 250, clock=clock)  # every 50th demo client is archived: 245 shown
    from acudesk.services.registry import build_services

    services = build_services(db, clock)
    reception = services.users.sign_in("reception", DEMO_PASSWORDS["reception"])
    widget = clients_screen(qtbot, services, reception)
    table = named(widget, "Clients list", QTableView)
    assert widget.model.rowCount() == 100
    assert "scroll for more" in named(widget, "Clients shown", QLabel).text()

    for expected in (200, 245):
        table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: widget.model.rowCount() == n, timeout=10_000)

    assert not widget.model.canFetchMore()
    assert named(widget, "Clients shown", QLabel).text() == "245 clients"
    names = shown_names(widget)
    assert len(set(names)) > 200  # distinct people, not one page repeated


def test_archived_clients_are_hidden_unless_asked_for(
    qtbot, services: Services, admin: User
) -> None:
    client_id = register(services, admin, "Olga", "Archer")
    services.clients.set_archived(admin, services.clients.get(admin, client_id), True)
    widget = clients_screen(qtbot, services, admin)

    qtbot.keyClicks(named(widget, "Search clients", QLineEdit), "olga")
    empty = named(widget, "No clients found", QLabel)
    qtbot.waitUntil(lambda: "olga" in empty.text(), timeout=10_000)
    assert empty.isVisible()
    assert "No client matches “olga”. Press Ctrl+N to register a new client." in empty.text()

    named(widget, "Show archived", QAbstractButton).click()

    assert shown_names(widget) == ["Olga Archer  · archived"]
    assert widget.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Archived client"


def test_enter_opens_the_first_match_and_esc_comes_back_to_the_same_search(
    qtbot, services: Services, admin: User
) -> None:
    register(services, admin, "Zoë", "Adams")
    register(services, admin, "Zara", "Adler")
    widget = clients_screen(qtbot, services, admin)
    search = named(widget, "Search clients", QLineEdit)

    qtbot.keyClicks(search, "ad")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # straight after typing

    page = widget.page
    assert isinstance(page, ClientPage)
    assert named(page, "Client name", QLabel).text() == "Zoë Adams"
    qtbot.keyClick(page.ui.tabs, Qt.Key.Key_Escape)
    assert widget.page is None
    assert search.text() == "ad"
    assert shown_names(widget) == ["Zoë Adams", "Zara Adler"]

    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)  # into the list, one row down
    table = named(widget, "Clients list", QTableView)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert widget.page is not None
    assert named(widget.page, "Client name", QLabel).text() == "Zara Adler"


def test_ctrl_n_then_ctrl_s_registers_a_client(qtbot, services: Services, admin: User) -> None:
    window = MainWindow(services, admin, ChangeRelay(services.bus))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    widget = window.show_screen("Clients")
    assert isinstance(widget, ClientsScreen)
    search = named(widget, "Search clients", QLineEdit)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = widget.page
    assert page is not None

    qtbot.keyClicks(named(page, "First name", QLineEdit), "Mei")
    qtbot.keyClicks(named(page, "Last name", QLineEdit), "Tanaka")
    qtbot.keyClicks(named(page, "Date of birth", QLineEdit), "12/03/1985")
    qtbot.keyClicks(named(page, "Phone", QLineEdit), "020 7946 0321")
    qtbot.keyClick(
        named(page, "Phone", QLineEdit), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )

    rows = services.clients.search(admin, "tanaka")
    assert [
        (r.display_name, r.date_of_birth.isoformat() if r.date_of_birth else "") for r in rows
    ] == [("Mei Tanaka", "1985-03-12")]
    assert rows[0].phone == "+44 20 7946 0321"
    assert named(page, "Client name", QLabel).text() == "Mei Tanaka"

    qtbot.keyClick(page.ui.tabs, Qt.Key.Key_Escape)
    # The list learns of the new client from the change bus (delivered in the event loop).
    qtbot.waitUntil(lambda: "Mei Tanaka" in shown_names(widget))


def test_leaving_a_client_with_unsaved_typing_asks_first(
    qtbot, services: Services, admin: User
) -> None:
    client_id = register(services, admin, "Hana", "Kim")
    widget = clients_screen(qtbot, services, admin)
    page = widget.open_client(client_id)
    named(page, "Physician", QLineEdit).setText("Dr Park")

    qtbot.keyClick(page.ui.tabs, Qt.Key.Key_Escape)

    box = page.findChild(QMessageBox, "leaveConfirmBox")
    assert box is not None and box.isVisible()
    assert widget.page is page  # still there until the person decides
    next(b for b in box.buttons() if b.text() == "Discard changes").click()
    assert widget.page is None
    assert services.clients.get(admin, client_id).data.physician == ""
