"""The import preview's rows to correct: each bad row's cells, editable, with its problems.

An adapter over the dialog's QTableWidget: it shows the rows the last check found bad (and
those corrected since, as ready), and says ``corrected(line, values)`` when a cell changed;
the dialog then checks the file again with the corrections in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from acudesk.domain.csv_format import CsvTable
from acudesk.services.client_io import ImportReport
from acudesk.ui.i18n import translate

LINE, PROBLEMS, FIRST_CELL = 0, 1, 2
PROBLEMS_WIDTH = 300  # pixels: longer problems wrap, the cells to correct stay in view
MAX_ROWS = 200  # rows offered for correction at once (a file that bad wants fixing at source)


class FixRows(QObject):
    corrected = Signal(int, object)  # line, tuple[str, ...]: the row's values as corrected

    def __init__(self, grid: QTableWidget, field_name: Callable[[str], str]) -> None:
        super().__init__(grid)
        self._grid = grid
        self._field_name = field_name
        self._columns: list[int] = []  # the file's column shown in each cell column
        self._values: dict[int, list[str]] = {}  # line -> the row's values, as shown
        self._filling = False
        grid.itemChanged.connect(self._on_grid_item_changed)

    def show(
        self, table: CsvTable, mapping: dict[int, str], report: ImportReport, lines: list[int]
    ) -> None:
        """The rows at ``lines`` (file order), their problems from ``report``."""
        grid = self._grid
        current = grid.currentRow(), grid.currentColumn()
        self._filling = True
        try:
            self._columns = sorted(mapping)
            grid.clear()
            grid.setColumnCount(FIRST_CELL + len(self._columns))
            grid.setHorizontalHeaderLabels(
                [translate("ImportFixRows", "Line"), translate("ImportFixRows", "Problems")]
                + [self._field_name(mapping[c]) for c in self._columns]
            )
            rows = {r.line: r for r in table.rows}
            problems: dict[int, list[str]] = {}
            for problem in report.problems:
                where = f"{problem.field}: " if problem.field else ""
                problems.setdefault(problem.line, []).append(where + problem.message)
            shown = [line for line in lines if line in rows][:MAX_ROWS]
            grid.setRowCount(len(shown))
            for index, line in enumerate(shown):
                values = list(rows[line].values) + [""] * len(table.headers)
                self._values[line] = values[: max(len(table.headers), len(rows[line].values))]
                self._fixed(index, 0, str(line), line)
                text = "\n".join(problems.get(line, [])) or translate(
                    "ImportFixRows", "Ready to import"
                )
                self._fixed(index, PROBLEMS, text, line)
                for offset, column in enumerate(self._columns):
                    item = QTableWidgetItem(values[column])
                    item.setData(Qt.ItemDataRole.UserRole, line)
                    grid.setItem(index, FIRST_CELL + offset, item)
            header = grid.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            grid.resizeColumnsToContents()
            grid.setColumnWidth(PROBLEMS, min(grid.columnWidth(PROBLEMS), PROBLEMS_WIDTH))
            grid.setWordWrap(True)
            grid.resizeRowsToContents()
            if 0 <= current[0] < grid.rowCount():
                grid.setCurrentCell(*current)
        finally:
            self._filling = False

    def _fixed(self, row: int, column: int, text: str, line: int) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)  # a long problem is cut short in its cell
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, line)
        self._grid.setItem(row, column, item)

    def cell(self, line: int, field_column: int) -> QTableWidgetItem | None:
        """The editable cell of ``line`` for the file's column ``field_column``."""
        for row in range(self._grid.rowCount()):
            item = self._grid.item(row, LINE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line:
                return self._grid.item(row, FIRST_CELL + self._columns.index(field_column))
        return None

    def problems_of(self, line: int) -> str:
        for row in range(self._grid.rowCount()):
            item = self._grid.item(row, LINE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line:
                shown = self._grid.item(row, PROBLEMS)
                return shown.text() if shown is not None else ""
        return ""

    def _on_grid_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < FIRST_CELL:
            return
        line = int(item.data(Qt.ItemDataRole.UserRole))
        values = self._values[line]
        values[self._columns[item.column() - FIRST_CELL]] = item.text()
        self.corrected.emit(line, tuple(values))
