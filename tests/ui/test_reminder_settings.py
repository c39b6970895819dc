"""The Reminders card of the settings: SMTP and gateway saved with the page's one Save, the
password kept in the keyring by its own button, a test message that reaches a local server."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTimeEdit,
)
from sqlalchemy import select

from acudesk.domain.reminder_setup import GatewayKind, Security
from acudesk.store.models import SettingRecord
from tests.reminder_support import SMTP_PASSWORD, SMTP_USER, Mailbox
from tests.ui.test_settings_form import desk, retype, settings_of
from tests.ui.widgets import message_under, named, press


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_card_saves_keeps_the_password_aside_and_sends_a_test(
    qtbot, services, admin, relay, smtp_server: Mailbox, file_keyring
):
    screen = settings_of(desk(qtbot, services, admin, relay))
    retype(qtbot, named(screen, "SMTP server", QLineEdit), smtp_server.host)
    named(screen, "SMTP port", QSpinBox).setValue(smtp_server.port)
    choose(named(screen, "Connection security", QComboBox), Security.NONE.value)
    retype(qtbot, named(screen, "SMTP user", QLineEdit), SMTP_USER)
    retype(qtbot, named(screen, "From address", QLineEdit), "desk@willow.example")
    choose(named(screen, "SMS gateway", QComboBox), GatewayKind.HTTP.value)
    retype(
        qtbot,
        named(screen, "Gateway URL or address", QLineEdit),
        "https://sms.example/s?to={phone}",
    )
    named(screen, "Hours before the appointment", QSpinBox).setValue(48)
    named(screen, "Quiet hours from", QTimeEdit).setTime(QTime(21, 30))

    press(qtbot, screen, "Save settings")
    assert message_under(screen, "Gateway URL or address") == "Put the message in it: {message}."
    assert services.reminder_settings.setup()[1] == 0  # nothing saved yet

    retype(
        qtbot,
        named(screen, "Gateway URL or address", QLineEdit),
        "https://sms.example/s?to={phone}&text={message}",
    )
    press(qtbot, screen, "Save settings")
    setup, version = services.reminder_settings.setup()
    assert version == 1 and not screen.has_unsaved_changes()
    assert (setup.smtp.host, setup.smtp.port, setup.smtp.security) == (
        smtp_server.host,
        smtp_server.port,
        Security.NONE,
    )
    assert setup.rules.lead_hours == 48 and setup.rules.quiet_start.hour == 21

    retype(qtbot, named(screen, "SMTP password", QLineEdit), SMTP_PASSWORD)
    press(qtbot, screen, "Save password")
    assert named(screen, "SMTP password", QLineEdit).text() == ""
    assert services.reminder_settings.has_password(setup)
    with services.db.read_only() as session:
        assert all(SMTP_PASSWORD not in r.value for r in session.scalars(select(SettingRecord)))

    retype(qtbot, named(screen, "Test message to", QLineEdit), "owner@willow.example")
    press(qtbot, screen, "Send a test message")
    notice = named(screen, "Reminders saved")
    qtbot.waitUntil(lambda: notice.text().startswith("Test message sent"), timeout=30_000)
    assert [m["To"] for m in smtp_server.messages] == ["owner@willow.example"]


def test_a_test_that_cannot_go_says_why_under_the_field(qtbot, services, admin, relay):
    screen = settings_of(desk(qtbot, services, admin, relay))
    retype(qtbot, named(screen, "Test message to", QLineEdit), "owner@willow.example")
    press(qtbot, screen, "Send a test message")
    qtbot.waitUntil(lambda: message_under(screen, "Test message") != "", timeout=30_000)
    assert message_under(screen, "Test message") == "Email is not set up: fill in the SMTP server."


def test_the_screen_stays_live_while_the_server_takes_its_time(
    qtbot, services, admin, relay, smtp_server: Mailbox, file_keyring
):
    """The test message waits on the server off the GUI thread: meanwhile the button is
    off, the busy bar shows and typing still works; the answer then shows by the field."""
    screen = settings_of(desk(qtbot, services, admin, relay))
    retype(qtbot, named(screen, "SMTP server", QLineEdit), smtp_server.host)
    named(screen, "SMTP port", QSpinBox).setValue(smtp_server.port)
    choose(named(screen, "Connection security", QComboBox), Security.NONE.value)
    retype(qtbot, named(screen, "From address", QLineEdit), "desk@willow.example")
    retype(qtbot, named(screen, "SMTP user", QLineEdit), SMTP_USER)
    retype(qtbot, named(screen, "SMTP password", QLineEdit), SMTP_PASSWORD)
    press(qtbot, screen, "Save password")
    retype(qtbot, named(screen, "Test message to", QLineEdit), "owner@willow.example")
    smtp_server.hold = threading.Event()
    try:
        press(qtbot, screen, "Send a test message")
        button = named(screen, "Send a test message", QPushButton)
        busy = named(screen, "Sending the test message", QProgressBar)
        qtbot.waitUntil(smtp_server.arrived.is_set, timeout=30_000)
        assert not button.isEnabled() and busy.isVisible()
        assert named(screen, "Reminders saved").text().startswith("Sending the test message")
        retype(qtbot, named(screen, "From address", QLineEdit), "typed@while.it.waits")
        assert named(screen, "From address", QLineEdit).text() == "typed@while.it.waits"
        press(qtbot, screen, "Send a test message")  # a second press while one is out: ignored
    finally:
        smtp_server.hold.set()
    notice = named(screen, "Reminders saved")
    qtbot.waitUntil(lambda: notice.text().startswith("Test message sent"), timeout=30_000)
    assert button.isEnabled() and not busy.isVisible()
    assert [m["To"] for m in smtp_server.messages] == ["owner@willow.example"]
