"""Handout ▸ on the Sessions list and the session screen, and the next appointment field."""

from __future__ import annotations

from datetime import datetime

from acudesk.domain.treatment import SessionStatus
from acudesk.ui.handouts.handout_preview_dialog import HandoutPreviewDialog
from tests.services.handouts_support import completed_session
from tests.ui import session_support
from tests.ui.session_support import new_window, open_sessions_tab
from tests.ui.widgets import named

practitioner = session_support.practitioner
client = session_support.client


def test_sessions_list_offers_the_handout_of_a_completed_session_only(
    qtbot, services, admin, practitioner, client
):
    services.products.ensure_house_catalogue()
    done = completed_session(services, practitioner, client)
    services.sessions.start(practitioner, client.id)  # newest, still open
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    button = named(tab, "Handout")
    tab.select_row(0)
    assert tab.selected().status is SessionStatus.OPEN and not button.isEnabled()
    tab.select_row(1)
    assert tab.selected().id == done.id and button.isEnabled()
    dialog = tab.handout_menu.preview()
    assert isinstance(dialog, HandoutPreviewDialog) and dialog.page_count() >= 1
    dialog.close()
    window = tab.open_session(tab.selected())
    qtbot.waitExposed(window)
    assert window.handout_button.isVisible() and window.handout_button.menu() is not None
    assert window.next_appointment.value() == datetime(2026, 11, 30, 10, 30)
    window.close()


def test_session_screen_books_the_next_appointment_and_shows_handout_when_completed(
    qtbot, services, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    assert not window.handout_button.isVisible()
    field = window.next_appointment
    assert field.value() is None and not field.when.isEnabled()
    # Nothing booked yet: it offers a week after the session, which started on the test's clock.
    assert window.session.data.started_at == services.clock()
    assert field.when.dateTime().toPython() == datetime(2026, 11, 30, 9, 0)
    field.booked.setChecked(True)
    assert field.when.isEnabled()
    field.when.setDateTime(datetime(2026, 11, 30, 10, 30))
    assert window.save()
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.data.next_appointment == datetime(2026, 11, 30, 10, 30)
