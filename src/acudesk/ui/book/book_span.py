"""What the book shows: one day or the week around it, its columns and its hours."""

from __future__ import annotations

from datetime import date, time, timedelta

from acudesk.domain.book_places import Location
from acudesk.ui.book.book_items import Column
from acudesk.ui.i18n import day_text, translate, weekday_text


def first_day(day: date, week: bool) -> date:
    """The first day shown: ``day`` itself, or the Monday of its week."""
    return day - timedelta(days=day.weekday()) if week else day


def days_shown(day: date, week: bool) -> list[date]:
    start = first_day(day, week)
    return [start + timedelta(days=n) for n in range(7 if week else 1)]


def week_columns(day: date, by_room: bool) -> list[Column]:
    """Seven columns, Monday to Sunday, each with every appointment of its day."""
    return [
        Column(None, f"{weekday_text(d)[:3]} {d.day}", by_room, day=d)
        for d in days_shown(day, True)
    ]


def span_title(day: date, week: bool) -> str:
    if not week:
        return f"{weekday_text(day)} {day_text(day)}"
    days = days_shown(day, True)
    first = str(days[0].day) if days[0].month == days[-1].month else day_text(days[0])
    return translate("BookScreen", "{first}–{last}", "a week's span").format(
        first=first, last=day_text(days[-1])
    )


def hours_shown(location: Location, days: list[date]) -> tuple[time, time]:
    """The hours to draw: from an hour before the earliest opening to an hour after the
    latest closing of those days, else 08:00-20:00."""
    stretches = [
        stretch
        for day in days
        for stretch in (location.hours.days.get(day.weekday(), ()) if location.hours else ())
    ]
    if not stretches:
        return time(8), time(20)
    first = min(a for a, _ in stretches)
    last = max(b for _, b in stretches)
    return time(max(first.hour - 1, 0)), time(min(last.hour + (1 if last.minute else 0) + 1, 23))
