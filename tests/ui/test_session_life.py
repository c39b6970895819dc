"""A session's life on the screens: the map refuses needles before the pre-check, cancelling
with a reason, one open session per client, admins' cancelled sessions, the course controls."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.points import Side
from acudesk.domain.treatment import PreCheck, SessionStatus
from tests.ui import session_support
from tests.ui.session_support import (
    FACE,
    FACE_POINTS,
    add_client,
    chart_of,
    do_precheck,
    new_window,
    open_sessions_tab,
)
from tests.ui.widgets import button, named

practitioner = session_support.practitioner
client = session_support.client


def test_the_map_refuses_a_needle_before_the_precheck_and_says_why(
    qtbot, services, admin, practitioner
):
    stop = add_client(services, admin, "Lia", "Moretti", conditions=("pregnancy",))
    _page, tab = open_sessions_tab(qtbot, services, practitioner, stop)
    window = new_window(qtbot, tab)
    controller = window.chart.editor.controller
    controller.place_point("ST6", FACE, [Side.RIGHT])
    told = controller.dialog
    assert isinstance(told, QMessageBox) and "No needle before" in told.text()
    assert window.chart.needle_count() == 0
    told.close()
    controller.place_free(PlacementKind.BRUISE, FACE, 0.4, 0.5, Side.RIGHT)  # not a needle
    assert len(window.chart.document()) == 1
    # Ticked, but a stop alert stands: the reason comes before the first needle.
    do_precheck(window)
    controller.place_point("ST6", FACE, [Side.RIGHT])
    assert "stop alert" in controller.dialog.text() and window.chart.needle_count() == 0
    controller.dialog.close()
    do_precheck(window, "Not pregnant: test negative today")
    controller.place_point("ST6", FACE, [Side.RIGHT])
    assert window.chart.needle_count() == 1
    window.close_anyway()


def test_cancel_a_session_from_its_window_with_a_reason(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    session_id = window.session.id
    button(window, "Cancel session…").click()
    dialog = window.life.dialog
    button(dialog, "Cancel the session").click()  # no reason yet
    assert "Say why" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClicks(named(dialog, "Reason for cancelling"), "Client arrived unwell")
    button(dialog, "Cancel the session").click()
    assert not window.isVisible()
    stored = services.sessions.get(practitioner, session_id)
    assert stored.status is SessionStatus.CANCELLED
    assert stored.cancel_reason == "Client arrived unwell"
    assert tab.model.rowCount() == 0  # out of the history's way


def test_closing_an_empty_session_can_cancel_it(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    window.close()
    assert window.isVisible()  # asked first
    button(window.life.dialog, "Cancel the session…").click()
    dialog = window.life.dialog
    assert named(dialog, "Reason for cancelling").text() == "Closed with nothing recorded"
    button(dialog, "Cancel the session").click()
    assert not window.isVisible()
    assert services.sessions.open_session(practitioner, client.id) is None


def test_starting_a_second_session_offers_the_open_one(qtbot, services, practitioner, client):
    opened = services.sessions.start(practitioner, client.id)
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    assert tab.start_session() is None
    box = tab.open_box
    assert box is not None and "already has an open session" in box.text()
    button(box, "Open that session").click()
    assert tab.windows[opened.id].isVisible()
    tab.windows[opened.id].close_anyway()


def test_admins_see_cancelled_sessions_with_their_reason(qtbot, services, admin, client):
    opened = services.sessions.start(admin, client.id)
    services.sessions.cancel(admin, opened, "Booked by mistake")
    _page, tab = open_sessions_tab(qtbot, services, admin, client)
    toggle = tab.cancelled_check
    assert toggle.isVisible() and tab.model.rowCount() == 0
    toggle.setChecked(True)
    assert tab.model.rowCount() == 1
    assert "cancelled: Booked by mistake" in tab.model.index(0, 0).data()


def test_practitioners_have_no_cancelled_toggle(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    assert not tab.cancelled_check.isVisible()


def test_a_new_course_with_its_length_and_the_progress_shown(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    button(tab, "New course…").click()
    dialog = tab.course.dialog
    named(dialog, "Planned sessions").setValue(6)
    button(dialog, "Start the course").click()
    assert named(tab, "Course progress").text() == "Course 1: 0 of 6"
    window = new_window(qtbot, tab)
    assert named(window, "Place in the course").text() == "Course 1: 1 of 6"
    window.close_anyway()
    services.sessions.cancel(practitioner, window.session, "Test")
    button(tab, "Close course").click()
    assert named(tab, "Course progress").text() == "Course 1: 0 of 6  ·  closed"


def test_repeat_brings_needles_and_pairs_never_marks_or_notes(
    qtbot, services, practitioner, client
):
    chart = ChartDocument.from_list(chart_of(*FACE_POINTS))
    first = next(iter(chart))
    chart.update(first.id, note="Deeper today")
    chart.add(Placement(new_id(), PlacementKind.MARK, FACE, 0.5, 0.5))
    chart.add(Placement(new_id(), PlacementKind.REDNESS, FACE, 0.4, 0.4))
    opened = services.sessions.start(practitioner, client.id)
    data = replace(
        opened.data, precheck=PreCheck(True, True, opened.data.precheck.intake_id), needles_out=3
    )
    services.sessions.complete(practitioner, opened, data, chart.to_list())
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    button(tab, "Repeat last session").click()
    window = tab.windows[tab.history[0].id]
    do_precheck(window)
    placed = list(window.chart.document())
    assert [p.point for p in placed] == list(FACE_POINTS)
    assert all(p.kind is PlacementKind.NEEDLE and p.note == "" for p in placed)
    window.close_anyway()
