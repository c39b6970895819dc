"""In Italian, every screen and dialog shows Italian: no English text is left on any of them.

Each test opens real widgets over a real clinic with the Italian catalogues installed, walks
every visible text (labels, buttons, group titles, tabs, window titles, placeholders, table
headers, menus and actions, combo items, tooltips) and fails on English (see italian_support).
Client and clinic names and the catalogue's point names are data, and are left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget, QWidget, QWizard

from acudesk.domain.users import NewUser, Role
from acudesk.services.catalog import point_catalog
from acudesk.ui.i18n import install_language
from acudesk.ui.shell.main_window import MainWindow
from tests.services.handouts_support import add_client, completed_session
from tests.ui.italian_support import english_in, english_left

SCREENS = ("Home", "Clients", "Products", "Point catalogue", "Users", "Settings")


@pytest.fixture
def italian(qapp):
    install_language(qapp, "it")
    yield
    install_language(qapp, "en")


@pytest.fixture
def clinic(services, admin):
    """An Italian admin, a client who reads Italian handouts, one completed session."""
    services.products.ensure_house_catalogue()
    user = services.users.set_language(admin, admin.id, "it")
    client = add_client(services, admin, "Anna", "Rossi", language="it")
    done = completed_session(services, user, client)
    return user, client, done


def shown(qtbot, widget: QWidget, width: int = 1280, height: int = 860) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point_data(root: QWidget) -> list[QWidget]:
    """The point browser's list and card: the catalogue's own (English) names and notes."""
    from acudesk.ui.chart.browser import PointBrowserWidget

    return [w for b in root.findChildren(PointBrowserWidget) for w in (b.results, b.details)]


def assert_italian(window: QWidget, skip: list[QWidget] | None = None) -> None:
    left = english_left(window, skip or [])
    assert left == [], "English on an Italian screen:\n" + "\n".join(left)


def test_the_walk_finds_english(qtbot, italian):
    """The check itself: an English source, a filled-in one, and English words are caught."""
    assert english_in("Save changes")
    assert english_in("Imported 12 clients.")
    assert english_in("Session 3 of 10  ·  in progress")
    assert english_in("Click here to keep the notes")
    assert not english_in("Salva modifiche")
    assert not english_in("Seduta 3 di 10  ·  in corso")
    assert not english_in("Anna Rossi")


def test_every_screen_of_the_main_window(qtbot, services, clinic, relay, italian):
    user, client, _done = clinic
    window = shown(qtbot, MainWindow(services, user, relay))
    assert window.database_label.text().startswith("File locale: ")
    data = [window.database_label]  # the path of the test's folder is data
    for name in SCREENS:
        screen = window.show_screen(name)
        qtbot.waitUntil(screen.isVisible, timeout=5000)
        folders = window.findChildren(QWidget, "folderEdit")  # the backups folder's path
        assert_italian(window, data + folders + point_data(window))
    clients = window.show_screen("Clients")
    page = clients.open_client(client.id)
    qtbot.waitUntil(page.isVisible, timeout=5000)
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        qtbot.waitUntil(page.ui.tabs.currentWidget().isVisible, timeout=5000)
        assert_italian(window, data)
    assert page.ui.tabs.tabText(0).replace("&", "") == "Dati"


def test_the_book_finder_and_the_booking_dialog(qtbot, services, clinic, relay, italian):
    from tests.ui.book_support import finder_and_booking

    for dialog in finder_and_booking(services, clinic[0]):
        assert_italian(shown(qtbot, dialog, 560, 600))


def test_the_new_client_form_and_the_duplicate_dialog(qtbot, services, clinic, italian):
    from acudesk.domain.clients import ClientInput
    from acudesk.ui.clients.duplicate_clients_dialog import DuplicateClientsDialog
    from tests.ui.clients_support import open_page

    user, _client, _done = clinic
    page = open_page(qtbot, services, user, None)
    assert_italian(page)
    match = services.clients.search(user, "Rossi")[0]
    services.clients.create(
        user, ClientInput(first_name="Anna", last_name="Rossi"), allow_duplicate=True
    )
    dialog = shown(
        qtbot,
        DuplicateClientsDialog(
            [match], services.settings.current().date_order, services.clock().date()
        ),
        700,
        420,
    )
    assert_italian(dialog)


def test_access_dialogs(qtbot, services, clinic, relay, italian):
    from acudesk.ui.access.add_user_dialog import AddUserDialog
    from acudesk.ui.access.lock_dialog import LockDialog
    from acudesk.ui.access.login_dialog import LoginDialog
    from acudesk.ui.access.reset_password_dialog import ResetPasswordDialog
    from acudesk.ui.shell.about_dialog import AboutDialog
    from acudesk.ui.shell.preferences_dialog import PreferencesDialog

    user, _client, _done = clinic
    for dialog in (
        LoginDialog(services.users, services.clinic, "owner"),
        LockDialog(services.users, user),
        AboutDialog("SQLite file", None),
        AddUserDialog(services.users, user),
        ResetPasswordDialog(services.users, user, user),
        PreferencesDialog(services.users, user, user),
    ):
        assert_italian(shown(qtbot, dialog, 620, 520))


def test_the_first_run_wizard_page_by_page(qtbot, tmp_path, italian):
    from acudesk.services.registry import build_services
    from acudesk.services.startup import open_database
    from acudesk.ui.access.first_run_wizard import FirstRunWizard

    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}").db
    try:
        wizard = shown(qtbot, FirstRunWizard(build_services(db).clinic), 760, 620)
        typed = {
            "Nome dello studio": "Studio Salice",
            "Il tuo nome": "Giulia Rossi",
            "Nome utente": "giulia",
            "Password": "fiori-di-loto-7",
            "Conferma password": "fiori-di-loto-7",
        }
        for _page in range(4):
            assert_italian(wizard)
            # Qt's own Italian names the wizard's buttons ("Successivo >").
            assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") != "Next >"
            page = wizard.currentPage()
            for field, text in typed.items():
                edits = [w for w in page.findChildren(QLineEdit) if w.accessibleName() == field]
                for edit in edits:
                    edit.setText(text)
            wizard.next()
        assert "Studio Salice" in wizard.ui.summaryLabel.text()
        assert_italian(wizard)
    finally:
        db.dispose()


def test_clients_import_and_export_dialogs(qtbot, services, clinic, tmp_path, italian):
    from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog

    user, _client, _done = clinic
    dialog = shown(qtbot, ImportClientsDialog(services.transfers, user), 900, 700)
    assert_italian(dialog)
    path = tmp_path / "clienti.csv"
    path.write_text(
        "First Name,Last Name,Email\nMaria,Bianchi,non-una-email\nLuca,Verdi,\n", "utf-8"
    )
    dialog.load_file(path)
    assert "2 righe" in dialog.ui.summaryLabel.text()
    assert_italian(dialog, [dialog.ui.problemsList])  # the rows' problems come from the core


def test_intake_dialog_every_step_and_the_consent_text(qtbot, services, clinic, italian):
    from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog
    from acudesk.ui.intake.intake_dialog import IntakeDialog

    user, client, _done = clinic
    dialog = shown(qtbot, IntakeDialog(services, user, client.id, "Anna Rossi"), 1100, 800)
    for step in range(4):
        dialog.go_to(step)
        assert_italian(dialog)
    dialog.form.procedures.add_row()
    assert_italian(dialog)
    assert_italian(shown(qtbot, ConsentTextDialog(services.settings, user), 700, 500))


def test_the_session_window_and_its_dialogs(qtbot, services, clinic, italian):
    from acudesk.ui.chart.dialogs import CautionDialog
    from acudesk.ui.sessions.dialogs import AmendDialog, IncidentDialog
    from acudesk.ui.sessions.protocol_dialogs import ApplyProtocolDialog, SaveProtocolDialog
    from tests.ui.session_support import new_window, open_sessions_tab

    user, client, done = clinic
    _page, tab = open_sessions_tab(qtbot, services, user, client)
    assert_italian(tab.window())
    window = new_window(qtbot, tab)
    window.resize(1366, 768)
    assert_italian(window, point_data(window))
    completed = tab.open_session(done)
    qtbot.waitExposed(completed)
    assert_italian(completed, point_data(completed))
    point = point_catalog().point("ST6")
    for dialog in (
        IncidentDialog("10 / 9"),
        AmendDialog(),
        SaveProtocolDialog(services, user, done.chart, []),
        ApplyProtocolDialog([(1, "Lifting", "Viso", done.chart)]),
        CautionDialog(point, []),
    ):
        assert_italian(shown(qtbot, dialog, 620, 480))


def test_handouts_and_products_dialogs(qtbot, services, clinic, italian):
    from acudesk.ui.handouts.handout_preview_dialog import HandoutPreviewDialog
    from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog
    from acudesk.ui.handouts.handouts_given_dialog import HandoutsGivenDialog
    from acudesk.ui.products.product_editor_dialog import ProductEditorDialog

    user, _client, done = clinic
    name = ("Anna", "Rossi")
    preview = shown(qtbot, HandoutPreviewDialog(services, user, done, name), 1280, 860)
    picks = [c for c in preview.picks_widget.findChildren(QWidget) if c.accessibleName()]
    assert_italian(preview, [w for w in picks if w.accessibleName().endswith(("pick", "reason"))])
    services.handouts.issue(user, done.id)
    given = shown(qtbot, HandoutsGivenDialog(services, user, done, name), 700, 480)
    assert_italian(given, given.findChildren(QListWidget))  # the list: dates, names, sizes
    assert_italian(shown(qtbot, HandoutTextsDialog(services.settings, user), 1000, 720))
    product = services.products.list(user)[0]
    for dialog in (
        ProductEditorDialog(services.products, user),
        ProductEditorDialog(services.products, user, product),
    ):
        assert_italian(shown(qtbot, dialog, 900, 760), [dialog.ui.nameEdit])


def test_the_waitlist_dialogs(qtbot, services, clinic, relay, italian):
    from acudesk.ui.book.waitlist_dialog import WaitlistDialog
    from acudesk.ui.book.waitlist_entry_dialog import WaitlistEntryDialog
    from acudesk.ui.book.waitlist_matches_dialog import WaitlistMatchesDialog
    from tests.ui.waitlist_support import LONDON, waiting_book

    user = clinic[0]
    book = waiting_book(services, user)
    start = book.cancelled.start.replace(hour=0)
    freed = services.waitlist.freed_between(user, book.location.id, start, start.replace(hour=23))
    for dialog in (
        WaitlistDialog(
            services.waitlist, services.book_setup, services.clients, services.clock, user, relay
        ),
        WaitlistEntryDialog(
            services.waitlist,
            services.book_setup,
            services.clients,
            services.clock,
            user,
            entry=book.entries[0],
        ),
        WaitlistMatchesDialog(services.waitlist, user, LONDON, freed),
    ):
        assert_italian(shown(qtbot, dialog, 1180, 600))


def test_a_new_italian_user_is_added_with_italian_screens(qtbot, services, admin, italian):
    """The role combo and the messages of the users screen, with a second Italian user."""
    from acudesk.ui.access.users_screen import UsersScreen
    from acudesk.ui.shell.change_relay import ChangeRelay

    services.users.add_user(
        admin, NewUser("maria", "Maria Bianchi", Role.RECEPTION, "pw-12345678", "it")
    )
    relay = ChangeRelay(services.bus)
    try:
        screen = shown(qtbot, UsersScreen(services.users, admin, relay), 1100, 600)
        assert_italian(screen)
        assert QApplication.translate("UsersTableModel", "Language") == "Lingua"
    finally:
        relay.close()


def test_no_screen_module_is_left_out_of_the_catalogue():
    """A sanity check on the walk's reach: the modules the tests open are in the catalogue."""
    from acudesk.ui.forms import catalogues

    files = set(catalogues.source_files(catalogues.CATALOGUES[0]))
    for module in ("ui/sessions/session_widget.py", "ui/handouts/handout_preview_dialog.py"):
        assert f"src/acudesk/{module}" in files
    assert Path("forms/session_widget.ui").as_posix() in files


def test_home_s_day_and_check_out(qtbot, services, clinic, relay, italian):
    from acudesk.ui.book.check_out_dialog import CheckOutDialog
    from tests.ui.day_support import busy_day

    user = clinic[0]
    _location, done = busy_day(services, user, "it")
    window = shown(qtbot, MainWindow(services, user, relay), 1366, 768)
    window.show_screen("Home")
    data = [window.database_label]
    assert_italian(window, data)
    dialog = shown(qtbot, CheckOutDialog(services, user, done), 620, 300)
    assert_italian(dialog)


def test_the_book_setup_window_tab_by_tab(qtbot, services, clinic, italian):
    from datetime import UTC, datetime, time

    from acudesk.domain.book_rules import ServiceType
    from acudesk.domain.book_time import Span, WeeklyHours
    from acudesk.ui.book.book_setup_dialog import BookSetupDialog

    user, _client, _done = clinic
    setup = services.book_setup
    hours = WeeklyHours.every_day(time(9), time(18), range(5))
    sede = setup.add_location(user, "Sede Centrale", "Europe/Rome", hours)
    setup.add_room(user, sede.id, "Stanza Blu")
    services.book_services.add_device(user, sede.id, "Elettro 1", "elettrostimolatore")
    services.book_services.add_service_type(user, ServiceType("Agopuntura viso", 60))
    services.book_people.add_time_off(
        user,
        Span(datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 27, tzinfo=UTC)),
        location_id=sede.id,
        reason="Natale",
    )
    dialog = shown(qtbot, BookSetupDialog(services.book_setup, user, sede, clock=services.clock))
    for key, page in dialog.pages.items():
        dialog.show_tab(key)
        if page.ui.itemList.count():
            page.ui.itemList.setCurrentRow(0)
        zones = dialog.pages["locations"].findChildren(QComboBox)  # IANA names are data
        assert_italian(dialog, [page.ui.itemList, *zones])
