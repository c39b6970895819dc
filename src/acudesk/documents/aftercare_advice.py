"""The advice on the aftercare sheet: what to expect, and "Do" beside "Avoid", each item with
its timing set apart so "24 hours" is found at a glance. The words are the template's."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from acudesk.documents.aftercare_styles import LOOK, sheet_styles
from acudesk.documents.blocks import Paragraph, house_table, text
from acudesk.domain.handouts import HandoutItem, HandoutSection, HandoutTemplate

SIDE_BY_SIDE_MAX = 10  # items in the longer of Do and Avoid that still sit side by side


def heading(title: str) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(3.5 * 10 * mm), Paragraph(text(title), sheet_styles().heading)]


def _advice_table(items: tuple[HandoutItem, ...], width: float) -> Flowable:
    s = sheet_styles()
    timing_w = 58 * mm
    rows = [
        [Paragraph(text(item.text), s.advice), Paragraph(text(item.timing), s.timing)]
        for item in items
    ]
    return house_table(
        rows,
        [width - timing_w, timing_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, LOOK.hairline),
        ],
    )


def advice(section: HandoutSection, width: float) -> list[Flowable]:
    return [*heading(section.title), _advice_table(section.items, width)]


def _advice_column(section: HandoutSection, width: float) -> list[Flowable]:
    """A section as a narrow column: each item's words with its timing underneath."""
    s = sheet_styles()
    rows = [
        [[Paragraph(text(item.text), s.advice), Paragraph(text(item.timing), s.timing_under)]]
        for item in section.items
    ]
    table = house_table(
        rows,
        [width],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, LOOK.hairline),
        ],
    )
    return [Paragraph(text(section.title), s.column_heading), table]


def do_and_avoid(template: HandoutTemplate, width: float) -> list[Flowable]:
    """ "Do" and "Avoid" side by side, the two lists a client compares. A clinic's long
    lists (more than fit beside each other on a page) print one under the other instead."""
    do, avoid = template.section("do"), template.section("avoid")
    if max(len(do.items), len(avoid.items)) > SIDE_BY_SIDE_MAX:
        return [*advice(do, width), *advice(avoid, width)]
    gap = 10 * mm
    column = (width - gap) / 2
    grid = house_table(
        [[_advice_column(do, column), "", _advice_column(avoid, column)]],
        [column, gap, column],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [Spacer(1, 8), KeepTogether([grid])]
