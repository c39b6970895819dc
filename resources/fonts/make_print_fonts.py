"""Make the printing copies of DejaVu Sans that acudesk embeds in its PDFs (``make print-fonts``).

From Debian's DejaVu Sans 2.37 (fonts-dejavu-core) it removes what only shapes pixels on a
low-resolution screen, and one of two copies of each name:

- the TrueType hinting instructions (every glyph's program, and the fpgm, prep, cvt, gasp,
  hdmx, LTSH and VDMX tables): a sheet is printed, or read zoomed in a PDF viewer, where
  outlines are drawn as they are;
- the Macintosh-platform name records, which repeat the Windows ones (the licence among
  them: the Windows records keep it, with the copyright).

Glyph outlines, metrics, kerning and names are unchanged. Each sheet's embedded subsets are
about half as large (a sheet 80 -> 48 KB) and quicker to write. Run it with fontTools
installed; it writes next to this file.

    python resources/fonts/make_print_fonts.py /usr/share/fonts/truetype/dejavu
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

FACES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
SCREEN_ONLY = ("fpgm", "prep", "cvt ", "gasp", "hdmx", "LTSH", "VDMX")
WINDOWS = 3


def printing_copy(source: Path, target: Path) -> None:
    font = TTFont(source)
    glyphs = font["glyf"]
    empty = ttProgram.Program()
    empty.fromBytecode(b"")
    for name in font.getGlyphOrder():
        glyph = glyphs[name]
        glyph.expand(glyphs)
        if hasattr(glyph, "program"):
            glyph.program = empty
    for tag in SCREEN_ONLY:
        if tag in font:
            del font[tag]
    font["name"].names = [n for n in font["name"].names if n.platformID == WINDOWS]
    font.save(target)


def main(folder: str) -> None:
    here = Path(__file__).resolve().parent
    for face in FACES:
        source, target = Path(folder) / face, here / face
        printing_copy(source, target)
        print(f"{face}: {source.stat().st_size:,} -> {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
