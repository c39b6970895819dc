"""The Sessions tab: course progress, history with thumbnails, new and repeat; protocols."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QListWidget, QMessageBox

from acudesk.domain.treatment import PreCheck
from acudesk.domain.users import Role
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page
from tests.ui import session_support
from tests.ui.session_support import (
    FACE_POINTS,
    chart_of,
    do_precheck,
    modal,
    new_window,
    open_sessions_tab,
    place_needles,
)
from tests.ui.widgets import button, message_under, named

practitioner = session_support.practitioner
client = session_support.client


def completed(services, user, client_id, chart):
    opened = services.sessions.start(user, client_id)
    data = replace(
        opened.data, precheck=PreCheck(True, True, opened.data.precheck.intake_id), needles_out=3
    )
    return services.sessions.complete(user, opened, data, chart)


def rows_of(tab) -> QListView:
    return named(tab, "Sessions", QListView)


def row_text(view: QListView, row: int) -> str:
    return view.model().index(row, 0).data()


def test_the_tab_shows_progress_and_sessions_newest_first_with_thumbnails(
    qtbot, services, practitioner, client, clock
):
    completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
    clock.advance(days=7)
    services.sessions.start(practitioner, client.id)
    page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    assert page.ui.tabs.tabText(page.ui.tabs.currentIndex()) == "&Sessions"
    assert named(tab, "Course progress").text() == "Course 1: 1 of 10"
    assert named(tab, "Course progress bar").value() == 1
    rows = rows_of(tab)
    assert rows.model().rowCount() == 2
    newest, oldest = row_text(rows, 0), row_text(rows, 1)
    assert "Course 1: 2 of 10  ·  open" in newest and "30 Nov 2026" in newest
    assert "completed" in oldest and "3 needles" in oldest
    assert "Pat" in oldest
    qtbot.waitUntil(lambda: len(tab.thumbnails) == 2)  # both rows shown, so both drawn
    icon = rows.model().index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    assert icon.availableSizes()[0].width() == 160  # drawn at ~160 px
    tab.refresh()
    rows.viewport().repaint()
    assert len(tab.thumbnails) == 2  # cached: nothing drawn again

    tab.select_row(1)
    button(tab, "Open").click()
    window = tab.windows[tab.history[1].id]
    assert window.is_read_only() and named(window, "Session status").text() == "COMPLETED"


def test_an_amended_session_says_so_in_the_list(qtbot, services, practitioner, client):
    done = completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
    services.sessions.amend(practitioner, done, done.data, done.chart, "Notes were missing")
    services.sessions.start(practitioner, client.id)
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    rows = rows_of(tab)
    assert "open" in row_text(rows, 0)
    assert "Course 1: 1 of 10  ·  amended" in row_text(rows, 1)
    assert "3 needles" in row_text(rows, 1)


def test_thumbnails_are_drawn_for_the_rows_shown_only(qtbot, services, practitioner, client):
    from acudesk.ui.chart.render import backdrops_cached

    for _ in range(12):
        completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    rows = rows_of(tab)
    assert rows.model().rowCount() == 12
    qtbot.waitUntil(lambda: len(tab.thumbnails) > 0)
    shown = len(tab.thumbnails)
    assert shown < 12  # the rows below the fold are not drawn yet
    before = backdrops_cached()
    rows.scrollToBottom()
    rows.viewport().repaint()
    qtbot.waitUntil(lambda: len(tab.thumbnails) > shown)
    last = tab.history[-1]
    assert (last.id, last.version) in list(tab.thumbnails.keys())
    assert backdrops_cached() == before  # the face was drawn by its SVG renderer once


def test_new_session_by_keyboard_and_reception_cannot_start_one(
    qtbot, services, practitioner, client, make_user
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    assert named(tab, "No sessions").isVisible()
    qtbot.keyClick(
        tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (window,) = tab.windows.values()
    assert named(window, "Place in the course").text() == "Course 1: 1 of 10"
    assert rows_of(tab).model().rowCount() == 1
    window.close()  # nothing recorded: asked, and kept as a draft
    button(window.life.dialog, "Keep as draft").click()
    assert not window.isVisible()
    assert services.sessions.open_session(practitioner, client.id) is not None

    reception = make_user("rita", Role.RECEPTION)  # no session notes: the tab says why
    page = client_page(Context(services, reception, ChangeRelay(services.bus)), client.id)
    qtbot.addWidget(page)
    index = page.ui.tabs.indexOf(page.sessions_page)
    assert not page.ui.tabs.isTabEnabled(index)
    assert "may not read session notes" in page.ui.tabs.tabToolTip(index)
    intake = page.ui.tabs.indexOf(page.ui.intakeTab)
    assert page.ui.tabs.isTabEnabled(intake)  # the intake reception takes


def test_repeat_last_session_preloads_the_chart(qtbot, services, practitioner, client):
    completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    button(tab, "Repeat last session").click()
    window = tab.windows[tab.history[0].id]
    assert len(window.chart.document()) == 0  # no needle before the pre-treatment check
    assert "once the pre-treatment check is done" in named(window, "Session banner").text()
    do_precheck(window)
    assert [p.point for p in window.chart.document()] == list(FACE_POINTS)
    assert named(window, "Needles in").value() == 3
    assert named(window, "Place in the course").text() == "Course 1: 2 of 10"


def test_save_a_protocol_then_apply_it_and_undo(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    do_precheck(window)
    place_needles(window, *FACE_POINTS)

    button(window, "Save as protocol…").click()
    dialog = modal()
    qtbot.keyClicks(named(dialog, "Protocol name", QLineEdit), "Forehead lift")
    button(dialog, "Save protocol").click()
    ((_id, name, _desc, chart),) = services.protocols.protocols(practitioner)
    assert name == "Forehead lift" and len(chart) == 3

    # The same name again: asked before replacing.
    place_needles(window, "ST2")
    button(window, "Save as protocol…").click()
    dialog = modal()
    qtbot.keyClicks(named(dialog, "Protocol name", QLineEdit), "forehead LIFT")
    button(dialog, "Save protocol").click()
    box = modal()
    assert isinstance(box, QMessageBox) and "already a protocol" in box.text()
    button(box, "Replace").click()
    ((_id, name, _desc, chart),) = services.protocols.protocols(practitioner)
    assert len(chart) == 4

    window.life.ask_cancel("Trying protocols")
    button(window.life.dialog, "Cancel the session").click()
    assert not window.isVisible()
    window = new_window(qtbot, tab)
    assert len(window.chart.document()) == 0
    do_precheck(window)
    button(window, "Apply protocol…").click()
    dialog = modal()
    assert named(dialog, "Protocols", QListWidget).count() == 1
    button(dialog, "Apply").click()
    assert len(window.chart.document()) == 4
    assert named(window, "Needles in").value() == 4
    window.chart.editor.undo_stack().undo()  # one step takes the whole protocol back
    assert len(window.chart.document()) == 0
    assert named(window, "Needles in").value() == 0


def test_protocol_name_is_required(qtbot, services, practitioner, client):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    place_needles(window, "ST3")
    button(window, "Save as protocol…").click()
    dialog = modal()
    button(dialog, "Save protocol").click()
    assert "name" in message_under(dialog, "Protocol name")
    assert services.protocols.protocols(practitioner) == []


def test_a_protocol_does_not_place_cautioned_points_silently(qtbot, services, practitioner, admin):
    from datetime import date

    from acudesk.domain.clients import ClientInput
    from acudesk.domain.intake import Consent, IntakeData

    lips = services.clients.create(admin, ClientInput(first_name="Lia", last_name="Moretti"))
    services.intake.record(
        admin,
        lips.id,
        IntakeData(
            taken_on=date(2026, 11, 20),
            conditions=("skin-infection",),
            condition_details={"skin-infection": "lips"},
            consent=Consent(True, False, date(2026, 11, 20), session_support.PNG),
        ),
        based_on=None,
    )
    services.protocols.save_protocol(practitioner, "Mouth", "", chart_of("ST4", "GB14"))
    _page, tab = open_sessions_tab(qtbot, services, practitioner, lips)
    window = new_window(qtbot, tab)
    do_precheck(window, "Infection on the lips only, healed")

    button(window, "Apply protocol…").click()
    button(modal(), "Apply").click()
    warning = window.chart.caution_dialog
    assert warning is not None and "ST4" in warning.findChildren(QLabel)[0].text()
    button(warning, "Leave them out").click()
    assert [p.point for p in window.chart.document()] == ["GB14"]

    button(window, "Apply protocol…").click()
    button(modal(), "Apply").click()
    warning = window.chart.caution_dialog
    button(warning, "Place them with this reason").click()
    assert "Give the reason" in warning.error_label.text()  # a reason is required
    qtbot.keyClicks(named(warning, "Reason", QLineEdit), "Infection healed, checked today")
    button(warning, "Place them with this reason").click()
    placed = {p.point: p.caution for p in window.chart.document()}
    assert placed["ST4"] == "Infection healed, checked today"


def test_a_long_history_is_read_a_page_at_a_time_as_the_list_scrolls(
    qtbot, services, practitioner, client, clock, monkeypatch
):
    from acudesk.ui.sessions import session_history_widget

    monkeypatch.setattr(session_history_widget, "HISTORY_PAGE", 2)
    for _ in range(5):
        completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
        clock.advance(days=1)
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    model = rows_of(tab).model()
    assert model.rowCount() >= 2  # the view reads pages until its rows are filled
    while model.canFetchMore():
        model.fetchMore()
    everything = services.sessions.summaries(practitioner, client.id)
    assert [s.id for s in tab.history] == [s.id for s in everything] and len(everything) == 5
    assert "30 Nov 2026" not in row_text(rows_of(tab), 4)  # the oldest last
