"""The adverse-events table of a session: one row per event, the action pre-filled.

Choosing a kind fills "What was done" with the standard response (adverse_events.md), unless
the practitioner has already written something of their own there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

from acudesk.domain.treatment import (
    STANDARD_RESPONSE,
    AdverseEvent,
    AdverseEventKind,
    EventSeverity,
)
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

KIND, SEVERITY, DESCRIPTION, ACTION = range(4)
TEXT_COLUMN_WIDTH = 140  # px: a few words of "What happened" and "What was done" in view
SEVERITY_LABELS = {
    EventSeverity.MILD: QT_TRANSLATE_NOOP("EventsTable", "Mild"),
    EventSeverity.MODERATE: QT_TRANSLATE_NOOP("EventsTable", "Moderate"),
    EventSeverity.SEVERE: QT_TRANSLATE_NOOP("EventsTable", "Severe"),
}


class AdverseEventRows:
    """Reads and writes AdverseEvent values on a QTableWidget with combo boxes in it."""

    def __init__(self, table: QTableWidget, changed: Callable[[], None]) -> None:
        self._table = table
        self._changed = changed
        table.setRowCount(0)
        header = table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        # The two texts keep room for their titles (and some words); a narrow panel scrolls
        # sideways rather than squeezing them to a sliver. The last one takes what is left.
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 24
        for column in (DESCRIPTION, ACTION):
            title = table.horizontalHeaderItem(column)
            wide = header.fontMetrics().horizontalAdvance(title.text() if title else "")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(TEXT_COLUMN_WIDTH, wide + margin))
        header.setStretchLastSection(True)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().setVisible(False)
        table.itemChanged.connect(lambda _item: self._changed())

    def add(self, event: AdverseEvent | None = None) -> int:
        event = event or AdverseEvent(
            AdverseEventKind.BRUISING, action=STANDARD_RESPONSE[AdverseEventKind.BRUISING]
        )
        table = self._table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName(
            translate("EventsTable", "Event {number} kind").format(number=row + 1)
        )
        for value in AdverseEventKind:
            kind.addItem(value.label, value)
        kind.setCurrentIndex(list(AdverseEventKind).index(event.kind))
        severity = QComboBox()
        severity.setAccessibleName(
            translate("EventsTable", "Event {number} severity").format(number=row + 1)
        )
        for level in EventSeverity:
            severity.addItem(translate("EventsTable", SEVERITY_LABELS[level]), level)
        severity.setCurrentIndex(list(EventSeverity).index(event.severity))
        table.setCellWidget(row, KIND, kind)
        table.setCellWidget(row, SEVERITY, severity)
        table.setItem(row, DESCRIPTION, QTableWidgetItem(event.description))
        table.setItem(row, ACTION, QTableWidgetItem(event.action))
        table.blockSignals(False)
        kind.currentIndexChanged.connect(lambda _i, box=kind: self._on_kind_changed(box))
        severity.currentIndexChanged.connect(lambda _i: self._changed())
        table.resizeRowsToContents()
        return row

    def add_new(self) -> None:
        """A new row (bruising, with its standard response), its description ready to type."""
        row = self.add()
        self._table.setCurrentCell(row, DESCRIPTION)
        self._changed()

    def _row_of(self, box: QComboBox) -> int:
        for row in range(self._table.rowCount()):
            if self._table.cellWidget(row, KIND) is box:
                return row
        return -1

    def _on_kind_changed(self, box: QComboBox) -> None:
        row = self._row_of(box)
        item = self._table.item(row, ACTION)
        if item is None:
            return
        standard = set(STANDARD_RESPONSE.values())
        if not item.text().strip() or item.text() in standard:
            kind = AdverseEventKind(box.currentData())
            item.setText(STANDARD_RESPONSE.get(kind, ""))
        self._table.resizeRowsToContents()
        self._changed()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self._table.selectedIndexes()}, reverse=True)
        if not rows and self._table.currentRow() >= 0:
            rows = [self._table.currentRow()]
        for row in rows:
            self._table.removeRow(row)
        if rows:
            self._changed()

    def set_events(self, events: tuple[AdverseEvent, ...]) -> None:
        self._table.setRowCount(0)
        for event in events:
            self.add(event)

    def events(self) -> tuple[AdverseEvent, ...]:
        found: list[AdverseEvent] = []
        for row in range(self._table.rowCount()):
            kind = self._table.cellWidget(row, KIND)
            severity = self._table.cellWidget(row, SEVERITY)
            assert isinstance(kind, QComboBox) and isinstance(severity, QComboBox)
            found.append(
                AdverseEvent(
                    AdverseEventKind(kind.currentData()),
                    EventSeverity(severity.currentData()),
                    _text(self._table.item(row, DESCRIPTION)),
                    _text(self._table.item(row, ACTION)),
                )
            )
        return tuple(found)

    def set_read_only(self, read_only: bool) -> None:
        triggers = (
            QTableWidget.EditTrigger.NoEditTriggers
            if read_only
            else QTableWidget.EditTrigger.AllEditTriggers
        )
        self._table.setEditTriggers(triggers)
        for row in range(self._table.rowCount()):
            for column in (KIND, SEVERITY):
                widget = self._table.cellWidget(row, column)
                if widget is not None:
                    widget.setEnabled(not read_only)


def _text(item: QTableWidgetItem | None) -> str:
    return "" if item is None else item.text().strip()
