"""Building blocks shared by acudesk documents: safe paragraphs, headings, tables, alerts.

Everything typed by a person goes through ``text`` (or ``para``), which escapes it for
reportlab's paragraph markup: a client called "<b>Anna & Co" prints exactly that.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Table, TableStyle
from reportlab.platypus import Paragraph as _ReportlabParagraph

from acudesk.documents.fonts import sans
from acudesk.documents.styles import PALETTE, SEVERITY_LOOKS, styles
from acudesk.domain.i18n import messages_language
from acudesk.domain.screening import Alert

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DASH = "—"

Cell: TypeAlias = "str | Flowable"


class Paragraph(_ReportlabParagraph):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's paragraph, remembering its lines for the last width it was given.

    A paragraph in a table cell is wrapped three times on its way to the page (the table's
    row heights, keeping a block together, the draw), always at the same width; the lines
    depend on the width alone, so the second and third breaking are skipped.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_at:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if size[1] != 0x7FFFFFFF else None
        return size

    def split(self, availWidth: float, availHeight: float) -> Any:  # noqa: N803
        self._wrapped_at = None  # its parts are new paragraphs; it is never drawn whole
        return super().split(availWidth, availHeight)


def text(value: str) -> str:
    """``value`` as paragraph markup: escaped, line breaks kept."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def para(value: str, style_name: str = "body") -> Paragraph:
    """A paragraph of plain text (never markup) in one of the house styles."""
    return Paragraph(text(value), getattr(styles(), style_name))


def whole_words(value: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph of plain text that never breaks a word: when its longest word is wider
    than ``width`` the text is set smaller until that word fits ("Elettrostimolazione" in a
    narrow column stays whole instead of ending on an orphan "e")."""
    longest = max(
        (stringWidth(word, style.fontName, style.fontSize) for word in value.split()), default=0
    )
    if longest > width > 0:
        ratio = width / longest
        style = ParagraphStyle(
            f"{style.name}-fitted",
            parent=style,
            fontSize=style.fontSize * ratio,
            leading=style.leading * ratio,
        )
    return Paragraph(text(value), style)


def paragraphs(value: str, style_name: str = "body") -> list[Flowable]:
    """Free text as one paragraph per blank-line-separated block, so long text splits well."""
    blocks = [b.strip() for b in value.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style_name) for b in blocks if b]


def long_date(value: date | None) -> str:
    """23 Nov 2026: unambiguous whatever the reader's date order."""
    if value is None:
        return DASH
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def spoken_date(value: date) -> str:
    """23 Nov 2026 in the language of the screens (23 nov 2026): for the sheets staff print
    from the book, whose other words are translated too."""
    from babel.dates import format_date

    return format_date(value, "d MMM y", locale=messages_language() or "en")


def date_time(value: datetime) -> str:
    return f"{long_date(value.date())}, {value:%H:%M}"


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def section(title: str) -> list[Flowable]:
    """A section heading with a rule under it, moved to the next page when it would be left
    with no room for what follows. (keepWithNext would move a long table whole, leaving a
    half-empty page behind.)"""
    rule = HRFlowable(width="100%", thickness=0.7, color=PALETTE.rule, spaceBefore=0, spaceAfter=7)
    return [CondPageBreak(4 * cm), para(title, "heading"), rule]


def subsection(title: str) -> list[Flowable]:
    return [CondPageBreak(3 * cm), para(title, "subheading")]


def house_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    commands: Sequence[tuple[object, ...]],
    repeat_rows: int = 0,
) -> Table:
    """A left-aligned table whose plain-string cells use the embedded font, never Helvetica
    (reportlab's default for table text, which would not be embedded)."""
    table = Table(
        [list(r) for r in rows], colWidths=list(col_widths), repeatRows=repeat_rows, hAlign="LEFT"
    )
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), sans().regular, 9), *commands]))
    return table


def _cell(value: Cell, style_name: str) -> Flowable:
    return para(value, style_name) if isinstance(value, str) else value


def label_value_table(
    rows: Sequence[tuple[str, Cell]], width: float, label_width: float = 44 * mm
) -> Table:
    """Aligned label/value pairs, one per row, divided by hairlines; splits across pages."""
    data = [[para(label, "label"), _cell(value, "value")] for label, value in rows]
    return house_table(
        data,
        [label_width, width - label_width],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, PALETTE.hairline),
        ],
    )


def list_table(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], col_widths: Sequence[float]
) -> Table:
    """Columns under a small header that repeats on each page the table runs onto."""
    data: list[list[Flowable]] = [[para(h, "table_head") for h in header]]
    data += [[_cell(value, "value") for value in row] for row in rows]
    return house_table(
        data,
        col_widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.7, PALETTE.rule),
            ("LINEBELOW", (0, 1), (-1, -2), 0.5, PALETTE.hairline),
        ],
        repeat_rows=1,
    )


def fact_panel(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Key facts in a tinted panel, two label/value pairs to a row."""
    label_w = 27 * mm
    value_w = width / 2 - label_w
    rows: list[list[Flowable | str]] = []
    for i in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for label, value in pairs[i : i + 2]:
            row += [para(label, "label"), para(value or DASH, "value")]
        rows.append(row + [""] * (4 - len(row)))
    return house_table(
        rows,
        [label_w, value_w, label_w, value_w],
        [
            ("BACKGROUND", (0, 0), (-1, -1), PALETTE.panel),
            ("ROUNDEDCORNERS", [3, 3, 3, 3]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ],
    )


def alert_table(alerts: Sequence[Alert], width: float) -> Flowable:
    """Screening alerts, most severe first: a coloured bar and tag, the message, what to do."""
    if not alerts:
        return para("No screening alerts.", "empty")
    s = styles()
    tag_w = 28 * mm
    rows = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (0, -1), 8),  # the small tag on the message's first line
    ]
    gaps: list[tuple[object, ...]] = []  # drawn last, so that they also cut the bars
    for i, alert in enumerate(alerts):
        look = SEVERITY_LOOKS[alert.severity.value]
        tag = Paragraph(
            f'<font color="{look.strong.hexval()}">{text(look.label.upper())}</font>', s.tag
        )
        body: list[Flowable] = [para(alert.message, "alert_message")]
        if alert.action:
            body.append(Paragraph(f"<b>What to do:</b> {text(alert.action)}", s.alert_action))
        rows.append([tag, body])
        commands += [
            ("BACKGROUND", (0, i), (-1, i), look.tint),
            ("LINEBEFORE", (0, i), (0, i), 3, look.strong),
        ]
        if i < len(alerts) - 1:
            gaps.append(("LINEBELOW", (0, i), (-1, i), 3, PALETTE.paper))
    return house_table(rows, [tag_w, width - tag_w], commands + gaps)
