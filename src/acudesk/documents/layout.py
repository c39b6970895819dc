"""Pages for every acudesk document: paper size, clinic letterhead, footer with page numbers.

``build_pdf`` turns a list of flowables into PDF bytes on the clinic's paper. The header
repeats the clinic and (optionally) who the document is about on every page, so a loose page
is never anonymous; the footer says it is confidential and which page of how many it is.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from acudesk.documents.fonts import sans
from acudesk.documents.styles import PALETTE
from acudesk.domain.clinic import ClinicDetails

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN_X = 20 * mm
MARGIN_TOP = 31 * mm  # the letterhead sits in here
MARGIN_BOTTOM = 21 * mm  # and the footer in here
CONFIDENTIAL = "Confidential health record"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the header and footer of each page say."""

    clinic: ClinicDetails
    document: str = ""  # top right, bold: "Intake assessment"
    about: str = ""  # under it: the client's name and date of birth
    footer_note: str = CONFIDENTIAL
    printed: str = ""  # "Printed 23 Nov 2026, 09:00"
    page_label: str = "Page {page} of {pages}"  # translated on handouts
    logo_png: bytes = b""  # the clinic's logo, drawn left of its name when given


def page_size(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"Paper size is A4 or Letter, not {name!r}.") from None


def frame_width(name: str) -> float:
    return float(page_size(name)[0] - 2 * MARGIN_X)


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of ``text`` that fits ``width``, cut with an ellipsis when it does not."""
    line = " ".join(text.split())
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


CONTACT_SIZES = (8.0, 7.5, 7.0, 6.5)  # the contact line shrinks this far before it is cut


def contact_line(address: str, phone: str, width: float) -> tuple[float, str]:
    """The clinic's address and phone on one line of ``width``, and its font size: smaller
    when needed; past the smallest size the address is cut, never the phone."""
    font = sans().regular
    address, phone = " ".join(address.split()), " ".join(phone.split())
    whole = " · ".join(part for part in (address, phone) if part)
    for size in CONTACT_SIZES:
        if stringWidth(whole, font, size) <= width:
            return size, whole
    size = CONTACT_SIZES[-1]
    if not phone:
        return size, fit(address, font, size, width)
    tail = " · " + phone if address else phone
    left = width - stringWidth(tail, font, size)
    if not address or left < stringWidth("…", font, size) * 4:
        return size, fit(phone, font, size, width)
    return size, fit(address, font, size, left) + tail


LOGO_MAX = (30 * mm, 9 * mm)


def _logo(png: bytes) -> ImageReader | None:
    """The logo as reportlab reads it, or None when there is none or it cannot be read."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getSize()
    except Exception:  # a damaged logo must not stop a document from printing
        return None
    return reader


def _logo_size(logo: ImageReader) -> tuple[float, float]:
    pixels_w, pixels_h = logo.getSize()
    scale = min(LOGO_MAX[0] / pixels_w, LOGO_MAX[1] / pixels_h)
    return pixels_w * scale, pixels_h * scale


def _draw_header(canvas: Canvas, head: Letterhead, width: float, height: float) -> None:
    font = sans()
    clinic = head.clinic
    left, right = MARGIN_X, width - MARGIN_X
    half = (right - left) / 2 - 4 * mm
    top = height - 14 * mm
    canvas.saveState()
    logo = _logo(head.logo_png)
    if logo is not None:
        w, h = _logo_size(logo)
        canvas.drawImage(logo, left, top - 13.5, w, h, mask="auto")
        left += w + 3 * mm
        half -= w + 3 * mm
    # The left side takes what the right side (document, client) leaves it.
    taken = max(
        stringWidth(head.document, font.bold, 9.5) if head.document else 0.0,
        stringWidth(head.about, font.regular, 8) if head.about else 0.0,
    )
    room = max(half, right - left - min(taken, half) - 6 * mm)
    canvas.setFillColor(PALETTE.accent)
    canvas.setFont(font.bold, 12.5)
    canvas.drawString(left, top, fit(clinic.name, font.bold, 12.5, room))
    size, contact = contact_line(", ".join(clinic.address.splitlines()), clinic.phone, room)
    canvas.setFillColor(PALETTE.muted)
    canvas.setFont(font.regular, size)
    canvas.drawString(left, top - 12, contact)
    if head.document:
        canvas.setFillColor(PALETTE.ink)
        canvas.setFont(font.bold, 9.5)
        canvas.drawRightString(right, top, fit(head.document, font.bold, 9.5, half))
    if head.about:
        canvas.setFillColor(PALETTE.muted)
        canvas.setFont(font.regular, 8)
        canvas.drawRightString(right, top - 12, fit(head.about, font.regular, 8, half))
    canvas.setStrokeColor(PALETTE.rule)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 20, right, top - 20)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, head: Letterhead, width: float, page: int, pages: int) -> None:
    font = sans()
    left, right = MARGIN_X, width - MARGIN_X
    base = 12 * mm
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.hairline)
    canvas.setLineWidth(0.6)
    canvas.line(left, base + 10, right, base + 10)
    canvas.setFillColor(PALETTE.muted)
    canvas.setFont(font.regular, 7.5)
    note = " · ".join(part for part in (head.footer_note, head.printed) if part)
    canvas.drawString(left, base, fit(note, font.regular, 7.5, (right - left) * 0.75))
    canvas.drawRightString(right, base, head.page_label.format(page=page, pages=pages))
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Holds each page back until the end, so that the footer can say "Page N of M"."""

    def __init__(self, *args: Any, letterhead: Letterhead, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letterhead = letterhead
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_footer(self, self._letterhead, self._pagesize[0], number, total)
            super().showPage()
        super().save()


def build_pdf(
    story: Sequence[Flowable],
    letterhead: Letterhead,
    paper: str = "A4",
    *,
    title: str = "",
    subject: str = "",
) -> bytes:
    """The PDF bytes of ``story`` laid out on ``paper`` ("A4" or "Letter") with the letterhead."""
    font = sans()
    size = page_size(paper)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=letterhead.clinic.name,
        subject=subject,
        creator="acudesk",
        # Without this, reportlab writes Helvetica (unembedded) into every page's preamble.
        initialFontName=font.regular,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_X,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_header(canvas, letterhead, size[0], size[1])

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    maker: Callable[..., Canvas] = partial(_NumberedCanvas, letterhead=letterhead)
    doc.build(list(story), canvasmaker=maker)
    return out.getvalue()
