"""The session screen's hold on the point-map editor: load, read, lock, apply a protocol.

Everything the session screen does to the chart goes through here, so the editor's API is
used in one place. A protocol is applied as one undoable step on the editor's own stack
(one "Apply protocol" entry running the editor's remove and add commands), so Ctrl+Z takes
the whole protocol back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.chart import (
    ChartDocument,
    ChartError,
    Placement,
    new_id,
    placement_from_dict,
)
from acudesk.domain.point_cautions import PointCaution, point_cautions, unconfirmed
from acudesk.domain.points import PointCatalog
from acudesk.domain.screening import Alert
from acudesk.domain.treatment import Confirmation, needles_only
from acudesk.ui.chart.commands import AddPlacementCommand, RemovePlacementCommand
from acudesk.ui.chart.editor import ChartEditorWidget
from acudesk.ui.chart.labels import side_word
from acudesk.ui.i18n import translate


class ChartHost(QObject):
    """Owns the ChartEditorWidget of one session and re-announces its signals."""

    changed = Signal()
    confirmation_given = Signal(object)  # Confirmation

    def __init__(self, catalog: PointCatalog, parent: QWidget) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.editor = ChartEditorWidget(catalog, parent)
        self.editor.setAccessibleName(translate("ChartHost", "Point map"))
        self.editor.document_changed.connect(self.changed)
        self.editor.confirmation_given.connect(self.confirmation_given)
        self._cautions: dict[str, list[PointCaution]] = {}
        self.caution_dialog: ProtocolCautionDialog | None = None

    @property
    def widget(self) -> QWidget:
        return self.editor

    def load(self, chart: list[dict[str, Any]]) -> None:
        try:
            document = ChartDocument.from_list(chart)
        except ChartError:
            document = ChartDocument()
        self.editor.set_document(document)

    def document(self) -> ChartDocument:
        return self.editor.document()

    def chart_list(self) -> list[dict[str, Any]]:
        return self.document().to_list()

    def needle_count(self) -> int:
        return self.document().needle_count

    def set_alerts(self, alerts: list[Alert]) -> None:
        self._cautions = point_cautions(self._catalog.points.values(), alerts)
        self.editor.set_cautions(self._cautions)
        self.editor.set_alerts(alerts)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)

    def set_needle_gate(self, gate: Callable[[], str]) -> None:
        """Why no needle may be placed now ("" when it may); clicks and protocols ask it."""
        self.editor.controller.needle_gate = gate

    def apply(self, name: str, chart: list[dict[str, Any]], *, replace_chart: bool) -> None:
        """Apply a protocol's placements (new ids, so adding twice never clashes).

        Points cautioned for this client are not placed silently: the practitioner gives the
        reason to needle them, or leaves them out, exactly as when clicking such a point.
        """
        incoming = [replace(placement_from_dict(raw), id=new_id()) for raw in needles_only(chart)]
        if incoming and self.editor.controller.refuse_needles():
            return
        pairs: dict[str, str] = {}
        for index, placement in enumerate(incoming):
            if placement.electro_pair:
                pair = pairs.setdefault(placement.electro_pair, new_id())
                incoming[index] = replace(placement, electro_pair=pair)
        flagged = unconfirmed(incoming, self._cautions)
        if not flagged:
            self._push(name, incoming, replace_chart)
            return
        dialog = ProtocolCautionDialog(flagged, self.editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(reason: str | None) -> None:
            ids = {p.id for p, _ in flagged}
            if reason is None:  # leave the cautioned points out
                kept = [p for p in incoming if p.id not in ids]
            else:
                kept = [replace(p, caution=reason) if p.id in ids else p for p in incoming]
                for placement, concerns in flagged:
                    for concern in concerns:
                        self.confirmation_given.emit(
                            Confirmation(str(placement.point), concern.alert, reason)
                        )
            self._push(name, kept, replace_chart)

        dialog.decided.connect(decided)
        self.caution_dialog = dialog
        dialog.open()

    def _push(self, name: str, incoming: list[Placement], replace_chart: bool) -> None:
        document = self.document()
        steps: list[QUndoCommand] = []
        if replace_chart:
            steps += [RemovePlacementCommand(document, p.id) for p in reversed(list(document))]
        steps += [AddPlacementCommand(document, p) for p in incoming]
        self.editor.undo_stack().push(ApplyProtocolCommand(name, steps))


class ProtocolCautionDialog(QDialog):
    """A protocol brings needles onto points cautioned for this client: why, or leave out."""

    decided = Signal(object)  # the reason (str), or None to leave the points out

    def __init__(
        self, flagged: list[tuple[Placement, list[PointCaution]]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ProtocolCautionDialog", "Cautioned points in the protocol"))
        layout = QVBoxLayout(self)
        lines = [
            f"<b>{p.point}</b> ({side_word(p.side)}): " + "; ".join(c.message for c in concerns)
            for p, concerns in flagged
        ]
        intro = QLabel(
            translate(
                "ProtocolCautionDialog",
                "This protocol places needles on points cautioned for this client:",
            )
            + "<br>"
            + "<br>".join(lines)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(
            QLabel(translate("ProtocolCautionDialog", "Reason to needle them anyway:"))
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(translate("ProtocolCautionDialog", "Reason"))
        layout.addWidget(self.reason_edit)
        self.error_label = QLabel("")
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.place_button = buttons.addButton(
            translate("ProtocolCautionDialog", "Place them with this reason"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.leave_out_button = buttons.addButton(
            translate("ProtocolCautionDialog", "Leave them out"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.place_button.clicked.connect(self._on_place_button_clicked)
        self.leave_out_button.clicked.connect(self._on_leave_out_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_place_button_clicked(self) -> None:
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            self.error_label.setText(
                translate("ProtocolCautionDialog", "Give the reason, or leave these points out.")
            )
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        self.decided.emit(reason)
        self.accept()

    def _on_leave_out_button_clicked(self) -> None:
        self.decided.emit(None)
        self.accept()


class ApplyProtocolCommand(QUndoCommand):
    """The editor's own remove/add commands run as one step (the wrapper keeps them alive)."""

    def __init__(self, name: str, steps: list[QUndoCommand]) -> None:
        super().__init__(translate("ChartHost", "Apply protocol {name}").format(name=name))
        self._steps = steps

    def redo(self) -> None:
        for step in self._steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()
