"""Where the point codes of placed needles go, so that no two labels (nor a label and a
needle) overlap on the map.

Plain geometry in pixels, no Qt: each label tries the spots around its needle in order (the
outward side first, then above and below, then further out) and takes the first that overlaps
no label placed before it and no needle; when every spot is taken it takes the one that
overlaps least. Greedy and in the document's order, so a label does not jump when a later
needle is added somewhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

RINGS = 6  # how far out a label may go, in label heights, before it settles for the least overlap


@dataclass(frozen=True)
class Box:
    """A rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlap(self, other: Box) -> float:
        """The area the two share (0 when they only touch)."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0

    def intersects(self, other: Box) -> bool:
        return self.overlap(other) > 0

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class LabelSpec:
    """One label to place: its needle's centre and the label's size, all in pixels."""

    x: float
    y: float
    width: float
    height: float
    leftward: bool = False  # on the left half of the drawing: try the left side first


def _candidates(spec: LabelSpec, gap: float) -> list[Box]:
    """The label's possible boxes around its needle, best first: the nearest ring first, and in
    a ring the outward side, above, below, the outward corners, the inward side and corners."""
    w, h = spec.width, spec.height
    boxes: list[Box] = []
    for ring in range(RINGS):
        g = gap + ring * h
        lift = (ring + 0.8) * h
        right = Box(spec.x + g, spec.y - h / 2, w, h)
        left = Box(spec.x - g - w, spec.y - h / 2, w, h)
        above = Box(spec.x - w / 2, spec.y - gap - h - ring * h, w, h)
        below = Box(spec.x - w / 2, spec.y + gap + ring * h, w, h)
        near, far = (left, right) if spec.leftward else (right, left)
        boxes += [near, above, below, near.moved(0, -lift), near.moved(0, lift)]
        boxes += [far, far.moved(0, -lift), far.moved(0, lift)]
    return boxes


def place_labels(specs: list[LabelSpec], needle_radius: float, gap: float) -> list[Box]:
    """A box for each label, in the order given; ``gap`` is the distance from the needle's
    centre to the near edge of its label, ``needle_radius`` what a needle covers."""
    r = needle_radius
    needles = [Box(s.x - r, s.y - r, 2 * r, 2 * r) for s in specs]
    placed: list[Box] = []
    for spec in specs:
        candidates = _candidates(spec, gap)
        reach = _around(candidates)
        # Only what reaches into the candidates' ground can cost anything.
        others = [b for b in placed if b.intersects(reach)]
        others += [n for n in needles if n.intersects(reach)]
        best: Box | None = None
        best_cost = float("inf")
        for box in candidates:
            cost = sum(box.overlap(other) for other in others)
            if cost == 0:
                best = box
                break
            if cost < best_cost:
                best, best_cost = box, cost
        assert best is not None
        placed.append(best)
    return placed


def _around(boxes: list[Box]) -> Box:
    """The smallest box holding every one of ``boxes``."""
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    return Box(left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top)
