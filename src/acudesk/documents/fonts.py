"""The fonts every acudesk PDF uses: DejaVu Sans, shipped in resources/fonts and embedded.

reportlab's built-in Helvetica cannot print Greek or Cyrillic names and is never embedded,
so documents use only the family registered here. Registration happens once, on first use.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from acudesk.resources import resource


@dataclass(frozen=True, slots=True)
class FontFamily:
    """reportlab names of one family's four faces, for styles and canvas drawing."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


SANS = FontFamily(
    regular="AcudeskSans",
    bold="AcudeskSans-Bold",
    italic="AcudeskSans-Oblique",
    bold_italic="AcudeskSans-BoldOblique",
)

_FILES = {
    SANS.regular: "DejaVuSans.ttf",
    SANS.bold: "DejaVuSans-Bold.ttf",
    SANS.italic: "DejaVuSans-Oblique.ttf",
    SANS.bold_italic: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def registered() -> bool:
    """Whether this process has the family registered already (read its four faces)."""
    return _registered


def sans() -> FontFamily:
    """The document family, registered with reportlab (once per process, thread-safe)."""
    global _registered
    if _registered:
        return SANS
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
            # <b> and <i> inside paragraphs pick the matching face of the family.
            for bold, italic, name in (
                (0, 0, SANS.regular),
                (1, 0, SANS.bold),
                (0, 1, SANS.italic),
                (1, 1, SANS.bold_italic),
            ):
                addMapping(SANS.regular, bold, italic, name)
            _registered = True
    return SANS
