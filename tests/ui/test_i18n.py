"""The interface language: what install_language loads, each person's choice and where it is
made (first run, My preferences, the users screen), and what the screens then show."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QListWidget, QWizard

from acudesk.domain.users import Role
from acudesk.services.audit import recent_events
from acudesk.ui.access.first_run_wizard import FirstRunWizard
from acudesk.ui.access.users_screen import UsersScreen
from acudesk.ui.application import _Session
from acudesk.ui.i18n import (
    day_text,
    install_language,
    installed_catalogues,
    language_for,
    number_text,
    system_language,
    translate,
    weekday_text,
)
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.shell.preferences_dialog import PreferencesDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.widgets import named, press, type_into


@pytest.fixture
def italian(qapp):
    install_language(qapp, "it")
    yield
    install_language(qapp, "en")


def nav_entries(window) -> list[str]:
    nav = named(window, translate("MainWindow", "Navigation"), QListWidget)
    return [nav.item(i).text() for i in range(nav.count())]


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_italian_loads_acudesk_the_core_messages_and_qt_and_english_takes_them_away(qapp):
    loaded = install_language(qapp, "it")
    try:
        names = {path.name for path in loaded}
        assert {"acudesk_it.qm", "messages_it.qm"} <= names
        assert "qtbase_it.qm" in names  # the PySide6 wheel carries Qt's own Italian
        assert installed_catalogues(qapp) == len(loaded)
        assert translate("MainWindow", "Clients") == "Clienti"
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
        assert QLocale().language() == QLocale.Language.Italian
    finally:
        english = install_language(qapp, "en")
    assert {path.name for path in english} >= {"acudesk_en.qm"}
    assert installed_catalogues(qapp) == len(english)
    assert translate("MainWindow", "Clients") == "Clients"
    assert QLocale().language() == QLocale.Language.English


def test_english_spells_out_the_singular_and_italian_both_forms(qapp, italian):
    assert translate("ChartLabels", "%n needles", None, 1) == "1 ago"
    assert translate("ChartLabels", "%n needles", None, 3) == "3 aghi"
    install_language(qapp, "en")
    assert translate("ChartLabels", "%n needles", None, 1) == "1 needle"
    assert translate("ChartLabels", "%n needles", None, 3) == "3 needles"


def test_dates_and_numbers_follow_the_language(qapp, italian):
    day = date(2026, 11, 23)
    assert day_text(day) == "23 nov 2026"
    assert weekday_text(day) == "Lunedì"
    assert number_text(12_345) == "12.345"
    install_language(qapp, "en")
    assert day_text(day) == "23 Nov 2026"
    assert weekday_text(day) == "Monday"
    assert number_text(12_345) == "12,345"


def test_a_person_without_a_choice_follows_the_computer(services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION)
    assert rita.language is None
    assert system_language() == "en"  # the tests run under LANG=C.UTF-8
    assert language_for(rita) == "en"
    assert language_for(services.users.set_language(rita, rita.id, "it")) == "it"
    assert language_for(None) == "en"  # the login, before anyone signs in


def test_english_stays_the_default_for_an_english_user(qtbot, services, admin, relay):
    english = services.users.set_language(admin, admin.id, "en")
    install_language(QApplication.instance(), language_for(english))
    window = show(qtbot, MainWindow(services, english, relay))
    assert nav_entries(window) == [
        "Home",
        "Book",
        "Outbox",
        "Clients",
        "Products",
        "Point catalogue",
        "Users",
        "Settings",
        "Audit log",
    ]
    menus = [a.text() for a in window.ui.menuBar.actions()]
    assert menus == ["&File", "&Clinic", "&Book", "&Help"]
    assert named(window, "Signed in as").text() == "Signed in as Olivia Owner (Admin)"
    assert window.action("preferencesAction").text() == "My &preferences…"


def test_my_preferences_saves_italian_audited_and_the_window_comes_back_in_it(
    qtbot, services, admin, relay
):
    app = QApplication.instance()
    session = _Session(app, services, relay)
    window = session._open_window(admin, "Users")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.action("preferencesAction").trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    combo = named(dialog, "Language", QComboBox)
    assert combo.currentText() == "This computer's language (English)"
    combo.setCurrentIndex(combo.findData("it"))
    press(qtbot, dialog, "Save")
    try:
        assert services.users.sign_in("owner", ADMIN_PASSWORD).language == "it"
        qtbot.waitUntil(lambda: session.window is not window, timeout=5000)
        rebuilt = session.window
        assert rebuilt is not None and rebuilt is not window
        qtbot.addWidget(rebuilt)
        assert rebuilt.windowTitle() == "acudesk — Willow Clinic"
        assert nav_entries(rebuilt)[:4] == ["Home", "Agenda", "Posta in uscita", "Clienti"]
        assert rebuilt.current_screen_name() == "Users"  # the same screen, now "Utenti"
        assert rebuilt.ui.navList.currentItem().text() == "Utenti"
        assert [a.text() for a in rebuilt.ui.menuBar.actions()] == [
            "&File",
            "&Studio",
            "A&genda",
            "&Aiuto",
        ]
        label = named(rebuilt, "Connesso come", QLabel)
        assert label.text() == "Connesso come Olivia Owner (Amministratore)"
    finally:
        install_language(app, "en")
    details = [e.detail for e in recent_events(services.db, admin) if e.entity == "user"]
    assert "language it" in details


def test_an_admin_sets_someone_elses_language_on_the_users_screen(
    qtbot, services, admin, make_user, relay
):
    make_user("maria", Role.RECEPTION)
    screen = show(qtbot, UsersScreen(services.users, admin, relay))
    screen.resize(1100, 600)
    table = screen.ui.usersTable
    row = [table.model().index(r, 0).data() for r in range(table.model().rowCount())].index("maria")
    table.selectRow(row)
    press(qtbot, screen, "Language…")
    dialog = screen.findChild(PreferencesDialog)
    assert dialog is not None
    assert "Preferences for <b>Maria</b> (maria)" in named(dialog, "Whose preferences").text()
    combo = named(dialog, "Language", QComboBox)
    combo.setCurrentIndex(combo.findData("it"))
    press(qtbot, dialog, "Save")
    maria = next(u for u in services.users.list_users(admin) if u.username == "maria")
    assert maria.language == "it"
    assert table.model().index(row, 3).data() == "Italiano"
    assert "Maria's screens are in Italiano" in named(screen, "Users message").text()


def test_the_first_run_wizard_switches_to_the_language_chosen_and_keeps_it(qtbot, services):
    app = QApplication.instance()
    wizard = show(qtbot, FirstRunWizard(services.clinic))
    try:
        combo = named(wizard, "Language", QComboBox)
        combo.setCurrentIndex(combo.findData("it"))
        # Qt posts LanguageChange to every window: the wizard retranslates on the next turn.
        qtbot.waitUntil(lambda: "Benvenuto in acudesk" in wizard.page(0).title(), timeout=5000)
        assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") != "Next >"
        wizard.next()
        type_into(qtbot, wizard, "Nome dello studio", "Studio Salice")
        wizard.next()
        assert "Paese e formati" in wizard.currentPage().title()
        wizard.next()
        type_into(qtbot, wizard, "Il tuo nome", "Giulia Rossi")
        type_into(qtbot, wizard, "Nome utente", "giulia")
        type_into(qtbot, wizard, "Password", "fiori-di-loto-7")
        type_into(qtbot, wizard, "Conferma password", "fiori-di-loto-7")
        wizard.next()
        summary = named(wizard, "Riepilogo").text()
        assert "Studio Salice" in summary and "Italiano" in summary and "accede come" in summary
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        install_language(app, "en")
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert services.users.sign_in("giulia", "fiori-di-loto-7").language == "it"


def test_the_session_header_speaks_italian_dates(qtbot, italian):
    from acudesk.ui.sessions.session_look import _when

    assert _when(datetime(2026, 11, 23, 14, 5)) == "23 nov 2026 alle 14:05"


def test_the_login_speaks_the_language_of_the_person_it_expects(qtbot, services, admin, relay):
    from acudesk.ui.access.login_dialog import LoginDialog

    app = QApplication.instance()
    services.users.set_language(admin, admin.id, "it")
    session = _Session(app, services, relay, "owner", "it")
    seen: list[str] = []

    def look() -> None:
        dialog = app.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(0, look)
    try:
        assert session.sign_in() is False
    finally:
        install_language(app, "en")
    assert seen == ["Accesso — acudesk"]


def test_saving_the_same_language_keeps_the_window(qtbot, services, admin, relay):
    session = _Session(QApplication.instance(), services, relay)
    window = session._open_window(admin)
    qtbot.addWidget(window)
    same = services.users.set_language(admin, admin.id, "en")  # English, as the computer
    session.rebuild_window(same)
    assert session.window is window
    assert window.user.language == "en"


def test_a_new_language_closes_the_windows_opened_from_the_old_one(qtbot, services, admin, relay):
    """A session window belongs to the main window: it is closed (and so saved) first."""
    from tests.services.handouts_support import add_client

    app = QApplication.instance()
    client = add_client(services, admin)
    session = _Session(app, services, relay)
    window = session._open_window(admin, "Clients")
    qtbot.addWidget(window)
    page = window.show_screen("Clients").open_client(client.id)
    page.ui.tabs.setCurrentWidget(page.sessions_page)
    tab = page.sessions_tab
    assert tab is not None
    opened = tab.start_session()
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.ui.treatedEdit.setPlainText("Jawline")  # something recorded: saved as it closes
    try:
        session.rebuild_window(services.users.set_language(admin, admin.id, "it"))
        assert not opened.isVisible()
        assert session.window is not window
        qtbot.addWidget(session.window)
        assert session.window.current_screen_name() == "Clients"
    finally:
        install_language(app, "en")
    assert [s.status.value for s in services.sessions.history(admin, client.id)] == ["open"]
