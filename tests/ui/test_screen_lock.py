"""The screen lock: by itself after the clinic's idle minutes, hiding every window of the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from acudesk.domain.settings import IDLE_LOCK_DEFAULT_MINUTES
from acudesk.ui.access.lock_dialog import LockDialog
from acudesk.ui.clinic.settings_screen import SettingsScreen
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.widgets.messages import error_box
from tests.ui import session_support
from tests.ui.session_support import new_window, open_sessions_tab
from tests.ui.widgets import message_under, named, press, type_into

practitioner = session_support.practitioner
client = session_support.client
NOTES = "Left cheek tender after the last session"
PASSWORD = "password-123"  # make_user's


@pytest.fixture
def window(qtbot, services, practitioner, relay):
    window = MainWindow(services, practitioner, relay)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def session_window(qtbot, services, practitioner, client, window):
    page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    session = new_window(qtbot, tab)
    session.ui.sideTabs.setCurrentWidget(session.ui.notesTab)
    named(session, "What was treated", QPlainTextEdit).setPlainText(NOTES)
    yield session  # (the generator keeps the client page, its parent, alive)
    del page


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def words_on_screen() -> str:
    """Every text a person could read in every visible window."""
    seen = []
    for top in visible_windows():
        seen.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                seen.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                seen.append(widget.toPlainText())
    return "\n".join(seen)


def idle(window: MainWindow) -> None:
    """The idle minutes are up (the timer's own signal, without waiting for it)."""
    assert window.screen_lock.idle_timer.isActive()
    window.screen_lock.idle_timer.timeout.emit()


def lock_dialog(window) -> LockDialog:
    dialog = window.findChild(LockDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_idle_lock_hides_the_open_session_window_and_its_notes(qtbot, window, session_window):
    assert NOTES in words_on_screen() and "Rossi" in words_on_screen()
    idle(window)
    dialog = lock_dialog(window)
    assert named(dialog, "Locked by").text().startswith("acudesk locked itself after 5 minutes")
    assert window.is_locked()
    assert set(visible_windows()) == {window, dialog}
    assert not session_window.isVisible()
    assert NOTES not in words_on_screen()
    assert "Rossi" not in words_on_screen()

    type_into(qtbot, dialog, "Password", PASSWORD)
    press(qtbot, dialog, "Unlock")
    assert not window.is_locked()
    assert session_window.isVisible()
    assert named(session_window, "What was treated", QPlainTextEdit).toPlainText() == NOTES
    assert window.screen_lock.idle_timer.isActive()  # counting again


def test_ctrl_l_hides_every_window_too_and_one_opened_meanwhile_waits(
    qtbot, window, session_window
):
    # Pressed in the session window, where the person is.
    qtbot.keyClick(session_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = lock_dialog(window)
    box = error_box(session_window, "Could not save", f"The notes '{NOTES}' were not saved.")
    assert not box.isVisible()
    assert set(visible_windows()) == {window, dialog}
    type_into(qtbot, dialog, "Password", "not the password")
    press(qtbot, dialog, "Unlock")
    assert message_under(dialog, "Password") == "Wrong password."
    type_into(qtbot, dialog, "Password", PASSWORD)
    press(qtbot, dialog, "Unlock")
    assert box.isVisible() and session_window.isVisible()


def test_any_key_or_click_starts_the_count_again(qtbot, window):
    timer = window.screen_lock.idle_timer
    assert timer.interval() == IDLE_LOCK_DEFAULT_MINUTES * 60_000
    timer.stop()
    qtbot.keyClick(named(window, "Navigation"), Qt.Key.Key_Down)
    assert timer.isActive()
    timer.stop()
    qtbot.mouseClick(named(window, "Navigation").viewport(), Qt.MouseButton.LeftButton)
    assert timer.isActive()
    assert not window.is_locked()


def test_the_clinic_setting_is_edited_on_the_settings_screen_and_applies_at_once(
    qtbot, services, admin, relay
):
    owner_window = MainWindow(services, admin, relay)
    qtbot.addWidget(owner_window)
    screen = SettingsScreen(services.settings, services.clinic, admin, relay)
    qtbot.addWidget(screen)
    screen.show()
    spin = named(screen, "Minutes before the screens lock", QSpinBox)
    assert spin.value() == IDLE_LOCK_DEFAULT_MINUTES
    spin.setValue(12)
    press(qtbot, screen, "Save settings")
    assert "lock after 12 minutes" in named(screen, "Screen lock saved").text()
    assert services.settings.idle_lock_minutes() == 12
    timer = owner_window.screen_lock.idle_timer
    qtbot.waitUntil(lambda: timer.interval() == 12 * 60_000)  # the relay's next turn


def test_signing_out_from_the_lock_closes_the_session_window_after_it_saves(
    qtbot, services, practitioner, window, session_window
):
    session_id = session_window._session.id
    idle(window)
    with qtbot.waitSignal(window.signed_out):
        press(qtbot, lock_dialog(window), "Sign out")
    assert not session_window.isVisible()
    saved = services.sessions.get(practitioner, session_id)
    assert saved.data.notes.treated == NOTES
