"""The session window and the intake dialog fit a 1366x768 laptop: at its available geometry
every button is inside the screen (long content scrolls), in English and in Italian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from acudesk.ui.i18n import install_language
from acudesk.ui.intake.intake_dialog import IntakeDialog
from acudesk.ui.widgets.screen_fit import TITLE_BAR, fit_to_screen
from tests.ui import session_support
from tests.ui.session_support import add_client, new_window, open_sessions_tab

practitioner = session_support.practitioner

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # 1366x768 less a 40-px task bar


def buttons_outside(window: QWidget, area: QRect) -> list[str]:
    """The visible buttons of ``window`` not wholly on the screen area (window frame counted)."""
    QApplication.processEvents()
    outside = []
    top_left = window.geometry().topLeft()
    for found in window.findChildren(QAbstractButton):
        if not found.isVisibleTo(window) or found.window() is not window:
            continue
        scroller = _scroll_area_of(found, window)
        if scroller is not None:  # reached by scrolling: the scroll area itself must fit
            found = scroller
        corner = found.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left + corner, found.size())
        inside_window = window.rect().contains(QRect(corner, found.size()))
        if not (inside_window and area.contains(rect)):
            outside.append(found.text() or found.objectName())
    return outside


def _scroll_area_of(widget: QWidget, window: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractButton):
            return parent
        parent = parent.parentWidget()
    return None


def fits(window: QWidget, area: QRect) -> None:
    fit_to_screen(window, 1320, 880, area)
    window.layout().activate()
    assert window.width() <= area.width()
    assert window.height() + TITLE_BAR <= area.height()
    assert window.y() >= area.y() and window.y() + window.height() <= area.bottom() + 1
    assert buttons_outside(window, area) == []


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_session_window_fits_a_laptop(qtbot, qapp, services, admin, practitioner, language):
    install_language(qapp, language)
    client = add_client(services, admin, conditions=("pregnancy",))  # a stop alert shows
    _page, tab = open_sessions_tab(qtbot, services, practitioner, client)
    window = new_window(qtbot, tab)
    assert window.minimumSizeHint().height() + TITLE_BAR <= LAPTOP.height()
    fits(window, LAPTOP)
    assert window.ui.completeButton.isVisible() and window.ui.saveButton.isVisible()
    assert window.life.cancel_button.isVisible()
    window.close_anyway()


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_intake_dialog_fits_a_laptop(qtbot, qapp, services, admin, language):
    install_language(qapp, language)
    client = add_client(services, admin)
    dialog = IntakeDialog(services, admin, client.id, "Anna Rossi")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for step in range(4):
        dialog.go_to(step)
        fits(dialog, LAPTOP)
