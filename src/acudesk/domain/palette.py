"""The point map's colours, as plain hex strings: the one place they are chosen.

The screen (Qt) and the printed chart (reportlab) both read these, so a bleed is the same red
on the monitor and on the handout. Screens otherwise take their colours from the theme; the
map draws on a white diagram and needs symbols that read at a glance, hence its own inks.
"""

from __future__ import annotations

from acudesk.domain.chart import PlacementKind

# Placements and electro-stimulation: drawn on screen and on paper alike.
NEEDLE = "#21507f"
RIM = "#ffffff"  # the white edge that lifts a symbol off the drawing's lines
BADGE = NEEDLE  # the needle-count badge
BADGE_TEXT = "#ffffff"
MARK = "#39464b"
BRUISE = "#7a4e9e"
BLEEDING = "#c0392b"
REDNESS = "#e0605e"
ELECTRO = "#3a6fd8"
BOLT = "#f2b705"
BOLT_RIM = "#6b4d00"

KIND_COLOURS: dict[PlacementKind, str] = {
    PlacementKind.NEEDLE: NEEDLE,
    PlacementKind.MARK: MARK,
    PlacementKind.BRUISE: BRUISE,
    PlacementKind.BLEEDING: BLEEDING,
    PlacementKind.REDNESS: REDNESS,
}

# Only the editor has these: catalogue points, hover, selection, the click pulse, labels.
POINT_RING = "#7c9a94"
POINT_HOVER = "#2f7d6d"
CAUTION = "#c77c0e"
CAUTION_FILL = "#fff1d6"
SELECTION = "#2f7d6d"
PULSE = "#2f7d6d"
LABEL = "#1f2a2e"
BACKDROP = "#ffffff"
