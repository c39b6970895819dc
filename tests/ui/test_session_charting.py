"""Charting a session: the pre-check first, the needle count, completion, amendment, autosave."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from acudesk.domain.treatment import SessionNotes, SessionStatus, needle_mismatch
from tests.ui import session_support
from tests.ui.intake_support import button, click
from tests.ui.session_support import (
    FACE_POINTS,
    modal,
    new_window,
    open_sessions_tab,
    place_needles,
)
from tests.ui.widgets import message_under, named

practitioner = session_support.practitioner
client = session_support.client


def tick_precheck(qtbot, window) -> None:
    click(qtbot, named(window, "I have read the alerts"))
    click(qtbot, named(window, "Nothing has changed since the intake"))


def test_completion_waits_for_the_precheck_and_a_matching_needle_count(
    qtbot, services, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    assert named(window, "Pre-treatment check").isVisible()  # shown first

    place_needles(window, *FACE_POINTS)
    needles_in = named(window, "Needles in")
    assert needles_in.value() == 3  # from the chart
    assert window.chart.editor.count_label.text()  # the editor says its count too

    button(window, "Complete session").click()
    assert "pre-treatment check" in message_under(window, "Pre-treatment check")
    assert services.sessions.get(practitioner, window.session.id).status is SessionStatus.OPEN

    tick_precheck(qtbot, window)
    assert not named(window, "Pre-treatment check").isVisible()  # folded away once done
    assert "check done" in named(window, "Pre-treatment check summary").text()

    named(window, "Needles out").setValue(2)
    mismatch = message_under(window, "Needles out")
    assert "3 needles went in but 2 came out" in mismatch
    button(window, "Complete session").click()
    assert services.sessions.get(practitioner, window.session.id).status is SessionStatus.OPEN
    assert message_under(window, "Needles out") == mismatch == needle_mismatch(3, 2)  # one wording

    button(window, "Record incident…").click()
    dialog = modal()
    button(dialog, "Record incident").click()
    assert "Say where you searched" in message_under(dialog, "Where searched")
    qtbot.keyClicks(named(dialog, "Where searched", QLineEdit), "couch and floor")
    click(qtbot, named(dialog, "Found"))
    qtbot.keyClicks(named(dialog, "What was done", QPlainTextEdit), "Disposed in sharps bin.")
    button(dialog, "Record incident").click()
    assert "Incident recorded: searched couch and floor" in named(window, "Incident").text()
    assert message_under(window, "Needles out") == ""

    button(window, "Complete session").click()
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.status is SessionStatus.COMPLETED
    assert stored.data.incident is not None and stored.data.incident.found
    assert stored.data.needles_out == 2 and len(stored.chart) == 3

    # Completed: read-only, Amend… offered instead of Save and Complete.
    assert window.is_read_only()
    assert named(window, "Session status").text() == "COMPLETED"
    assert not named(window, "Save session").isVisible()
    assert named(window, "Amend").isVisible()
    assert named(window, "What was treated", QPlainTextEdit).isReadOnly()
    assert not named(window, "Needles out").isEnabled()


def test_amending_asks_why_and_the_trail_shows_who_when_why(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    tick_precheck(qtbot, window)
    named(window, "Needles out").setValue(0)
    button(window, "Complete session").click()
    assert window.is_read_only()

    button(window, "Amend…").click()
    notes = named(window, "Plan", QPlainTextEdit)
    assert not notes.isReadOnly()
    notes.setFocus()
    qtbot.keyClicks(notes, "Next time: add LI20.")
    button(window, "Save amendment…").click()
    dialog = modal()
    button(dialog, "Save amendment").click()
    assert "Say why" in message_under(dialog, "Reason for the amendment")
    qtbot.keyClicks(named(dialog, "Reason for the amendment"), "Plan was left out")
    button(dialog, "Save amendment").click()

    trail = named(window, "Amendment trail").text()
    assert "Amended" in trail and "Pat" in trail and "Plan was left out" in trail
    assert named(window, "Session status").text() == "AMENDED"
    assert window.is_read_only()
    (entry,) = services.sessions.amendments(practitioner, window.session.id)
    assert entry["reason"] == "Plan was left out"
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.data.notes.plan == "Next time: add LI20."


def test_a_stop_alert_requires_a_reason_to_go_ahead(qtbot, services, admin, practitioner):
    client = session_support.add_client(
        services, admin, "Zoë", "Martin", conditions=("bleeding-disorder",)
    )
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    assert "bleeding-disorder" in named(window, "Screening alerts").alert_ids()
    reason = named(window, "Reason to go ahead", QLineEdit)
    assert reason.isVisible()
    tick_precheck(qtbot, window)
    assert named(window, "Pre-treatment check").isVisible()  # not done without the reason
    named(window, "Needles out").setValue(0)
    button(window, "Complete session").click()
    assert "stop alert" in message_under(window, "Pre-treatment check")
    assert services.sessions.get(practitioner, window.session.id).status is SessionStatus.OPEN

    qtbot.keyClicks(reason, "Physician's clearance seen (letter of 18 Nov)")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    button(window, "Complete session").click()
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.status is SessionStatus.COMPLETED
    assert stored.data.precheck.override_reason.startswith("Physician's clearance")


def test_an_open_session_saves_itself_after_a_change(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    treated = named(window, "What was treated", QPlainTextEdit)
    treated.setFocus()
    qtbot.keyClicks(treated, "Forehead lines")
    assert window.autosave_timer.isActive()
    assert named(window, "Save state").text() == "Unsaved changes…"
    window.autosave_timer.timeout.emit()  # the timer's moment, without waiting for it
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.data.notes.treated == "Forehead lines"
    assert named(window, "Save state").text() == "All changes saved"


def test_a_conflict_shows_a_banner_and_keeps_the_typing(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    elsewhere = services.sessions.get(practitioner, window.session.id)
    changed = replace(elsewhere.data, notes=SessionNotes(treated="From room 2"))
    services.sessions.save(practitioner, elsewhere, changed, elsewhere.chart)
    response = named(window, "Response", QPlainTextEdit)
    response.setFocus()
    qtbot.keyClicks(response, "Relaxed, slight redness")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    banner = named(window, "Session banner")
    assert banner.isVisible() and "another computer" in banner.text()
    assert response.toPlainText() == "Relaxed, slight redness"

    window.close()  # saving fails again: the window stays and asks
    assert window.isVisible()
    box = modal()
    assert "another computer" in box.text()
    button(box, "Close without saving").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_cancelling_an_amendment_puts_back_the_session_as_stored(
    qtbot, services, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    tick_precheck(qtbot, window)
    named(window, "Needles out").setValue(0)
    button(window, "Complete session").click()

    button(window, "Amend…").click()
    assert named(window, "Session status").text() == "AMENDING"
    plan = named(window, "Plan", QPlainTextEdit)
    plan.setFocus()
    qtbot.keyClicks(plan, "Typed, then thought better of it")
    assert named(window, "Save state").text() == "Amending: not saved yet"
    button(window, "Cancel amendment").click()

    assert plan.toPlainText() == "" and plan.isReadOnly()
    assert window.is_read_only() and named(window, "Session status").text() == "COMPLETED"
    assert services.sessions.amendments(practitioner, window.session.id) == []
