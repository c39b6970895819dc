"""Settings as one form: one Save (Ctrl+S) for every card, a question before leaving unsaved
work, and the date order reaching every open window at once through the change bus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox

from acudesk.domain.clients import ClientInput
from acudesk.domain.dates import DateOrder
from acudesk.domain.intake import ProcedureKind
from acudesk.domain.users import Role
from acudesk.ui.clinic.settings_screen import SettingsScreen
from acudesk.ui.shell.main_window import MainWindow
from tests.ui.widgets import button, button_texts, named, press, show_active


def desk(qtbot, services, user, relay) -> MainWindow:
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)  # shortcuts reach the active window
    return window


def settings_of(window: MainWindow) -> SettingsScreen:
    screen = window.show_screen("Settings")
    assert isinstance(screen, SettingsScreen)
    return screen


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def question() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [b for b in boxes if b.isVisible() and b.objectName() == "unsavedSettingsBox"]
    assert len(shown) == 1, "the unsaved-settings question is not showing"
    return shown[0]


def test_one_save_keeps_every_card(qtbot, services, admin, relay):
    screen = settings_of(desk(qtbot, services, admin, relay))
    retype(qtbot, named(screen, "Clinic name", QLineEdit), "Birch Clinic")
    paper = named(screen, "Paper size", QComboBox)
    paper.setCurrentIndex(paper.findData("Letter"))
    order = named(screen, "Date order", QComboBox)
    order.setCurrentIndex(order.findData(DateOrder.MONTH_FIRST.value))
    assert screen.has_unsaved_changes()
    shown = button_texts(screen)
    assert "Save settings" in shown
    assert not {"Save clinic details", "Save rules", "Save handout settings"} & set(shown)

    press(qtbot, screen, "Save settings")

    assert services.clinic.details().name == "Birch Clinic"
    assert services.settings.handouts().page_size == "Letter"
    assert services.settings.current().date_order is DateOrder.MONTH_FIRST
    assert named(screen, "Settings saved", QLabel).text().startswith("Saved")
    assert not screen.has_unsaved_changes()


def test_ctrl_s_saves_and_a_refusal_keeps_the_rest_unsaved(qtbot, services, admin, relay):
    screen = settings_of(desk(qtbot, services, admin, relay))
    name = named(screen, "Clinic name", QLineEdit)
    name.clear()
    screen.wait_spin(ProcedureKind.LASER).setValue(77)
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Enter the clinic's name" in named(screen, "Clinic name error", QLabel).text()
    assert services.clinic.details().name == "Willow Clinic"
    assert services.settings.current().screening.waiting_days == {}  # not saved past the error
    retype(qtbot, name, "Willow Clinic")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.settings.current().screening.wait(ProcedureKind.LASER) == 77


def test_leaving_with_unsaved_settings_asks_save_discard_or_cancel(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    screen = settings_of(window)
    phone = named(screen, "Clinic phone", QLineEdit)
    retype(qtbot, phone, "+44 20 7946 0111")

    window.show_screen("Home")  # Cancel: stays, typing kept
    qtbot.mouseClick(button(question(), "Cancel"), Qt.MouseButton.LeftButton)
    assert window.ui.stack.currentWidget() is screen
    assert window.current_screen_name() == "Settings"
    assert phone.text() == "+44 20 7946 0111"

    window.show_screen("Home")  # Save: saved, then leaves
    qtbot.mouseClick(button(question(), "Save"), Qt.MouseButton.LeftButton)
    assert services.clinic.details().phone == "+44 20 7946 0111"
    assert window.current_screen_name() == "Home"

    window.show_screen("Settings")
    retype(qtbot, phone, "+44 20 0000 0000")
    window.show_screen("Clients")  # Discard: the stored value is shown again
    qtbot.mouseClick(button(question(), "Discard changes"), Qt.MouseButton.LeftButton)
    assert window.current_screen_name() == "Clients"
    assert phone.text() == "+44 20 7946 0111"
    assert services.clinic.details().phone == "+44 20 7946 0111"


def test_closing_the_window_with_unsaved_settings_asks_first(qtbot, services, admin, relay):
    window = desk(qtbot, services, admin, relay)
    screen = settings_of(window)
    retype(qtbot, named(screen, "Clinic name", QLineEdit), "Unsaved Clinic")
    window.close()
    assert window.isVisible()
    qtbot.mouseClick(button(question(), "Discard changes"), Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert services.clinic.details().name == "Willow Clinic"


def test_the_date_order_reaches_another_windows_list_hint_and_intake(qtbot, services, admin, relay):
    from acudesk.ui.clients.clients_screen import ClientsScreen
    from tests.ui.intake_support import open_dialog

    services.clients.create(
        admin, ClientInput(first_name="Anna", last_name="Rossi", date_of_birth="24/03/1985")
    )
    front = desk(qtbot, services, admin, relay)  # the desk at the front
    back = desk(qtbot, services, admin, relay)  # the admin's own window
    clients = front.show_screen("Clients")
    assert isinstance(clients, ClientsScreen)
    new = clients.new_client()
    hint = named(new, "Date of birth hint", QLabel)
    assert hint.text() == "Day/month/year, e.g. 24/03/1985"
    new.request_back()

    screen = settings_of(back)
    order = named(screen, "Date order", QComboBox)
    order.setCurrentIndex(order.findData(DateOrder.MONTH_FIRST.value))
    qtbot.keyClick(order, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    model = clients.model
    qtbot.waitUntil(lambda: str(model.index(0, 1).data()).startswith("03/24/1985"))
    page = clients.new_client()
    assert named(page, "Date of birth hint", QLabel).text() == "Month/day/year, e.g. 03/24/1985"
    search = named(clients, "Search clients", QLineEdit)
    page.request_back()
    qtbot.keyClicks(search, "03/24/1985")
    clients.run_search()
    assert [str(model.index(r, 0).data()) for r in range(model.rowCount())] == ["Anna Rossi"]

    anna = services.clients.search(admin, "Rossi")[0]
    dialog = open_dialog(qtbot, services, admin, anna)
    assert "month/day/year" in dialog.ui.proceduresHint.text()
    assert dialog.ui.signedOnEdit.placeholderText() == "mm/dd/yyyy"
    dialog.close()


def test_reception_cannot_save_settings(qtbot, services, make_user, relay):
    rita = make_user("rita", Role.RECEPTION)
    screen = SettingsScreen(services.settings, services.clinic, rita, relay)
    qtbot.addWidget(screen)
    screen.show()
    retype(qtbot, named(screen, "Clinic name", QLineEdit), "Rita's Clinic")
    press(qtbot, screen, "Save settings")
    assert "may not change" in named(screen, "Clinic name error", QLabel).text()
    assert services.clinic.details().name == "Willow Clinic"
