"""The chart's palette as Qt colours, and its symbol sizes on screen.

The colours are chosen once, in ``acudesk.domain.palette`` (the printed chart uses the same);
this module only makes them QColors and adds the translucent fills the editor needs.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from acudesk.domain import palette as inks

POINT_RING = QColor(inks.POINT_RING)
POINT_FILL = QColor(255, 255, 255, 200)
POINT_HOVER = QColor(inks.POINT_HOVER)
CAUTION = QColor(inks.CAUTION)
CAUTION_FILL = QColor(inks.CAUTION_FILL)

NEEDLE = QColor(inks.NEEDLE)
NEEDLE_RIM = QColor(inks.RIM)
BADGE = QColor(inks.BADGE)
BADGE_TEXT = QColor(inks.BADGE_TEXT)
MARK = QColor(inks.MARK)
BRUISE = QColor(inks.BRUISE)
BLEEDING = QColor(inks.BLEEDING)
REDNESS = QColor(inks.REDNESS)

ELECTRO = QColor(inks.ELECTRO)
BOLT = QColor(inks.BOLT)
BOLT_RIM = QColor(inks.BOLT_RIM)

SELECTION = QColor(inks.SELECTION)
PULSE = QColor(inks.PULSE)
LABEL = QColor(inks.LABEL)
LABEL_HALO = QColor(255, 255, 255, 225)
BACKDROP = QColor(inks.BACKDROP)

# Sizes in screen pixels at 100 %: symbols ignore the view's zoom so they stay crisp.
POINT_RADIUS = 4.5
POINT_HIT_RADIUS = 9.0
NEEDLE_RADIUS = 5.5
SYMBOL_RADIUS = 7.0
LABEL_POINT_SIZE = 7.5
