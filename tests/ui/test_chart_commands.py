"""Every chart command undoes exactly what it did, and redoes it again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind
from acudesk.domain.points import Side
from acudesk.ui.chart.commands import (
    AddPlacementCommand,
    MovePlacementCommand,
    PairCommand,
    RemovePlacementCommand,
    UnpairCommand,
    UpdatePlacementCommand,
)


def _doc() -> ChartDocument:
    doc = ChartDocument()
    doc.add(Placement("a", PlacementKind.NEEDLE, "face-front", 0.3, 0.6, "ST6", Side.RIGHT))
    doc.add(Placement("b", PlacementKind.NEEDLE, "face-front", 0.7, 0.6, "ST6", Side.LEFT))
    doc.add(Placement("c", PlacementKind.BRUISE, "face-front", 0.4, 0.5))
    doc.add(Placement("d", PlacementKind.NEEDLE, "face-front", 0.5, 0.1, "GV20", electro_pair="p1"))
    doc.add(
        Placement("e", PlacementKind.NEEDLE, "face-front", 0.5, 0.4, "EX-HN3", electro_pair="p1")
    )
    return doc


COMMANDS = {
    "add": lambda doc: AddPlacementCommand(
        doc, Placement("n", PlacementKind.MARK, "face-front", 0.2, 0.2)
    ),
    "remove-middle": lambda doc: RemovePlacementCommand(doc, "b"),
    "move": lambda doc: MovePlacementCommand(doc, "a", 0.35, 0.65),
    "note": lambda doc: UpdatePlacementCommand(doc, "c", note="small bruise, cold pack"),
    "needles": lambda doc: UpdatePlacementCommand(doc, "a", needles=3),
    "pair": lambda doc: PairCommand(doc, "a", "b", "p2"),
    "unpair": lambda doc: UnpairCommand(doc, "p1"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_undo_restores_and_redo_reapplies(qtbot, name):
    doc = _doc()
    before = doc.to_list()
    stack = QUndoStack()
    stack.push(COMMANDS[name](doc))
    after = doc.to_list()
    assert after != before
    stack.undo()
    assert doc.to_list() == before
    stack.redo()
    assert doc.to_list() == after
    stack.undo()
    assert doc.to_list() == before


def test_moves_of_one_drag_merge_and_separate_drags_do_not(qtbot):
    doc = _doc()
    stack = QUndoStack()
    for step in range(1, 5):
        stack.push(MovePlacementCommand(doc, "a", 0.3 + step / 100, 0.6, drag=7))
    stack.push(MovePlacementCommand(doc, "a", 0.5, 0.5, drag=8))
    assert stack.count() == 2
    stack.undo()
    assert doc.get("a").x == pytest.approx(0.34)
    stack.undo()
    assert (doc.get("a").x, doc.get("a").y) == (0.3, 0.6)
