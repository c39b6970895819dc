"""PDF bytes into Qt: a QPdfDocument to show, and pages painted onto a QPrinter.

Qt prints a PDF by rendering each page as an image at the printer's resolution and painting
it onto the page; the sheet's own margins are kept by printing full-page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from acudesk.domain.errors import AcudeskError
from acudesk.ui.i18n import translate

# Above this, one A4 page as an image passes 35 MB (and 140 MB at 600 dpi) for no visible
# gain on paper: higher resolutions are rendered at this one and scaled by the printer.
MAX_RENDER_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class PrintFailed(AcudeskError):
    """The printer would not start, or the PDF could not be read."""


def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document over ``pdf``; the buffer it reads from lives as long as the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(
            translate("PdfPrinting", "The sheet could not be read back for printing. Try again.")
        )
    return document


def prepare_printer(printer: QPrinter, page_size: str, document_name: str) -> None:
    """The clinic's paper, portrait, full page (the sheet carries its own margins)."""
    size = QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4))
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(document_name)


class PrintJob:
    """One print job over ``printer``: each sheet added prints on the pages after the last.

    A batch is one job, so it leaves the printer (or the PDF file) as one piece.
    """

    def __init__(self, printer: QPrinter) -> None:
        self._printer = printer
        self._painter = QPainter()
        self.pages = 0

    def __enter__(self) -> PrintJob:
        if not self._painter.begin(self._printer):
            raise PrintFailed(
                translate(
                    "PdfPrinting",
                    "The printer did not start. Check that it is switched on and connected, "
                    "then print again.",
                )
            )
        return self

    def __exit__(self, *_exc: object) -> None:
        self._painter.end()

    def add(self, pdf: bytes, *, first: int = 0, last: int | None = None) -> int:
        """Paint pages ``first``..``last`` (0-based, all by default); returns how many."""
        document = load_pdf(pdf)
        printer = self._printer
        try:
            dpi = min(printer.resolution(), MAX_RENDER_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            end = document.pageCount() - 1 if last is None else min(last, document.pageCount() - 1)
            painted = 0
            for index in range(max(first, 0), end + 1):
                if self.pages:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(index, size)
                # The page fitted to the paper, in proportion, centred.
                scale = min(paper.width() / image.width(), paper.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                left, top = (paper.width() - width) / 2, (paper.height() - height) / 2
                self._painter.drawImage(QRectF(left, top, width, height), image)
                self.pages += 1
                painted += 1
            return painted
        finally:
            document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print ``pdf`` (the page range chosen in the print dialog, if any); returns the pages."""
    first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
    last = printer.toPage() - 1 if printer.toPage() > 0 else None
    with PrintJob(printer) as job:
        return job.add(pdf, first=first, last=last)
