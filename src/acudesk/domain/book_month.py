"""A month of the book at a glance: per day, how many appointments, its busiest hours and how
the day is shared between practitioners. Plain values; the month view draws them."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from acudesk.domain.appointments import Appointment

WEEKS_SHOWN = 6  # a month grid always has six weeks, so it never changes height


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    count: int = 0  # appointments that hold time (cancelled ones are left out)
    busiest: tuple[time, time] | None = None  # the first run of hours with the most booked
    by_practitioner: dict[int | None, int] = field(default_factory=dict)


def month_grid(day: date) -> list[date]:
    """The 42 days drawn for ``day``'s month: from the Monday on or before its first day."""
    first = day.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=n) for n in range(7 * WEEKS_SHOWN)]


def add_months(day: date, months: int) -> date:
    """The same day of another month, or that month's last day when it is shorter."""
    moved: date = day + relativedelta(months=months)
    return moved


def busiest_hours(spans: Iterable[tuple[datetime, datetime]]) -> tuple[time, time] | None:
    """The first run of whole hours in which the most appointments are under way (naive local
    wall times, each starting on the day summarised), e.g. 10:00-12:00; None if none."""
    load: Counter[int] = Counter()
    for start, end in spans:
        midnight = datetime.combine(start.date(), time(0))
        end_minutes = min((end - midnight).total_seconds() / 60, 24 * 60)
        for hour in range(start.hour, max(start.hour, math.ceil(end_minutes / 60) - 1) + 1):
            load[hour] += 1
    if not load:
        return None
    most = max(load.values())
    first = min(hour for hour, count in load.items() if count == most)
    last = first
    while load.get(last + 1) == most:
        last += 1
    return time(first), time(last + 1) if last < 23 else time(23, 59)


def summarise(
    appointments: Iterable[Appointment], zone: ZoneInfo, days: Iterable[date]
) -> dict[date, DaySummary]:
    """Each of ``days`` summarised from the appointments that start on it (local time)."""
    spans: dict[date, list[tuple[datetime, datetime]]] = {d: [] for d in days}
    people: dict[date, Counter[int | None]] = {d: Counter() for d in spans}
    for appointment in appointments:
        if not appointment.status.holds_time:
            continue
        start = appointment.start.astimezone(zone).replace(tzinfo=None)
        if start.date() not in spans:
            continue
        end = appointment.end.astimezone(zone).replace(tzinfo=None)
        spans[start.date()].append((start, end))
        people[start.date()][appointment.practitioner_id] += 1
    return {
        day: DaySummary(day, len(booked), busiest_hours(booked), dict(people[day]))
        for day, booked in spans.items()
    }
