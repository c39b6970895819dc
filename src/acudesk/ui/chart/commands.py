"""The only way the chart document changes in the editor: undoable commands on a QUndoStack.

Each command keeps what it needs to restore the document exactly (the removed placement and
its index, the fields as they were), so undo after redo after undo gives the same chart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from acudesk.domain.chart import ChartDocument, Placement
from acudesk.ui.chart.labels import kind_word
from acudesk.ui.i18n import translate

MOVE_COMMAND_ID = 1001


class AddPlacementCommand(QUndoCommand):
    def __init__(
        self,
        doc: ChartDocument,
        placement: Placement,
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        default = translate("ChartCommands", "Add {kind}").format(kind=kind_word(placement.kind))
        super().__init__(text or default, parent)
        self._doc = doc
        self._placement = placement

    @property
    def placement_id(self) -> str:
        return self._placement.id

    def redo(self) -> None:
        self._placement = self._doc.add(self._placement)

    def undo(self) -> None:
        self._doc.remove(self._placement.id)


class RemovePlacementCommand(QUndoCommand):
    def __init__(
        self, doc: ChartDocument, placement_id: str, parent: QUndoCommand | None = None
    ) -> None:
        placement = doc.get(placement_id)
        text = translate("ChartCommands", "Remove {kind}").format(kind=kind_word(placement.kind))
        super().__init__(text, parent)
        self._doc = doc
        self._placement = placement
        self._index = doc.index_of(placement_id)

    def redo(self) -> None:
        self._index = self._doc.index_of(self._placement.id)
        self._placement = self._doc.remove(self._placement.id)

    def undo(self) -> None:
        self._doc.add(self._placement, self._index)


class UpdatePlacementCommand(QUndoCommand):
    """Change fields of one placement (note, needle count, ...); undo puts the old values back."""

    def __init__(
        self,
        doc: ChartDocument,
        placement_id: str,
        text: str = "Edit placement",
        parent: QUndoCommand | None = None,
        **changes: Any,
    ) -> None:
        super().__init__(text, parent)
        self._doc = doc
        self._id = placement_id
        self._changes = changes
        before = doc.get(placement_id)
        self._before = {name: getattr(before, name) for name in changes}

    def redo(self) -> None:
        self._doc.update(self._id, **self._changes)

    def undo(self) -> None:
        self._doc.update(self._id, **self._before)


class MovePlacementCommand(QUndoCommand):
    """Move one placement. Successive moves of one drag merge into a single undo step."""

    def __init__(
        self,
        doc: ChartDocument,
        placement_id: str,
        x: float,
        y: float,
        drag: int = 0,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(translate("ChartCommands", "Move placement"), parent)
        self._doc = doc
        self._id = placement_id
        self._drag = drag
        before = doc.get(placement_id)
        self._from = (before.x, before.y)
        self._to = (x, y)

    def id(self) -> int:
        return MOVE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MovePlacementCommand):
            return False
        if other._id != self._id or other._drag != self._drag or not self._drag:
            return False
        self._to = other._to
        return True

    def redo(self) -> None:
        self._doc.update(self._id, x=self._to[0], y=self._to[1])

    def undo(self) -> None:
        self._doc.update(self._id, x=self._from[0], y=self._from[1])


class PairCommand(QUndoCommand):
    """Pair two needles for electro-stimulation under one pair id."""

    def __init__(
        self,
        doc: ChartDocument,
        first: str,
        second: str,
        pair_id: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(translate("ChartCommands", "Pair for electro-stimulation"), parent)
        self._doc = doc
        self._ids = (first, second)
        self._pair = pair_id
        self._before = {pid: doc.get(pid).electro_pair for pid in self._ids}

    def redo(self) -> None:
        for pid in self._ids:
            self._doc.update(pid, electro_pair=self._pair)

    def undo(self) -> None:
        for pid in reversed(self._ids):
            self._doc.update(pid, electro_pair=self._before[pid])


class UnpairCommand(QUndoCommand):
    """Undo an electro pair: every needle carrying the pair id is unpaired."""

    def __init__(
        self, doc: ChartDocument, pair_id: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(translate("ChartCommands", "Unpair"), parent)
        self._doc = doc
        self._pair = pair_id
        self._ids = [p.id for p in doc.electro_pairs().get(pair_id, [])]

    def redo(self) -> None:
        for pid in self._ids:
            self._doc.update(pid, electro_pair=None)

    def undo(self) -> None:
        for pid in self._ids:
            self._doc.update(pid, electro_pair=self._pair)
