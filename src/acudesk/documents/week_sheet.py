"""The printable week sheet: the whole clinic's week, Monday to Sunday, a section per day.

It opens with the week at a glance (each day's bookings and cancellations), then each day's
appointments in time order with room and practitioner, so one sheet on the reception desk
answers "who is in which room when" for the week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from acudesk.documents.blocks import list_table, para, section, spoken_date
from acudesk.documents.day_sheet import book_sheet_pdf, local_time
from acudesk.documents.layout import frame_width
from acudesk.domain.book_listing import ListedAppointment
from acudesk.domain.book_time import WEEKDAY_NAMES
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.i18n import translate


@dataclass(frozen=True, slots=True)
class WeekSheet:
    clinic: ClinicDetails
    location: str
    monday: date
    zone: ZoneInfo
    appointments: Sequence[ListedAppointment]
    printed: datetime
    paper: str = "A4"

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=offset) for offset in range(7)]

    @property
    def span_text(self) -> str:
        return f"{spoken_date(self.monday)} – {spoken_date(self.monday + timedelta(days=6))}"


def _day_title(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]} {spoken_date(day)}"


def _by_day(sheet: WeekSheet) -> dict[date, list[ListedAppointment]]:
    days: dict[date, list[ListedAppointment]] = {day: [] for day in sheet.days}
    for item in sorted(sheet.appointments, key=lambda i: (i.appointment.start, i.appointment.id)):
        day = item.appointment.start.astimezone(sheet.zone).date()
        if day in days:
            days[day].append(item)
    return days


def _glance(sheet: WeekSheet, days: dict[date, list[ListedAppointment]]) -> Flowable:
    width = frame_width(sheet.paper)
    header = [
        translate("documents", "Day"),
        translate("documents", "Booked"),
        translate("documents", "Cancelled"),
        translate("documents", "First"),
        translate("documents", "Last ends"),
    ]
    rows = []
    for day, items in days.items():
        held = [i.appointment for i in items if i.appointment.status.holds_time]
        rows.append(
            [
                _day_title(day),
                str(len(held)),
                str(len(items) - len(held)),
                local_time(min(a.start for a in held), sheet.zone) if held else "–",
                local_time(max(a.end for a in held), sheet.zone) if held else "–",
            ]
        )
    widths = [22 * mm, 22 * mm, 24 * mm, 24 * mm]
    return list_table(header, rows, [width - sum(widths), *widths])


def _span(item: ListedAppointment, zone: ZoneInfo) -> str:
    return f"{local_time(item.appointment.start, zone)}–{local_time(item.appointment.end, zone)}"


def _story(sheet: WeekSheet) -> list[Flowable]:
    width = frame_width(sheet.paper)
    days = _by_day(sheet)
    story: list[Flowable] = [
        para(
            translate("documents", "Week sheet: {location}").format(location=sheet.location),
            "title",
        ),
        para(sheet.span_text, "subtitle"),
        Spacer(1, 4 * mm),
        _glance(sheet, days),
    ]
    header = [
        translate("documents", "Time"),
        translate("documents", "Room"),
        translate("documents", "Practitioner"),
        translate("documents", "Client"),
        translate("documents", "Service"),
        translate("documents", "Status"),
    ]
    widths = [26 * mm, 24 * mm, 30 * mm, 34 * mm, 0.0, 24 * mm]
    widths[4] = width - sum(widths)
    for day, items in days.items():
        story += section(_day_title(day))
        if not items:
            story.append(para(translate("documents", "Nothing booked."), "empty"))
            continue
        rows = [
            [
                _span(i, sheet.zone),
                i.room or "–",
                i.practitioner or "–",
                i.appointment.client_name,
                i.appointment.service_name,
                i.appointment.status.label,
            ]
            for i in items
        ]
        story.append(list_table(header, rows, widths))
    return story


def build_week_sheet(sheet: WeekSheet) -> bytes:
    title = translate("documents", "Week sheet")
    about = f"{sheet.location} · {sheet.span_text}"
    return book_sheet_pdf(_story(sheet), sheet.clinic, title, about, sheet.printed, sheet.paper)
