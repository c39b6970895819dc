"""The month summary: a six-week grid from a Monday, months added without running past their
end, each day's count, busiest hours and practitioners, cancelled ones left out."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.domain.book_month import add_months, busiest_hours, month_grid, summarise
from acudesk.domain.book_time import local_moment

LONDON = ZoneInfo("Europe/London")


def at(day: date, hour: int, minutes: int = 60, who: int | None = 1, **kw) -> Appointment:
    start = local_moment(day, time(hour), LONDON)
    return Appointment(
        id=hour * 100 + day.day,
        client_id=1,
        client_name="Maria Quintero",
        service_id=1,
        service_name="Facial acupuncture",
        location_id=1,
        practitioner_id=who,
        room_id=1,
        device_id=None,
        start=start,
        end=start + timedelta(minutes=minutes),
        status=kw.get("status", AppointmentStatus.BOOKED),
        notes="",
        series_id=None,
        version=1,
    )


def test_the_grid_is_six_weeks_from_a_monday() -> None:
    days = month_grid(date(2026, 11, 24))
    assert len(days) == 42 and days[0] == date(2026, 10, 26) and days[0].weekday() == 0
    assert date(2026, 11, 1) in days and date(2026, 11, 30) in days
    assert month_grid(date(2027, 2, 1))[0] == date(2027, 2, 1)  # a month that starts on Monday


def test_months_are_added_to_the_same_day_or_the_last() -> None:
    assert add_months(date(2026, 11, 24), 1) == date(2026, 12, 24)
    assert add_months(date(2026, 12, 24), 1) == date(2027, 1, 24)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 3, 31), -1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_busiest_hours_are_the_first_run_with_the_most() -> None:
    day = datetime(2026, 11, 24)
    spans = [
        (day.replace(hour=9), day.replace(hour=10)),
        (day.replace(hour=10, minute=30), day.replace(hour=12)),
        (day.replace(hour=10), day.replace(hour=11, minute=30)),
        (day.replace(hour=15), day.replace(hour=16)),
    ]
    assert busiest_hours(spans) == (time(10), time(12))
    assert busiest_hours([]) is None
    late = [(day.replace(hour=23), day.replace(hour=23) + timedelta(hours=2))]
    assert busiest_hours(late) == (time(23), time(23, 59))


def test_each_day_is_summarised_in_the_location_time() -> None:
    tuesday, wednesday = date(2026, 11, 24), date(2026, 11, 25)
    booked = [
        at(tuesday, 10),
        at(tuesday, 10, who=2),
        at(tuesday, 14, who=None),
        at(tuesday, 16, status=AppointmentStatus.CANCELLED),
        at(wednesday, 0, minutes=30),  # 00:00 London is still Wednesday
    ]
    summary = summarise(booked, LONDON, month_grid(tuesday))
    assert summary[tuesday].count == 3
    assert summary[tuesday].busiest == (time(10), time(11))
    assert summary[tuesday].by_practitioner == {1: 1, 2: 1, None: 1}
    assert summary[wednesday].count == 1 and summary[date(2026, 11, 26)].count == 0
    assert summary[date(2026, 11, 26)].busiest is None
