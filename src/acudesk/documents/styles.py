"""The house look of acudesk documents: one palette, one type scale, shared by every PDF."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from acudesk.documents.fonts import sans


@dataclass(frozen=True, slots=True)
class Palette:
    ink: Color
    muted: Color
    rule: Color
    hairline: Color
    panel: Color
    accent: Color
    paper: Color


@dataclass(frozen=True, slots=True)
class SeverityLook:
    """How an alert of one severity prints: a strong colour for the bar and tag, a tint."""

    label: str
    strong: Color
    tint: Color


PALETTE = Palette(
    ink=HexColor("#1F2A30"),
    muted=HexColor("#5E6B73"),
    rule=HexColor("#C8D0D4"),
    hairline=HexColor("#E3E8EA"),
    panel=HexColor("#F3F6F6"),
    accent=HexColor("#2C6B66"),
    paper=HexColor("#FFFFFF"),
)

SEVERITY_LOOKS: dict[str, SeverityLook] = {
    "block": SeverityLook("Do not treat", HexColor("#B3261E"), HexColor("#FBEDEC")),
    "caution": SeverityLook("Caution", HexColor("#A15C07"), HexColor("#FDF3E3")),
    "info": SeverityLook("Note", HexColor("#2F5F8A"), HexColor("#EBF2F8")),
}


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    empty: ParagraphStyle
    table_head: ParagraphStyle
    tag: ParagraphStyle
    alert_message: ParagraphStyle
    alert_action: ParagraphStyle
    warning: ParagraphStyle
    stamp: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles (built once; the fonts are registered on the way)."""
    font = sans()
    p = PALETTE

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", font.regular)
        kw.setdefault("textColor", p.ink)
        return ParagraphStyle(
            name, fontSize=size, leading=leading, alignment=TA_LEFT, splitLongWords=1, **kw
        )

    return Styles(
        title=style("title", 19, 23, fontName=font.bold, spaceAfter=3),
        subtitle=style("subtitle", 9, 12.5, textColor=p.muted, spaceAfter=12),
        heading=style(
            "heading",
            11.5,
            14,
            fontName=font.bold,
            textColor=p.accent,
            spaceBefore=16,
            spaceAfter=3,
        ),
        subheading=style("subheading", 9.5, 12, fontName=font.bold, spaceBefore=10, spaceAfter=4),
        body=style("body", 9.5, 13.5, spaceAfter=5),
        small=style("small", 8, 10.5, textColor=p.muted),
        label=style("label", 8.5, 12, textColor=p.muted),
        value=style("value", 9.5, 12.5),
        empty=style("empty", 9.5, 12.5, fontName=font.italic, textColor=p.muted),
        table_head=style("table_head", 8, 10, fontName=font.bold, textColor=p.muted),
        tag=style("tag", 7.5, 10, fontName=font.bold),
        alert_message=style("alert_message", 9.5, 12.5, fontName=font.bold),
        alert_action=style("alert_action", 8.8, 12, textColor=p.ink),
        warning=style(
            "warning", 9.5, 12.5, fontName=font.bold, textColor=SEVERITY_LOOKS["block"].strong
        ),
        stamp=style("stamp", 11, 14, fontName=font.bold, textColor=SEVERITY_LOOKS["block"].strong),
    )
