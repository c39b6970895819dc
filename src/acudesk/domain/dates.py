"""Dates as people type them: ISO, or day-month-year with / . - separators."""

from __future__ import annotations

import enum
import re
from datetime import date

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate

_NUMERIC = re.compile(r"^\s*(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})\s*$")
_COMPACT_ISO = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


class DateOrder(enum.StrEnum):
    DAY_FIRST = "DMY"
    MONTH_FIRST = "MDY"


class DateParseError(ValueError):
    pass


def _year(value: int, today: date) -> int:
    if value >= 100:
        return value
    # Two-digit years: the most recent year with those digits that is not in the future.
    century = today.year - today.year % 100
    year = century + value
    return year - 100 if year > today.year else year


def parse_date(text: str, order: DateOrder = DateOrder.DAY_FIRST, *, today: date) -> date:
    """Read a date typed by a person or found in a spreadsheet; raise DateParseError if unsure."""
    cleaned = text.strip()
    if not cleaned:
        raise DateParseError(translate("dates", "Enter a date."))
    if len(cleaned) > 40:
        raise DateParseError(translate("dates", "That is not a date."))
    compact = _COMPACT_ISO.match(cleaned)
    match = _NUMERIC.match(cleaned)
    try:
        if compact:
            return date(int(compact[1]), int(compact[2]), int(compact[3]))
        if match is None:
            raise DateParseError(
                translate("dates", "'{text}' is not a date: use day/month/year.").format(
                    text=cleaned[:20]
                )
            )
        a, b, c = (int(match[i]) for i in (1, 2, 3))
        if len(match[1]) == 4:  # year first: 1985-03-12
            return date(a, b, c)
        if order is DateOrder.MONTH_FIRST:
            return date(_year(c, today), a, b)
        return date(_year(c, today), b, a)
    except ValueError as error:
        if isinstance(error, DateParseError):
            raise
        raise DateParseError(
            translate("dates", "'{text}' is not a real date.").format(text=cleaned[:20])
        ) from None


def format_date(value: date | None) -> str:
    return "" if value is None else value.isoformat()


# Month abbreviations, by month number, as screens show them ("1 Nov 2026").
MONTHS = LazyTexts(
    "dates",
    {
        1: QT_TRANSLATE_NOOP("dates", "Jan"),
        2: QT_TRANSLATE_NOOP("dates", "Feb"),
        3: QT_TRANSLATE_NOOP("dates", "Mar"),
        4: QT_TRANSLATE_NOOP("dates", "Apr"),
        5: QT_TRANSLATE_NOOP("dates", "May"),
        6: QT_TRANSLATE_NOOP("dates", "Jun"),
        7: QT_TRANSLATE_NOOP("dates", "Jul"),
        8: QT_TRANSLATE_NOOP("dates", "Aug"),
        9: QT_TRANSLATE_NOOP("dates", "Sep"),
        10: QT_TRANSLATE_NOOP("dates", "Oct"),
        11: QT_TRANSLATE_NOOP("dates", "Nov"),
        12: QT_TRANSLATE_NOOP("dates", "Dec"),
    },
)


def human_date(value: date) -> str:
    """ "1 Nov 2026": unambiguous whatever date order the reader is used to."""
    return f"{value.day} {MONTHS[value.month]} {value.year}"
