"""Retention timers: started from a session, shown for every room in the main window's status
bar, ended by moving the clock (the timers read an injectable ``now``), never by waiting."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.sessions.session_history_widget import SessionHistoryWidget
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.shell.screens import client_page
from tests.ui import session_support
from tests.ui.intake_support import button
from tests.ui.session_support import add_client, new_window
from tests.ui.widgets import named

practitioner = session_support.practitioner
client = session_support.client


def session_in_main_window(qtbot, main: MainWindow, services, user, client):
    page = client_page(main.context, client.id)
    main.ui.stack.addWidget(page)
    main.ui.stack.setCurrentWidget(page)
    page.ui.tabs.setCurrentWidget(page.sessions_page)
    tab = page.sessions_tab
    assert isinstance(tab, SessionHistoryWidget)
    return new_window(qtbot, tab)


def test_timers_of_several_rooms_count_down_in_the_status_bar_and_end(
    qtbot, services, admin, practitioner, client, clock, relay
):
    main = MainWindow(services, practitioner, relay)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    room_timers = named(main, "Room timers")
    assert not room_timers.isVisible()  # nothing running

    anna = session_in_main_window(qtbot, main, services, practitioner, client)
    assert anna.timers is main.retention_timers
    assert named(anna, "Time left").text() == "30:00"
    button(anna, "Needling done — start timer").click()
    assert services.sessions.get(practitioner, anna.session.id).timer_started_at == clock.now
    assert room_timers.plain_text() == "Room timers: Anna R. 30:00"

    zoe_client = add_client(services, admin, "Zoë", "Martin")
    zoe = session_in_main_window(qtbot, main, services, practitioner, zoe_client)
    named(zoe, "Retention minutes").setValue(10)
    button(zoe, "Needling done — start timer").click()

    clock.advance(minutes=7, seconds=19)
    main.retention_timers.tick()
    assert room_timers.plain_text() == "Room timers: Zoë M. 02:41 · Anna R. 22:41"
    assert named(zoe, "Time left").text() == "02:41"
    assert room_timers.isVisible()

    clock.advance(minutes=3)
    main.retention_timers.tick()
    assert room_timers.plain_text() == "Room timers: Zoë M. ended · Anna R. 19:41"
    assert "color:" in room_timers.text()  # the ended room is in red
    assert named(zoe, "Time left").text() == "Time is up"
    assert named(zoe, "Time left").property("state") == "ended"
    told = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "timerEndedBox" and w.isVisible()
    ]
    assert len(told) == 1 and "Zoë M." in told[0].text()
    assert not told[0].isModal()  # nothing is blocked while the practitioner goes to the room
    told[0].close()

    # Anna's needles come out and her session completes: her timer leaves the status bar.
    anna.ui.alertsReviewedCheck.setChecked(True)
    anna.ui.intakeUnchangedCheck.setChecked(True)
    named(anna, "Needles out").setValue(0)
    button(anna, "Complete session").click()
    assert room_timers.plain_text() == "Room timers: Zoë M. ended"


def test_a_reopened_session_shows_its_running_timer(
    qtbot, services, practitioner, client, clock, relay
):
    main = MainWindow(services, practitioner, relay)
    qtbot.addWidget(main)
    main.show()
    window = session_in_main_window(qtbot, main, services, practitioner, client)
    button(window, "Needling done — start timer").click()
    main.retention_timers.stop(window.session.id)  # as after restarting acudesk
    session_id = window.session.id
    window.close()
    clock.advance(minutes=5)
    page = main.ui.stack.currentWidget()
    assert isinstance(page, ClientPage) and isinstance(page.sessions_tab, SessionHistoryWidget)
    reopened = page.sessions_tab.open_session(services.sessions.get(practitioner, session_id))
    assert named(reopened, "Time left").text() == "25:00"


def test_changing_the_retention_time_moves_a_running_timer(
    qtbot, services, practitioner, client, clock, relay
):
    main = MainWindow(services, practitioner, relay)
    qtbot.addWidget(main)
    main.show()
    window = session_in_main_window(qtbot, main, services, practitioner, client)
    button(window, "Needling done — start timer").click()
    clock.advance(minutes=5)
    main.retention_timers.tick()
    assert named(window, "Time left").text() == "25:00"
    named(window, "Retention minutes").setValue(20)
    assert named(window, "Time left").text() == "15:00"
    assert named(main, "Room timers").plain_text() == "Room timers: Anna R. 15:00"
