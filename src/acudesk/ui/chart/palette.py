"""The chart's own drawing palette and symbol sizes: the one place chart colours are chosen.

Screens take their colours from the theme; the point map draws on a white diagram and needs
symbols that read at a glance, so its colours live here and nowhere else.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from acudesk.domain.chart import PlacementKind

POINT_RING = QColor("#7c9a94")
POINT_FILL = QColor(255, 255, 255, 200)
POINT_HOVER = QColor("#2f7d6d")
POINT_LABEL = QColor("#4f6166")
CAUTION = QColor("#c77c0e")
CAUTION_FILL = QColor("#fff1d6")

NEEDLE = QColor("#21507f")
NEEDLE_RIM = QColor("#ffffff")
BADGE = QColor("#21507f")
BADGE_TEXT = QColor("#ffffff")
MARK = QColor("#39464b")
BRUISE = QColor("#7a4e9e")
BLEEDING = QColor("#c0392b")
REDNESS = QColor("#e0605e")

ELECTRO = QColor("#3a6fd8")
BOLT = QColor("#f2b705")
BOLT_RIM = QColor("#6b4d00")

SELECTION = QColor("#2f7d6d")
PULSE = QColor("#2f7d6d")
LABEL = QColor("#1f2a2e")
LABEL_HALO = QColor(255, 255, 255, 225)
BACKDROP = QColor("#ffffff")

KIND_COLOURS: dict[PlacementKind, QColor] = {
    PlacementKind.NEEDLE: NEEDLE,
    PlacementKind.MARK: MARK,
    PlacementKind.BRUISE: BRUISE,
    PlacementKind.BLEEDING: BLEEDING,
    PlacementKind.REDNESS: REDNESS,
}

# Sizes in screen pixels at 100 %: symbols ignore the view's zoom so they stay crisp.
POINT_RADIUS = 4.5
POINT_HIT_RADIUS = 9.0
NEEDLE_RADIUS = 5.5
SYMBOL_RADIUS = 7.0
LABEL_POINT_SIZE = 7.5
