"""History rows say which areas were treated, and a larger chart shows beside the list for the
row hovered or selected."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QListView

from acudesk.domain.treatment import PreCheck
from tests.ui import session_support
from tests.ui.session_support import FACE_POINTS, chart_of, open_sessions_tab
from tests.ui.widgets import named

practitioner = session_support.practitioner
client = session_support.client


def completed(services, user, client_id, chart):
    opened = services.sessions.start(user, client_id)  # no needle before the pre-check
    precheck = PreCheck(True, True, opened.data.precheck.intake_id)
    data = replace(opened.data, precheck=precheck, needles_out=len(chart))
    return services.sessions.complete(user, opened, data, chart)


def test_rows_name_the_areas_and_the_preview_follows_selection_and_hover(
    qtbot, services, practitioner, client, clock
):
    completed(services, practitioner, client.id, chart_of(*FACE_POINTS))
    clock.advance(days=7)
    completed(services, practitioner, client.id, chart_of("GV20"))
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    rows = named(tab, "Sessions", QListView)
    model = rows.model()
    older = model.index(1, 0).data()
    assert "Areas: " in older and "cheek" in older
    assert "scalp" in model.index(0, 0).data()
    preview = named(tab, "Chart preview", QLabel)
    caption = named(tab, "Areas treated", QLabel)
    assert "scalp" in caption.text()  # the newest session, selected on opening

    tab.select_row(1)
    assert preview.pixmap().width() == 300  # larger than the row's 128-px picture
    assert "cheek" in caption.text()
    rows.entered.emit(model.index(0, 0))  # the pointer over the newer row
    assert "scalp" in caption.text()
    QApplication.sendEvent(rows.viewport(), QEvent(QEvent.Type.Leave))
    assert "cheek" in caption.text()  # back to the selected one


def test_a_chart_with_no_needles_names_no_area(qtbot, services, practitioner, client):
    completed(services, practitioner, client.id, [])
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    text = named(tab, "Sessions", QListView).model().index(0, 0).data()
    assert "Areas" not in text and "No needles" in text
