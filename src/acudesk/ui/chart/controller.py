"""ChartController: turns what the practitioner does on the map into undoable commands.

It applies the clinical rules on the way: a cautioned point asks for a reason first, electro
pairing is refused with a pacemaker and confirmed with epilepsy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.point_cautions import (
    PointCaution,
    cautions_for,
    electro_refusal,
    electro_warning,
)
from acudesk.domain.points import PointCatalog, Side
from acudesk.domain.screening import Alert
from acudesk.domain.treatment import Confirmation
from acudesk.ui.chart import dialogs
from acudesk.ui.chart.commands import (
    AddPlacementCommand,
    MovePlacementCommand,
    PairCommand,
    RemovePlacementCommand,
    UnpairCommand,
    UpdatePlacementCommand,
)
from acudesk.ui.chart.labels import kind_word
from acudesk.ui.i18n import translate


class ChartController(QObject):
    confirmation_given = Signal(object)  # a domain Confirmation
    pairing_started = Signal(str)  # the first needle; the next needle clicked completes it

    def __init__(self, catalog: PointCatalog, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.catalog = catalog
        self.doc = ChartDocument()
        self.stack = QUndoStack(self)
        self.cautions: dict[str, list[PointCaution]] = {}
        self.alerts: list[Alert] = []
        self.read_only = False
        self._parent = dialog_parent
        self.dialog: QWidget | None = None  # the dialog open right now, if any
        # Why no needle may be placed now ("" when it may): the session's pre-treatment check.
        self.needle_gate: Callable[[], str] = lambda: ""

    def refuse_needles(self) -> bool:
        """Say why, and refuse, while the needle gate is closed."""
        why = self.needle_gate()
        if why:
            self.dialog = dialogs.tell(
                self._parent, translate("ChartController", "Pre-treatment check first"), why
            )
            self.dialog.setObjectName("needleGateBox")
        return bool(why)

    # Placing

    def place_point(self, code: str, diagram_id: str, sides: list[Side]) -> None:
        """A needle on a catalogue point, on each side given; asks first when cautioned."""
        if self.read_only or self.refuse_needles():
            return
        point = self.catalog.point(code)
        cautions = [c for side in sides for c in cautions_for(self.cautions, code, side)]
        placements = []
        for side in sides:
            x, y = self.catalog.position(point, diagram_id, side)
            placements.append(
                Placement(new_id(), PlacementKind.NEEDLE, diagram_id, x, y, code, side)
            )
        if not cautions:
            self._add(placements, translate("ChartController", "Place {code}").format(code=code))
            return
        unique = list({(c.alert, c.message): c for c in cautions}.values())
        dialog = dialogs.CautionDialog(point, unique, self._parent)

        def accepted() -> None:
            reason = dialog.reason_text()
            confirmed = [
                Placement(p.id, p.kind, p.diagram, p.x, p.y, p.point, p.side, caution=reason)
                for p in placements
            ]
            self._add(
                confirmed,
                translate("ChartController", "Place {code} (confirmed)").format(code=code),
            )
            for alert in dict.fromkeys(c.alert for c in unique):
                self.confirmation_given.emit(Confirmation(code, alert, reason))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def place_free(
        self, kind: PlacementKind, diagram_id: str, x: float, y: float, side: Side
    ) -> None:
        if self.read_only or (kind is PlacementKind.NEEDLE and self.refuse_needles()):
            return
        placement = Placement(new_id(), kind, diagram_id, x, y, None, side)
        self._add(
            [placement], translate("ChartCommands", "Add {kind}").format(kind=kind_word(kind))
        )

    def _add(self, placements: list[Placement], text: str) -> None:
        if len(placements) == 1:
            self.stack.push(AddPlacementCommand(self.doc, placements[0], text))
            return
        # Python-made child commands can be collected under a C++ parent: push into a macro.
        self.stack.beginMacro(
            translate("ChartController", "{action} both sides").format(action=text)
        )
        for placement in placements:
            self.stack.push(AddPlacementCommand(self.doc, placement, text))
        self.stack.endMacro()

    # Editing

    def move(self, placement_id: str, x: float, y: float, drag: int) -> None:
        if not self.read_only:
            self.stack.push(MovePlacementCommand(self.doc, placement_id, x, y, drag))

    def remove(self, ids: list[str]) -> None:
        ids = [pid for pid in ids if pid in self.doc]
        if self.read_only or not ids:
            return
        self.stack.beginMacro(
            translate("ChartController", "Remove") if len(ids) > 1 else self._removal(ids[0])
        )
        for pair_id in dict.fromkeys(self.doc.get(pid).electro_pair for pid in ids):
            if pair_id:
                self.stack.push(UnpairCommand(self.doc, pair_id))
        for pid in ids:
            self.stack.push(RemovePlacementCommand(self.doc, pid))
        self.stack.endMacro()

    def set_note(self, placement_id: str, note: str) -> None:
        if note != self.doc.get(placement_id).note:
            text = translate("ChartController", "Edit note")
            self.stack.push(UpdatePlacementCommand(self.doc, placement_id, text, note=note))

    def set_needles(self, placement_id: str, needles: int) -> None:
        if needles != self.doc.get(placement_id).needles:
            self.stack.push(
                UpdatePlacementCommand(
                    self.doc,
                    placement_id,
                    translate("ChartController", "Needle count"),
                    needles=needles,
                )
            )

    def edit_note(self, placement_id: str) -> None:
        current = self.doc.get(placement_id).note
        self.dialog = dialogs.ask_note(
            self._parent, current, lambda text: self.set_note(placement_id, text)
        )

    def edit_needles(self, placement_id: str) -> None:
        current = self.doc.get(placement_id).needles
        self.dialog = dialogs.ask_needles(
            self._parent, current, lambda n: self.set_needles(placement_id, n)
        )

    def _removal(self, placement_id: str) -> str:
        placement = self.doc.get(placement_id)
        return translate("ChartCommands", "Remove {kind}").format(
            kind=placement.point or kind_word(placement.kind)
        )

    # Electro-stimulation

    def begin_pairing(self, placement_id: str) -> None:
        """Start pairing from this needle, after the client's electro rules allow it."""
        refusal = electro_refusal(self.alerts)
        if refusal is not None:
            self.dialog = dialogs.tell(
                self._parent,
                translate("ChartController", "Electro-stimulation not allowed"),
                translate(
                    "ChartController", "Electro-stimulation is not allowed for this client: {why}"
                )
                .format(why=f"{refusal.message} {refusal.action}")
                .strip(),
            )
            return
        warning = electro_warning(self.alerts)
        if warning is not None:
            self.dialog = dialogs.ask(
                self._parent,
                translate("ChartController", "Electro-stimulation: take care"),
                "{}\n\n{}".format(
                    f"{warning.message} {warning.action}".strip(),
                    translate("ChartController", "Pair these needles anyway?"),
                ),
                translate("ChartController", "Pair anyway"),
                lambda: self.pairing_started.emit(placement_id),
            )
            return
        self.pairing_started.emit(placement_id)

    def pair(self, first: str, second: str) -> None:
        if self.read_only or electro_refusal(self.alerts) is not None:
            return
        self.stack.beginMacro(translate("ChartCommands", "Pair for electro-stimulation"))
        for pair_id in dict.fromkeys(self.doc.get(pid).electro_pair for pid in (first, second)):
            if pair_id:
                self.stack.push(UnpairCommand(self.doc, pair_id))
        self.stack.push(PairCommand(self.doc, first, second, new_id()))
        self.stack.endMacro()

    def unpair(self, placement_id: str) -> None:
        pair_id = self.doc.get(placement_id).electro_pair
        if pair_id and not self.read_only:
            self.stack.push(UnpairCommand(self.doc, pair_id))

    def _on_dialog_finished(self) -> None:
        self.dialog = None
