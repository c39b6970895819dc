"""The printable day sheet: one location's day, a section per room or practitioner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from acudesk.documents.blocks import list_table, para, section, spoken_date
from acudesk.documents.layout import Letterhead, build_pdf, frame_width
from acudesk.domain.appointments import Appointment
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.i18n import translate


@dataclass(frozen=True, slots=True)
class DaySheetColumn:
    title: str
    appointments: Sequence[Appointment]


@dataclass(frozen=True, slots=True)
class DaySheet:
    clinic: ClinicDetails
    location: str
    day: date
    zone: ZoneInfo
    columns: Sequence[DaySheetColumn]
    printed: datetime
    paper: str = "A4"


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def _story(sheet: DaySheet) -> list[Flowable]:
    width = frame_width(sheet.paper)
    story: list[Flowable] = [
        para(
            translate("documents", "Day sheet: {location}").format(location=sheet.location), "title"
        ),
        para(spoken_date(sheet.day), "subtitle"),
        Spacer(1, 4 * mm),
    ]
    header = [
        translate("documents", "Time"),
        translate("documents", "Client"),
        translate("documents", "Service"),
        translate("documents", "Status"),
        translate("documents", "Notes"),
    ]
    widths = [24 * mm, 48 * mm, 44 * mm, 26 * mm]
    widths.append(width - sum(widths))
    for column in sheet.columns:
        story += section(column.title)
        booked = sorted(column.appointments, key=lambda a: (a.start, a.id))
        if not booked:
            story.append(para(translate("documents", "Nothing booked."), "empty"))
            continue
        rows = [
            [
                f"{local_time(a.start, sheet.zone)}–{local_time(a.end, sheet.zone)}",
                a.client_name,
                a.service_name,
                a.status.label,
                a.notes,
            ]
            for a in booked
        ]
        story.append(list_table(header, rows, widths))
    return story


def build_day_sheet(sheet: DaySheet) -> bytes:
    title = translate("documents", "Day sheet")
    about = f"{sheet.location} · {spoken_date(sheet.day)}"
    return book_sheet_pdf(_story(sheet), sheet.clinic, title, about, sheet.printed, sheet.paper)


def book_sheet_pdf(
    story: list[Flowable],
    clinic: ClinicDetails,
    title: str,
    about: str,
    printed: datetime,
    paper: str,
) -> bytes:
    """A sheet of the book (a day's, a week's) with its letterhead: title and what it covers."""
    letterhead = Letterhead(
        clinic=clinic,
        document=title,
        about=about,
        printed=translate("documents", "Printed {when}").format(
            when=f"{spoken_date(printed.date())}, {printed:%H:%M}"
        ),
        footer_note=translate("documents", "Confidential health record"),
        page_label=translate("documents", "Page {page} of {pages}"),
    )
    return build_pdf(story, letterhead, paper, title=title, subject=about)
