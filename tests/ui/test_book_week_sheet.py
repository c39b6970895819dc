"""The Book's week view saves the whole clinic's week sheet (the day view its day sheet)."""

from __future__ import annotations

import stat
from datetime import time, timedelta

import pypdfium2
from pypdf import PdfReader

from acudesk.domain.appointments import BookingRequest
from acudesk.domain.book_time import local_moment
from tests.ui.test_book_screen import DAY, LONDON, clinic, make_screen
from tests.ui.widgets import named

__all__ = ["clinic"]  # the fixture, shared with the Book screen's tests


def test_the_week_view_saves_the_week_sheet(qtbot, services, admin, relay, clinic, tmp_path):
    location, rooms, facial, client = clinic
    for offset, room in ((0, 0), (2, 1)):
        services.book.book(
            admin,
            BookingRequest(
                client.id,
                facial.id,
                location.id,
                local_moment(DAY + timedelta(days=offset), time(10), LONDON),
                room_id=rooms[room].id,
            ),
        )
    screen = make_screen(qtbot, services, admin, relay)
    screen.show_date(DAY)
    button = screen.ui.daySheetButton
    assert button.text() == "Day &sheet…"
    screen.ui.spanCombo.setCurrentIndex(screen.ui.spanCombo.findData("week"))
    assert button.text() == "Week &sheet…" and "week" in button.toolTip()
    target = tmp_path / "week.pdf"
    assert screen.save_day_sheet(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Week sheet: Willow Street" in text
    assert "Monday 23 Nov 2026" in text and "Sunday 29 Nov 2026" in text
    assert text.count("Maria Quintero") == 2 and "Blue room" in text
    assert "Week sheet saved as week.pdf" in named(screen, "Book message").text()
    page = pypdfium2.PdfDocument(target)[0].render(scale=1).to_pil()
    assert page.width > 500 and page.convert("L").getextrema()[0] < 100
    screen.ui.spanCombo.setCurrentIndex(screen.ui.spanCombo.findData("day"))
    assert button.text() == "Day &sheet…"
