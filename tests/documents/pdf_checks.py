"""Reading PDFs back in tests: text, fonts, images, and a rendered page."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image as PILImage
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def _fonts_in(resources: DictionaryObject, found: dict[str, DictionaryObject]) -> None:
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            found[str(font.get("/BaseFont"))] = font
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            inner = xobject.get("/Resources")
            if xobject.get("/Subtype") == "/Form" and inner is not None:
                _fonts_in(inner.get_object(), found)


def fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    """Every font used on any page (forms included), by base name."""
    found: dict[str, DictionaryObject] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is not None:
            _fonts_in(resources.get_object(), found)
    return found


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Names of fonts whose program is not in the file (a standard-14 font, for one)."""
    missing = []
    for name, font in fonts(pdf).items():
        descendants = font.get("/DescendantFonts")
        target = descendants.get_object()[0].get_object() if descendants else font
        descriptor = target.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        if not embedded or name.lstrip("/") in STANDARD_14:
            missing.append(name)
    return missing


def image_pages(pdf: bytes) -> list[int]:
    """Indexes of the pages that draw a raster image."""
    pages = []
    for index, page in enumerate(reader(pdf).pages):
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is None:
            continue
        if any(ref.get_object().get("/Subtype") == "/Image" for ref in xobjects.values()):
            pages.append(index)
    return pages


def render_first_page(pdf: bytes, folder: Path, dpi: int = 50) -> Path:
    """The first page drawn by PDFium (a wheel: nothing needed from the system), as a PNG."""
    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=dpi / 72)
        png = folder / "page-1.png"
        bitmap.to_pil().save(png)
    finally:
        document.close()
    return png


def dark_pixel_share(png: Path) -> float:
    """The share of pixels clearly darker than paper white."""
    with PILImage.open(png) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    return sum(histogram[:200]) / sum(histogram)
