"""The recent-procedures table: kind, date as typed, area; one row per procedure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QTableWidget, QWidget

from acudesk.domain.dates import DateOrder, DateParseError, parse_date
from acudesk.domain.intake import PROCEDURE_LABELS, Procedure, ProcedureKind
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.theme import restyle

ROW_HEIGHT = 40
# A row as the person typed it, kept in drafts so a half-typed date is not lost.
RawRow = tuple[str, str, str]


def procedures_hint(order: DateOrder) -> str:
    """The hint above the procedures table, in the clinic's date order."""
    if order is DateOrder.MONTH_FIRST:
        return translate(
            "ProceduresTable",
            "Botox, fillers, peels, laser and the like in the last year. Type dates as "
            "month/day/year, e.g. 03/12/2026; a month is enough when the client is unsure "
            "(03/01/2026).",
        )
    return translate(
        "ProceduresTable",
        "Botox, fillers, peels, laser and the like in the last year. Type dates as "
        "day/month/year, e.g. 12/03/2026; a month is enough when the client is unsure "
        "(01/03/2026).",
    )


def date_placeholder(order: DateOrder) -> str:
    if order is DateOrder.MONTH_FIRST:
        return translate("ProceduresTable", "mm/dd/yyyy")
    return translate("ProceduresTable", "dd/mm/yyyy")


def format_typed_date(value: date, order: DateOrder) -> str:
    if order is DateOrder.MONTH_FIRST:
        return f"{value:%m/%d/%Y}"
    return f"{value:%d/%m/%Y}"


class ProceduresTable:
    """Cell widgets in a QTableWidget: a kind combo, a date line edit and an area line edit."""

    def __init__(
        self,
        table: QTableWidget,
        error_label: QLabel,
        order: DateOrder,
        today: Callable[[], date],
    ) -> None:
        self._table = table
        self._error = error_label
        self._order = order
        self._today = today
        self._listeners: list[Callable[[], None]] = []
        self._row_of_index: list[int] = []  # procedure index (as the service counts) → table row
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, 250)
        table.setColumnWidth(1, 150)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self._show_error("")

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self, *_args: object) -> None:
        for listener in self._listeners:
            listener()

    def row_count(self) -> int:
        return self._table.rowCount()

    def add_row(self, kind: str = "", typed_date: str = "", area: str = "") -> QComboBox:
        row = self._table.rowCount()
        self._table.insertRow(row)
        combo = QComboBox()
        combo.setPlaceholderText(translate("ProceduresTable", "Choose a procedure"))
        for value, label in PROCEDURE_LABELS.items():
            combo.addItem(label, value.value)
        combo.setCurrentIndex(combo.findData(kind) if kind else -1)
        combo.setAccessibleName(
            translate("ProceduresTable", "Procedure {number}").format(number=row + 1)
        )
        when = QLineEdit(typed_date)
        when.setPlaceholderText(date_placeholder(self._order))
        when.setAccessibleName(
            translate("ProceduresTable", "Procedure {number} date").format(number=row + 1)
        )
        where = QLineEdit(area)
        where.setMaxLength(200)
        where.setPlaceholderText(translate("ProceduresTable", "e.g. lips, forehead"))
        where.setAccessibleName(
            translate("ProceduresTable", "Procedure {number} area").format(number=row + 1)
        )
        for column, widget in enumerate((combo, when, where)):
            self._table.setCellWidget(row, column, widget)
        combo.currentIndexChanged.connect(self._changed)
        when.textEdited.connect(self._changed)
        when.textEdited.connect(self._on_date_edited)
        where.textEdited.connect(self._changed)
        self._table.setCurrentCell(row, 0)
        self._changed()
        return combo

    def _on_date_edited(self, _text: str) -> None:
        for row in range(self._table.rowCount()):
            self._mark(self._widgets(row)[1], False)

    def remove_selected(self) -> None:
        row = self._table.currentRow()
        if row < 0 and self._table.rowCount():
            row = self._table.rowCount() - 1
        if row >= 0:
            self._table.removeRow(row)
            self._show_error("")
            self._changed()

    def _widgets(self, row: int) -> tuple[QComboBox, QLineEdit, QLineEdit]:
        combo = self._table.cellWidget(row, 0)
        when = self._table.cellWidget(row, 1)
        where = self._table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        assert isinstance(when, QLineEdit) and isinstance(where, QLineEdit)
        return combo, when, where

    def raw_rows(self) -> list[RawRow]:
        rows: list[RawRow] = []
        for row in range(self._table.rowCount()):
            combo, when, where = self._widgets(row)
            rows.append((str(combo.currentData() or ""), when.text(), where.text()))
        return rows

    def set_raw_rows(self, rows: list[RawRow]) -> None:
        self._table.setRowCount(0)
        for kind, typed, area in rows:
            self.add_row(kind, typed, area)

    def set_procedures(self, procedures: tuple[Procedure, ...]) -> None:
        self.set_raw_rows(
            [(p.kind.value, format_typed_date(p.done_on, self._order), p.area) for p in procedures]
        )

    def collect(self) -> tuple[tuple[Procedure, ...], dict[str, str]]:
        """Procedures from the filled rows (blank rows are ignored) and what cannot be read."""
        procedures: list[Procedure] = []
        errors: dict[str, str] = {}
        self._row_of_index = []
        for row, (kind, typed, area) in enumerate(self.raw_rows()):
            if not (kind or typed.strip() or area.strip()):
                continue
            key = f"procedure.{len(self._row_of_index)}"
            self._row_of_index.append(row)
            if not kind:
                errors[key] = translate("ProceduresTable", "Choose which procedure it was.")
                continue
            try:
                done_on = parse_date(typed, self._order, today=self._today())
            except DateParseError as error:
                errors[key] = (
                    str(error)
                    if typed.strip()
                    else translate("ProceduresTable", "Enter when it was done.")
                )
                continue
            procedures.append(Procedure(ProcedureKind(kind), done_on, area.strip()))
        return tuple(procedures), errors

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Mark the rows named by "procedure.<i>" keys; say what is wrong under the table."""
        lines: list[str] = []
        first: QWidget | None = None
        for key, message in errors.items():
            index = int(key.split(".", 1)[1])
            if index >= len(self._row_of_index):
                lines.append(message)
                continue
            row = self._row_of_index[index]
            combo, when, _where = self._widgets(row)
            label = combo.currentText() or translate("ProceduresTable", "Row {number}").format(
                number=row + 1
            )
            lines.append(
                translate("ProceduresTable", "{procedure} (row {number}): {problem}").format(
                    procedure=label, number=row + 1, problem=message
                )
            )
            self._mark(when, True)
            first = first or when
        self._show_error("\n".join(lines))
        if first is not None:
            first.setFocus()
        return first

    def clear_errors(self) -> None:
        self._show_error("")
        for row in range(self._table.rowCount()):
            self._mark(self._widgets(row)[1], False)

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            restyle(widget)
