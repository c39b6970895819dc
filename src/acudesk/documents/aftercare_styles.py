"""The aftercare sheet's look: the house palette, warmed a little, and a calm type scale.

A handout is read at home by the client, not scanned by staff: larger text, more air, and the
timings set apart so that "24 hours" is found at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from acudesk.documents.fonts import sans
from acudesk.documents.styles import PALETTE


@dataclass(frozen=True, slots=True)
class SheetLook:
    ink: Color
    muted: Color
    accent: Color
    hairline: Color
    panel: Color
    call: Color
    call_tint: Color


LOOK = SheetLook(
    ink=PALETTE.ink,
    muted=PALETTE.muted,
    accent=PALETTE.accent,
    hairline=PALETTE.hairline,
    panel=HexColor("#F4F1EC"),  # warm paper tint for the panels
    call=HexColor("#B5651D"),
    call_tint=HexColor("#FBF1E6"),
)


@dataclass(frozen=True, slots=True)
class SheetStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    column_heading: ParagraphStyle
    fact_label: ParagraphStyle
    fact_value: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    advice: ParagraphStyle
    timing: ParagraphStyle
    timing_under: ParagraphStyle
    call_heading: ParagraphStyle
    call_timing: ParagraphStyle
    call: ParagraphStyle
    product: ParagraphStyle
    product_meta: ParagraphStyle
    reason: ParagraphStyle
    note: ParagraphStyle
    appointment: ParagraphStyle
    appointment_label: ParagraphStyle


@cache
def sheet_styles() -> SheetStyles:
    font = sans()

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", font.regular)
        kw.setdefault("textColor", LOOK.ink)
        return ParagraphStyle(
            f"aftercare_{name}",
            fontSize=size,
            leading=leading,
            alignment=TA_LEFT,
            splitLongWords=1,
            **kw,
        )

    return SheetStyles(
        title=style("title", 18, 22, fontName=font.bold, textColor=LOOK.accent, spaceAfter=7),
        heading=style(
            "heading",
            12,
            15,
            fontName=font.bold,
            textColor=LOOK.accent,
            spaceBefore=13,
            spaceAfter=4,
        ),
        column_heading=style(
            "column_heading", 12, 15, fontName=font.bold, textColor=LOOK.accent, spaceBefore=11
        ),
        fact_label=style("fact_label", 7.8, 10, textColor=LOOK.muted),
        fact_value=style("fact_value", 10.5, 13.5, fontName=font.bold),
        label=style("label", 8.8, 12, textColor=LOOK.muted),
        value=style("value", 9.8, 12.5),
        advice=style("advice", 9.8, 12.8),
        timing=style("timing", 9.8, 12.8, fontName=font.bold, textColor=LOOK.accent),
        timing_under=style(
            "timing_under", 9, 12, fontName=font.bold, textColor=LOOK.accent, spaceBefore=1
        ),
        call_heading=style("call_heading", 10, 13, fontName=font.bold, textColor=LOOK.call),
        call_timing=style("call_timing", 9.8, 13, fontName=font.bold, textColor=LOOK.call),
        call=style("call", 9.8, 13),
        product=style("product", 10, 12.8),
        product_meta=style("product_meta", 8.3, 11, textColor=LOOK.muted),
        reason=style("reason", 9.3, 12.4),
        note=style("note", 8.5, 11.5, fontName=font.italic, textColor=LOOK.muted),
        appointment=style("appointment", 11.5, 14, fontName=font.bold),
        appointment_label=style(
            "appointment_label", 10.5, 14, fontName=font.bold, textColor=LOOK.accent
        ),
    )
