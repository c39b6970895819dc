"""Session details: reactions with standard responses, cautioned-point confirmations, updating
the intake from the pre-check, and a read-only look for someone who cannot chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget

from acudesk.domain.errors import PermissionDenied
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.treatment import (
    STANDARD_RESPONSE,
    AdverseEventKind,
    Confirmation,
    EventSeverity,
)
from acudesk.domain.users import Role
from acudesk.ui.intake.intake_dialog import IntakeDialog
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page
from tests.ui import session_support
from tests.ui.session_support import PNG, modal, new_window, open_sessions_tab
from tests.ui.widgets import button, named

practitioner = session_support.practitioner
client = session_support.client


def test_reactions_start_from_the_standard_response_and_are_saved(
    qtbot, services, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    window.ui.sideTabs.setCurrentWidget(window.ui.eventsTab)
    button(window, "Add event").click()
    table = named(window, "Adverse events", QTableWidget)
    assert table.item(0, 3).text() == STANDARD_RESPONSE[AdverseEventKind.BRUISING]
    kind = named(window, "Event 1 kind", QComboBox)
    kind.setCurrentIndex(list(AdverseEventKind).index(AdverseEventKind.FAINTING))
    assert table.item(0, 3).text() == STANDARD_RESPONSE[AdverseEventKind.FAINTING]
    named(window, "Event 1 severity", QComboBox).setCurrentIndex(1)
    table.item(0, 2).setText("Felt faint on the couch after 10 minutes")
    # Written by hand: a later change of kind leaves it alone.
    table.item(0, 3).setText("Lay flat, legs raised; recovered in 5 minutes")
    kind.setCurrentIndex(list(AdverseEventKind).index(AdverseEventKind.NAUSEA))
    assert table.item(0, 3).text().startswith("Lay flat")
    window.save()
    (event,) = services.sessions.get(practitioner, window.session.id).data.adverse_events
    assert event.kind is AdverseEventKind.NAUSEA and event.severity is EventSeverity.MODERATE
    assert event.description.startswith("Felt faint")


def test_confirmations_from_the_point_map_are_kept_with_the_session(
    qtbot, services, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    given = Confirmation("LI4", "pregnancy", "Client confirmed not pregnant today")
    window.chart.editor.confirmation_given.emit(given)
    window.save()
    stored = services.sessions.get(practitioner, window.session.id)
    assert stored.data.confirmations == (given,)


def test_updating_the_intake_refreshes_alerts_cautions_and_ticks_the_check(
    qtbot, services, admin, practitioner, client
):
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    assert named(window, "Screening alerts").alert_ids() == []
    button(window, "Update the intake…").click()
    dialog = modal()
    assert isinstance(dialog, IntakeDialog)
    # The client says she is pregnant; the intake is saved (as the dialog's Save does).
    latest = services.intake.latest(admin, client.id)
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 23),
            conditions=("pregnancy",),
            consent=Consent(True, False, date(2026, 11, 23), PNG),
        ),
        based_on=latest.id,
    )
    dialog.intake_saved.emit(client.id)
    dialog.reject()
    assert "pregnancy" in named(window, "Screening alerts").alert_ids()
    assert window.chart.editor.controller.cautions  # pregnancy-caution points now cautioned
    check = named(window, "Nothing has changed since the intake")
    assert check.isChecked() and "updated 23 Nov 2026" in check.text()
    assert named(window, "Reason to go ahead").isVisible()  # pregnancy is a stop alert


def test_reception_neither_reads_nor_changes_a_session(
    qtbot, services, practitioner, client, make_user
):
    opened = services.sessions.start(practitioner, client.id)
    reception = make_user("rita", Role.RECEPTION)  # session notes are the practitioners'
    page = client_page(Context(services, reception, ChangeRelay(services.bus)), client.id)
    qtbot.addWidget(page)
    assert not page.ui.tabs.isTabEnabled(page.ui.tabs.indexOf(page.sessions_page))
    with pytest.raises(PermissionDenied, match="may not read session notes"):
        services.sessions.get(reception, opened.id)
