"""The aftercare sheet a client takes home: what was done today, how to look after the skin,
the products recommended, and the next appointment. English or Italian, A4 or Letter.

Built from a frozen ``AftercareSheet`` that the service gathers; every word the sheet prints
comes from the sheet itself or from its ``HandoutTemplate`` (labels included), so a language
is one JSON file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from acudesk.documents.aftercare_advice import advice, do_and_avoid, heading
from acudesk.documents.aftercare_styles import LOOK, sheet_styles
from acudesk.documents.blocks import Paragraph, house_table, text, whole_words
from acudesk.documents.chart_drawing import chart_drawings, chart_legend, legend_entries
from acudesk.documents.fonts import sans
from acudesk.documents.layout import Letterhead, build_pdf, frame_width
from acudesk.domain.chart import ChartDocument
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.handouts import HandoutTemplate
from acudesk.domain.points import PointCatalog
from acudesk.domain.recommendations import Recommendation

CHART_HEIGHT = 50 * mm  # the tallest a diagram prints: enough to read, never dominating
CHART_GAP = 4 * mm


@dataclass(frozen=True)
class AftercareSheet:
    """Everything one aftercare sheet prints, gathered by the service."""

    clinic: ClinicDetails
    logo_png: bytes  # b"" when the clinic has no logo
    client_name: str
    language: str  # "en" | "it"
    session_date: datetime
    practitioner: str
    areas: tuple[str, ...]  # treated areas in words
    needle_count: int
    electro: bool
    gua_sha: bool
    chart: ChartDocument | None
    reactions: tuple[str, ...]  # "Small bruise: left cheek"
    products: tuple[Recommendation, ...]
    next_appointment: datetime | None
    template: HandoutTemplate


def format_date(value: datetime, template: HandoutTemplate, *, with_time: bool = False) -> str:
    """A date in the template's language: "Tuesday 24 November 2026" / "martedì 24 novembre
    2026", with " at 10:30" / " alle 10:30" when ``with_time``."""
    words = template.label("date_format").format(
        weekday=template.weekdays[value.weekday()],
        day=value.day,
        month=template.months[value.month - 1],
        year=value.year,
    )
    if with_time:
        words = template.label("time_format").format(date=words, time=f"{value:%H:%M}")
    return words


def _intro(sheet: AftercareSheet, width: float) -> list[Flowable]:
    t, s = sheet.template, sheet_styles()
    facts = [
        (t.label("for_client"), sheet.client_name),
        (t.label("date"), format_date(sheet.session_date, t)),
        (t.label("practitioner"), sheet.practitioner),
    ]
    cells = [
        [Paragraph(text(label), s.fact_label) for label, _ in facts],
        [Paragraph(text(value or "—"), s.fact_value) for _, value in facts],
    ]
    thirds = [width * 0.44, width * 0.3, width * 0.26]
    panel = house_table(
        cells,
        thirds,
        [
            ("BACKGROUND", (0, 0), (-1, -1), LOOK.panel),
            ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, 0), 9),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("TOPPADDING", (0, 1), (-1, 1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
        ],
    )
    return [Paragraph(text(t.label("title")), s.title), panel]


def _yes_no(value: bool, template: HandoutTemplate) -> str:
    return template.label("yes") if value else template.label("no")


def _fit_drawings(drawings: list[Drawing], room: float) -> list[Drawing]:
    """Scale the drawings to one height (CHART_HEIGHT at most) so that they fit ``room``."""
    if not drawings:
        return []
    height = CHART_HEIGHT
    ratios = [d.width / d.height for d in drawings]
    total = sum(ratios) * height + CHART_GAP * (len(drawings) - 1)
    if total > room:
        height *= (room - CHART_GAP * (len(drawings) - 1)) / (
            total - CHART_GAP * (len(drawings) - 1)
        )
    for d in drawings:
        factor = height / d.height
        d.scale(factor, factor)
        d.width, d.height = d.width * factor, height
    return drawings


def _chart(sheet: AftercareSheet, catalog: PointCatalog, room: float) -> list[Flowable]:
    if sheet.chart is None or len(sheet.chart) == 0:
        return []
    # Drawn at a nominal width, then scaled: symbols keep their size relative to the page.
    drawings = [d for _, d in chart_drawings(sheet.chart, catalog, 100 * mm)]
    _fit_drawings(drawings, room)
    row = house_table(
        [drawings],
        [d.width + (CHART_GAP if i < len(drawings) - 1 else 0) for i, d in enumerate(drawings)],
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ],
    )
    labels = {
        key: sheet.template.label(f"legend_{key}")
        for key in ("needle", "needles", "mark", "bruise", "bleeding", "redness", "electro")
    }
    out: list[Flowable] = [row]
    legend = chart_legend(legend_entries(sheet.chart), labels, room)
    if legend is not None:
        out += [Spacer(1, 5), legend]
    return out


def _treatment(sheet: AftercareSheet, catalog: PointCatalog, width: float) -> list[Flowable]:
    t, s = sheet.template, sheet_styles()
    rows = [
        (t.label("areas"), ", ".join(sheet.areas) or "—"),
        (t.label("needles"), str(sheet.needle_count)),
        (t.label("electro"), _yes_no(sheet.electro, t)),
        (t.label("gua_sha"), _yes_no(sheet.gua_sha, t)),
    ]
    chart_room = width * 0.52
    chart = _chart(sheet, catalog, chart_room)
    facts_width = width - chart_room - 8 * mm if chart else width
    label_w = min(36 * mm, facts_width * 0.42)
    room = label_w - 4  # the cell's right padding
    facts: list[list[Flowable]] = [
        [whole_words(label, s.label, room), Paragraph(text(value), s.value)]
        for label, value in rows
    ]
    reactions = "<br/>".join(text(r) for r in sheet.reactions) or text(t.label("none"))
    facts.append([whole_words(t.label("reactions"), s.label, room), Paragraph(reactions, s.value)])
    facts_table = house_table(
        facts,
        [label_w, facts_width - label_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, LOOK.hairline),
        ],
    )
    body: Flowable = facts_table
    if chart:
        body = house_table(
            [[facts_table, chart]],
            [facts_width + 8 * mm, chart_room],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    return [*heading(t.label("treatment")), body]


def _call_us(sheet: AftercareSheet, width: float) -> Flowable:
    s, t = sheet_styles(), sheet.template
    item = t.call_clinic
    words = text(item.text)
    if sheet.clinic.phone.strip():
        words += f" <b>{text(sheet.clinic.phone.strip())}</b>"
    timing = text(item.timing)
    cells: list[list[Flowable | str]] = [
        [
            Paragraph(text(t.label("call_heading")), s.call_heading),
            Paragraph(timing, s.call_timing),
        ],
        [Paragraph(words, s.call), ""],
    ]
    return house_table(
        cells,
        [width - 46 * mm, 46 * mm],
        [
            ("BACKGROUND", (0, 0), (-1, -1), LOOK.call_tint),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, LOOK.call),
            ("SPAN", (0, 1), (1, 1)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("TOPPADDING", (0, 1), (-1, 1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
        ],
    )


def _products(sheet: AftercareSheet, width: float) -> list[Flowable]:
    if not sheet.products:
        return []
    s, t = sheet_styles(), sheet.template
    rows = []
    for pick in sheet.products:
        product = pick.product
        name = f"<b>{text(product.name)}</b>"
        about = " · ".join(
            part
            for part in (
                text(product.brand),
                text(t.category(pick.category.value, pick.category.label)),
            )
            if part
        )
        rows.append(
            [
                [Paragraph(name, s.product), Paragraph(about, s.product_meta)],
                Paragraph(text(pick.reason), s.reason),
            ]
        )
    name_w = width * 0.4
    table = house_table(
        rows,
        [name_w, width - name_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, LOOK.hairline),
        ],
    )
    return [
        *heading(t.label("products")),
        table,
        Spacer(1, 3),
        Paragraph(text(t.label("products_note")), s.note),
    ]


def _next_appointment(sheet: AftercareSheet, width: float) -> list[Flowable]:
    if sheet.next_appointment is None:
        return []
    s, t = sheet_styles(), sheet.template
    when = format_date(sheet.next_appointment, t, with_time=True)
    label_w = stringWidth(t.label("next_appointment"), sans().bold, 10.5) + 12 * mm
    panel = house_table(
        [
            [
                Paragraph(text(t.label("next_appointment")), s.appointment_label),
                Paragraph(text(when), s.appointment),
            ]
        ],
        [label_w, width - label_w],
        [
            ("BACKGROUND", (0, 0), (-1, -1), LOOK.panel),
            ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ],
    )
    return [Spacer(1, 10), KeepTogether([panel])]


def aftercare_story(sheet: AftercareSheet, catalog: PointCatalog, width: float) -> list[Flowable]:
    """The sheet's flowables in reading order (exposed for previews and tests)."""
    t = sheet.template
    return [
        *_intro(sheet, width),
        *_treatment(sheet, catalog, width),
        *do_and_avoid(t, width),
        # What to expect stays with when to call: a client reads them together.
        KeepTogether([*advice(t.section("expect"), width), Spacer(1, 8), _call_us(sheet, width)]),
        *_products(sheet, width),
        *_next_appointment(sheet, width),
    ]


def build_aftercare_sheet(
    sheet: AftercareSheet, catalog: PointCatalog, page_size: str = "A4"
) -> bytes:
    """The aftercare sheet as PDF bytes on A4 or Letter paper."""
    t = sheet.template
    letterhead = Letterhead(
        clinic=sheet.clinic,
        document=t.label("document"),
        about=sheet.client_name,
        footer_note=t.label("footer"),
        printed=format_date(sheet.session_date, t),
        page_label=t.label("page"),
        logo_png=sheet.logo_png,
    )
    return build_pdf(
        aftercare_story(sheet, catalog, frame_width(page_size)),
        letterhead,
        page_size,
        title=f"{t.label('document')}: {sheet.client_name}",
        subject=f"{t.label('treatment')} {sheet.session_date.date().isoformat()}",
    )
