from __future__ import annotations

import pytest

from acudesk.domain.chart import (
    ChartDocument,
    ChartError,
    Placement,
    PlacementKind,
    new_id,
    visible_on,
)
from acudesk.domain.points import Side
from acudesk.services.catalog import point_catalog


def needle(code="ST6", needles=1, **kw) -> Placement:
    return Placement(
        new_id(), PlacementKind.NEEDLE, "face-front", 0.3, 0.6, code, Side.RIGHT, needles, **kw
    )


def test_add_remove_update_emit_events_and_count_needles():
    doc = ChartDocument()
    events: list[tuple[str, str]] = []
    doc.subscribe(lambda event, p: events.append((event, p.id)))
    a = doc.add(needle(needles=2))
    b = doc.add(needle("LI20"))
    mark = doc.add(Placement(new_id(), PlacementKind.BRUISE, "face-front", 0.5, 0.5))
    assert doc.needle_count == 3 and len(doc) == 3
    before = doc.update(a.id, x=0.9)
    assert before.x == 0.3 and doc.get(a.id).x == 0.9
    doc.remove(b.id)
    assert doc.needle_count == 2
    assert [e for e, _ in events] == ["added", "added", "added", "changed", "removed"]
    assert mark.needles == 0  # a reaction is never counted as a needle


def test_add_at_an_index_restores_order_for_undo():
    doc = ChartDocument()
    _first, second, third = (doc.add(needle(c)) for c in ("ST6", "ST7", "ST8"))
    removed = doc.remove(second.id)
    doc.add(removed, index=1)
    assert [p.point for p in doc] == ["ST6", "ST7", "ST8"]
    assert doc.index_of(third.id) == 2


def test_rules():
    doc = ChartDocument()
    with pytest.raises(ChartError, match="1 to 20"):
        doc.add(needle(needles=0))
    with pytest.raises(ChartError, match="Only needles"):
        doc.add(Placement(new_id(), PlacementKind.MARK, "face-front", 0.1, 0.1, electro_pair="p1"))
    p = doc.add(needle())
    with pytest.raises(ChartError, match="already on the chart"):
        doc.add(p)
    clamped = doc.add(Placement(new_id(), PlacementKind.MARK, "face-front", 1.7, -0.2))
    assert (clamped.x, clamped.y) == (1.0, 0.0)


def test_electro_pairs_and_round_trip():
    doc = ChartDocument()
    a = doc.add(needle("ST6", electro_pair="e1"))
    b = doc.add(needle("ST7", electro_pair="e1", note="low frequency"))
    assert doc.uses_electro and {p.id for p in doc.electro_pairs()["e1"]} == {a.id, b.id}
    again = ChartDocument.from_list(doc.to_list())
    assert again.to_list() == doc.to_list()
    assert list(again)[1].note == "low frequency"


def test_malformed_lists_are_refused():
    with pytest.raises(ChartError, match="malformed"):
        ChartDocument.from_list([{"kind": "needle"}])
    with pytest.raises(ChartError):
        ChartDocument.from_list([{"kind": "sparkle", "diagram": "x", "x": 0, "y": 0}])


def test_a_profile_shows_one_side_and_the_midline_while_the_front_shows_both():
    catalog = point_catalog()
    profile, front = catalog.diagram("face-profile"), catalog.diagram("face-front")

    def on(diagram: str, side: Side) -> Placement:
        return Placement(new_id(), PlacementKind.NEEDLE, diagram, 0.4, 0.5, None, side)

    assert visible_on(on("face-profile", Side.LEFT), profile, Side.LEFT)
    assert not visible_on(on("face-profile", Side.LEFT), profile, Side.RIGHT)
    assert visible_on(on("face-profile", Side.MIDLINE), profile, Side.RIGHT)
    assert visible_on(on("face-front", Side.LEFT), front, Side.RIGHT)
    assert not visible_on(on("face-front", Side.LEFT), profile, Side.LEFT)  # another diagram
