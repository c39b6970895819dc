"""The sheets staff print from the book speak the screens' language all through: the month in
its dates, the footer and the page count, not only the column titles."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from acudesk.documents.day_sheet import DaySheet, build_day_sheet
from acudesk.documents.week_sheet import WeekSheet, build_week_sheet
from acudesk.domain import i18n
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.i18n_catalogue import ts_translator
from acudesk.resources import resource
from tests.documents.pdf_checks import all_text, dark_pixel_share, render_first_page

CLINIC = ClinicDetails("Willow")
LONDON = ZoneInfo("Europe/London")
PRINTED = datetime(2027, 3, 15, 8, 5)


def sheets() -> list[bytes]:
    day = DaySheet(CLINIC, "Willow Street", date(2027, 3, 16), LONDON, [], PRINTED)
    week = WeekSheet(CLINIC, "Willow Street", date(2027, 3, 15), LONDON, [], PRINTED)
    return [build_day_sheet(day), build_week_sheet(week)]


@pytest.fixture
def italian():
    i18n.set_translator(ts_translator(resource("translations", "messages_it.ts")), "it")
    yield
    i18n.set_translator(None)


def test_in_english_the_dates_and_footer_read_as_before() -> None:
    for pdf in sheets():
        text = all_text(pdf)
        assert "Mar 2027" in text and "Page 1 of" in text
        assert "Confidential health record" in text


def test_in_italian_the_month_footer_and_page_count_are_italian(italian, tmp_path) -> None:
    for pdf in sheets():
        text = all_text(pdf)
        assert "mar 2027" in text and "Mar 2027" not in text
        assert "Pagina 1 di" in text and "Page 1 of" not in text
        assert "Documento sanitario riservato" in text
        assert dark_pixel_share(render_first_page(pdf, tmp_path)) > 0.002  # the page draws
