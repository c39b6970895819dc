"""Every text on every screen and dialog fits its widget on a 1366x768 laptop, in English and
in Italian, and every window fits that screen.

The walk opens the main window's screens (the registry in ui/shell/screens.py), a client's page
tab by tab, and each dialog, and measures each visible label, button, check box, radio button,
group box title and table header (see text_fit). A failure names the screen, the widget's
objectName and its text. ``ACUDESK_SHOTS=folder`` also saves a picture of each, at 1366x768
and at 1920x1080.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QWidget

from acudesk.domain.clients import ClientInput
from acudesk.services.catalog import point_catalog
from acudesk.ui.i18n import install_language, translate
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.shell.screens import SCREENS
from tests.services.handouts_support import add_client, completed_session
from tests.ui.text_fit import DESKTOP, LAPTOP, ROOM, clipped, fits_room, settle, shoot
from tests.ui.widgets import button


@pytest.fixture
def themed(qapp):
    """The look the application runs with (its style, 10-pt font and style sheet): text is
    measured as a person sees it."""
    from acudesk.ui.widgets import theme

    before = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet())
    theme.apply(qapp)
    yield
    qapp.setStyle(before[0])
    qapp.setPalette(before[1])
    qapp.setFont(before[2])
    qapp.setStyleSheet(before[3])


@pytest.fixture(params=["en", "it"])
def language(request, qapp, themed):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def clinic(services, admin, language):
    """An admin in the language under test, a client with an intake, one completed session."""
    services.products.ensure_house_catalogue()
    user = services.users.set_language(admin, admin.id, language)
    client = add_client(services, admin, "Anna", "Rossi", language=language)
    done = completed_session(services, user, client)
    return user, client, done


class Walk:
    """What the walk found, screen by screen."""

    def __init__(self, qtbot, language: str) -> None:
        self.qtbot = qtbot
        self.language = language
        self.problems: list[str] = []

    def look(self, widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        """Check ``widget`` (shown at ``size``, else at the size it opens with, within a
        laptop's screen) and keep a picture of it."""
        if widget.window() is widget and not widget.isVisible():
            self.qtbot.addWidget(widget)
        if size is None:
            widget.resize(widget.size().boundedTo(QSize(*ROOM)))
        else:
            widget.resize(*size)
        widget.show()
        self.qtbot.waitExposed(widget)
        settle(widget)
        where = f"[{self.language}] {name}"
        self.problems += [f"{where}: {p}" for p in clipped(widget)]
        self._tabs(widget, where)
        shoot(widget, f"{self.language}-{LAPTOP[0]}x{LAPTOP[1]}-{name}")
        if os.environ.get("ACUDESK_SHOTS"):
            before = widget.size()
            if size is not None:  # a dialog keeps its own size on a larger screen
                widget.resize(*DESKTOP)
            settle(widget)
            shoot(widget, f"{self.language}-{DESKTOP[0]}x{DESKTOP[1]}-{name}")
            widget.resize(before)
            settle(widget)

    def _tabs(self, widget: QWidget, where: str) -> None:
        """The other tabs of each tab widget shown (the reactions, the notes...)."""
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current or not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                settle(widget)
                tab = f"{where} / {tabs.tabText(index).replace('&', '')}"
                self.problems += [f"{tab}: {p}" for p in clipped(tabs.currentWidget())]
                shoot(widget, f"{self.language}-tab-{tab.split('] ')[1].replace(' / ', '-')}")
            tabs.setCurrentIndex(current)
            settle(widget)

    def window_fits(self, widget: QWidget, name: str) -> None:
        problem = fits_room(widget)
        if problem:
            self.problems.append(f"[{self.language}] {name}: {problem}")

    def assert_clean(self) -> None:
        assert self.problems == [], "Text that does not fit:\n" + "\n".join(self.problems)


def test_every_screen_of_the_main_window_and_a_clients_tabs(qtbot, services, clinic, relay):
    user, client, _done = clinic
    walk = Walk(qtbot, clinic[0].language or "en")
    window = MainWindow(services, user, relay)
    walk.look(window, "main window", ROOM)  # maximised on a laptop, under its task bar
    walk.window_fits(window, "main window")
    for screen in SCREENS:
        shown = window.show_screen(screen.name)
        qtbot.waitUntil(shown.isVisible, timeout=5000)
        walk.look(window, screen.name, ROOM)
    book = window.show_screen("Book")
    book.ui.spanCombo.setCurrentIndex(book.ui.spanCombo.findData("week"))  # its Week sheet button
    walk.look(window, "Book week", ROOM)
    page = window.show_screen("Clients").open_client(client.id)
    qtbot.waitUntil(page.isVisible, timeout=5000)
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        qtbot.waitUntil(page.ui.tabs.currentWidget().isVisible, timeout=5000)
        walk.look(window, f"client {page.ui.tabs.tabText(index).replace('&', '')}", ROOM)
    newcomer = services.clients.create(user, ClientInput(first_name="Zoë", last_name="Adams"))
    page = window.show_screen("Clients").open_client(newcomer.id)
    qtbot.waitUntil(page.isVisible, timeout=5000)
    walk.look(window, "client without intake", ROOM)
    walk.assert_clean()


def test_the_book_finder_and_the_booking_dialog(qtbot, services, clinic):
    from tests.ui.book_support import finder_and_booking

    user = clinic[0]
    walk = Walk(qtbot, user.language or "en")
    finder, booking = finder_and_booking(services, user)
    for title, dialog in (("next free", finder), ("booking", booking)):
        walk.window_fits(dialog, title)
        walk.look(dialog, title)
    walk.assert_clean()


def test_every_dialog(qtbot, services, clinic, tmp_path):
    from acudesk.ui.access.add_user_dialog import AddUserDialog
    from acudesk.ui.access.first_run_wizard import FirstRunWizard
    from acudesk.ui.access.lock_dialog import LockDialog
    from acudesk.ui.access.login_dialog import LoginDialog
    from acudesk.ui.access.reset_password_dialog import ResetPasswordDialog
    from acudesk.ui.chart.dialogs import CautionDialog
    from acudesk.ui.clients.duplicate_clients_dialog import DuplicateClientsDialog
    from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog
    from acudesk.ui.handouts.handout_preview_dialog import HandoutPreviewDialog
    from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog
    from acudesk.ui.handouts.handouts_given_dialog import HandoutsGivenDialog
    from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog
    from acudesk.ui.products.product_editor_dialog import ProductEditorDialog
    from acudesk.ui.sessions.dialogs import AmendDialog, IncidentDialog
    from acudesk.ui.sessions.protocol_dialogs import ApplyProtocolDialog, SaveProtocolDialog
    from acudesk.ui.shell.about_dialog import AboutDialog
    from acudesk.ui.shell.preferences_dialog import PreferencesDialog

    user, _client, done = clinic
    walk = Walk(qtbot, user.language or "en")
    name = ("Anna", "Rossi")
    services.handouts.issue(user, done.id)
    product = services.products.list(user)[0]
    dialogs: dict[str, QWidget] = {
        "login": LoginDialog(services.users, services.clinic, "owner"),
        "lock": LockDialog(services.users, user),
        "about": AboutDialog("SQLite file", None),
        "add user": AddUserDialog(services.users, user),
        "reset password": ResetPasswordDialog(services.users, user, user),
        "preferences": PreferencesDialog(services.users, user, user),
        "import clients": ImportClientsDialog(services.transfers, user),
        "aftercare preview": HandoutPreviewDialog(services, user, done, name),
        "handouts given": HandoutsGivenDialog(services, user, done, name),
        "handout texts": HandoutTextsDialog(services.settings, user),
        "new product": ProductEditorDialog(services.products, user),
        "product": ProductEditorDialog(services.products, user, product),
        "incident": IncidentDialog("10 / 9"),
        "amend": AmendDialog(),
        "save protocol": SaveProtocolDialog(services, user, done.chart, []),
        "apply protocol": ApplyProtocolDialog([(1, "Lifting", "Viso", done.chart)]),
        "caution": CautionDialog(point_catalog().point("ST6"), []),
        "consent text": ConsentTextDialog(services.settings, user),
        "duplicates": DuplicateClientsDialog(
            services.clients.search(user, "Rossi"),
            services.settings.current().date_order,
            services.clock().date(),
        ),
        "first run": FirstRunWizard(services.clinic),
    }
    for title, dialog in dialogs.items():
        walk.window_fits(dialog, title)
        walk.look(dialog, title)
    walk.assert_clean()


def test_the_book_setup_window(qtbot, services, clinic):
    """Every tab of the Book set-up window, each showing a record."""
    from datetime import UTC, datetime, time

    from acudesk.domain.book_rules import ServiceType
    from acudesk.domain.book_time import Span, WeeklyHours
    from acudesk.ui.book.book_setup_dialog import BookSetupDialog

    user, _client, _done = clinic
    walk = Walk(qtbot, user.language or "en")
    hours = WeeklyHours.every_day(time(9), time(18), range(5))
    site = services.book_setup.add_location(user, "Willow Street", "Europe/London", hours)
    services.book_setup.add_room(user, site.id, "Blue room")
    services.book_services.add_device(user, site.id, "Stimulator 1", "electro-stimulator")
    services.book_services.add_service_type(
        user,
        ServiceType("Facial acupuncture", 60, after=10, processing_from=15, processing_minutes=30),
    )
    services.book_people.add_time_off(
        user,
        Span(datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 27, 12, tzinfo=UTC)),
        location_id=site.id,
        reason="Christmas",
    )
    dialog = BookSetupDialog(services.book_setup, user, site, clock=services.clock)
    walk.window_fits(dialog, "book set-up")
    for key, page in dialog.pages.items():
        dialog.show_tab(key)
        if page.ui.itemList.count():
            page.ui.itemList.setCurrentRow(0)
        walk.look(dialog, f"book set-up {key}")
    walk.assert_clean()


def test_the_session_windows_and_the_intake(qtbot, services, clinic, clock):
    """The session window (new and completed) and the intake's steps: another room's screens,
    walked here too so that nothing is left out."""
    from acudesk.ui.intake.intake_dialog import IntakeDialog
    from tests.ui.session_support import new_window, open_sessions_tab

    user, client, done = clinic
    walk = Walk(qtbot, user.language or "en")
    _page, tab = open_sessions_tab(qtbot, services, user, client)
    window = new_window(qtbot, tab)
    walk.look(window, "session, new", LAPTOP)
    button(window, translate("TimerPanel", "Needling done — start &timer").replace("&", "")).click()
    clock.advance(minutes=31)
    window.timers.tick()
    walk.look(window, "session, time is up", LAPTOP)
    completed = tab.open_session(done)
    qtbot.waitExposed(completed)
    walk.look(completed, "session, completed", LAPTOP)
    dialog = IntakeDialog(services, user, client.id, "Anna Rossi")
    for step in range(4):
        dialog.go_to(step)
        walk.look(dialog, f"intake step {step + 1}", (1340, 728))
    walk.assert_clean()


def test_the_waitlist_dialogs(qtbot, services, clinic, relay):
    from acudesk.ui.book.waitlist_dialog import WaitlistDialog
    from acudesk.ui.book.waitlist_entry_dialog import WaitlistEntryDialog
    from acudesk.ui.book.waitlist_matches_dialog import WaitlistMatchesDialog
    from tests.ui.waitlist_support import LONDON, waiting_book

    user = clinic[0]
    book = waiting_book(services, user)
    walk = Walk(qtbot, user.language or "en")
    freed = services.waitlist.freed_between(user, book.location.id, *_day_of(book))
    dialogs: dict[str, QWidget] = {
        "waitlist": WaitlistDialog(
            services.waitlist, services.book_setup, services.clients, services.clock, user, relay
        ),
        "waitlist entry": WaitlistEntryDialog(
            services.waitlist,
            services.book_setup,
            services.clients,
            services.clock,
            user,
            entry=book.entries[0],
        ),
        "freed time": WaitlistMatchesDialog(
            services.waitlist, user, LONDON, freed, place=lambda _slot: "Blue room · Pat Lee"
        ),
    }
    for title, dialog in dialogs.items():
        walk.window_fits(dialog, title)
        walk.look(dialog, title)
    walk.assert_clean()


def _day_of(book):
    start = book.cancelled.start.replace(hour=0)
    return start, start.replace(hour=23)


def test_the_walk_catches_cut_text(qtbot, qapp):
    """Guards the guard: a squeezed label, button, check box, header and toolbar are caught."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QCheckBox,
        QLabel,
        QPushButton,
        QTabBar,
        QTableWidget,
        QToolBar,
        QVBoxLayout,
    )

    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("Next appointment booked for Tuesday")
    label.setObjectName("squeezedLabel")
    label.setFixedWidth(60)
    press = QPushButton("Complete session")
    press.setFixedWidth(50)
    tick = QCheckBox("Gua sha massage given")
    tick.setFixedWidth(60)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["What happened", "What was done"])
    table.horizontalHeader().resizeSection(0, 20)
    bar = QToolBar()
    for word in ("Needle", "Mark", "Bruise", "Bleeding", "Redness"):
        bar.addAction(QAction(word, bar))
    bar.setFixedWidth(90)
    tabs = QTabBar()
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    for word in ("Needle count", "Reactions", "Notes for next time"):
        tabs.addTab(word)
    tabs.setFixedWidth(120)
    for widget in (label, press, tick, table, bar, tabs):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    settle(root)
    found = "\n".join(clipped(root))
    expected_texts = (
        "squeezedLabel",
        "Complete session",
        "Gua sha",
        "'What happened'",
        "Redness",
        "'Notes for next time'",
    )
    for expected in expected_texts:
        assert expected in found, expected
    assert "'What was done'" not in found  # the last column has room


def test_home_s_day_and_check_out(qtbot, services, admin, relay, language):
    """Home with a busy day (rooms counting down, arrivals waiting, handouts to print,
    intakes to review, tomorrow to confirm) and the check-out dialog."""
    from acudesk.ui.book.check_out_dialog import CheckOutDialog
    from tests.ui.day_support import busy_day

    user = services.users.set_language(admin, admin.id, language)
    _location, done = busy_day(services, user, language)
    walk = Walk(qtbot, language)
    window = MainWindow(services, user, relay)
    walk.look(window, "home day", ROOM)
    walk.look(CheckOutDialog(services, user, done), "check out")
    walk.assert_clean()
