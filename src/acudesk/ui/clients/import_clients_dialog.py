"""Import clients from a CSV file: column mapping, a checked preview, then an import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QProgressDialog,
    QTableWidgetItem,
    QWidget,
)

from acudesk.domain.csv_format import FIELD_LABELS, CsvTable
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.client_io import (
    ClientTransferService,
    ImportCancelled,
    ImportReport,
    read_csv_file,
)
from acudesk.ui.clients.import_fix_rows import FixRows
from acudesk.ui.forms.ui_import_clients_dialog import Ui_ImportClientsDialog
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, number_text, translate

IGNORE = ""
MAX_LISTED = 500
# The fields a column can go into, as the screens name them (the CSV keeps its English names).
FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("ImportClientsDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportClientsDialog", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportClientsDialog", "Full name"),
    "preferred_name": QT_TRANSLATE_NOOP("ImportClientsDialog", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportClientsDialog", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ImportClientsDialog", "Gender"),
    "phone": QT_TRANSLATE_NOOP("ImportClientsDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportClientsDialog", "Email"),
    "address": QT_TRANSLATE_NOOP("ImportClientsDialog", "Address"),
    "emergency_contact": QT_TRANSLATE_NOOP("ImportClientsDialog", "Emergency contact"),
    "physician": QT_TRANSLATE_NOOP("ImportClientsDialog", "Physician"),
    "language": QT_TRANSLATE_NOOP("ImportClientsDialog", "Language"),
    "referral_source": QT_TRANSLATE_NOOP("ImportClientsDialog", "How they heard of us"),
    "notes": QT_TRANSLATE_NOOP("ImportClientsDialog", "Notes"),
}


def field_name(field: str) -> str:
    return translate("ImportClientsDialog", FIELD_NAMES.get(field, FIELD_LABELS.get(field, field)))


class _Progress:
    """A cancellable progress dialog fed by the service's (done, total) callback."""

    def __init__(self, parent: QWidget, title: str) -> None:
        cancel = translate("ImportClientsDialog", "Cancel")
        self.dialog = QProgressDialog(title, cancel, 0, 100, parent)
        self.dialog.setWindowTitle(translate("ImportClientsDialog", "Import clients"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()


class ImportClientsDialog(QDialog):
    clients_imported = Signal(int)

    def __init__(
        self, transfers: ClientTransferService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportClientsDialog()
        self.ui.setupUi(self)
        self._transfers = transfers
        self._user = user
        self._text = ""
        self._table: CsvTable | None = None
        self._mapping: dict[int, str] = {}
        self._corrections: dict[int, tuple[str, ...]] = {}  # line -> values, corrected here
        self._fix_lines: list[int] = []  # every line found bad since the file was read
        self.report: ImportReport | None = None
        self.fix_rows = FixRows(self.ui.fixTable, field_name)
        self.fix_rows.corrected.connect(self._on_fix_rows_corrected)
        header = self.ui.columnsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.ui.columnsTable.setColumnWidth(2, 220)
        self.ui.chooseButton.clicked.connect(self._on_choose_button_clicked)
        self.ui.importButton.clicked.connect(self._on_import_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.skipInvalidCheck.toggled.connect(self._update_buttons)
        self._show_message("")
        self._show_fix_rows(False)
        self._update_buttons()

    # Reading and checking

    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportClientsDialog", "Choose a CSV file"),
            str(Path.home()),
            translate("ImportClientsDialog", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read ``path`` and check it with the columns acudesk recognises."""
        self.ui.fileEdit.setText(str(path))
        self._corrections, self._fix_lines = {}, []
        try:
            self._text = read_csv_file(path)
        except AcudeskError as error:
            self._reset(error.message)
            return
        self._check(None)

    def _on_fix_rows_corrected(self, line: int, values: tuple[str, ...]) -> None:
        """A cell of a bad row corrected: the file checked again with it, counts and all."""
        self._corrections[line] = values
        QTimer.singleShot(0, lambda: self._check(self._mapping))

    def _check(self, mapping: dict[int, str] | None) -> None:
        progress = _Progress(self, translate("ImportClientsDialog", "Checking the rows…"))
        try:
            table, mapping, report = self._transfers.preview(
                self._user, self._text, mapping, progress, corrections=self._corrections
            )
        except ImportCancelled as error:
            self._reset(error.message)
            return
        except AcudeskError as error:
            self._reset(error.message)
            return
        finally:
            progress.close()
        if self._table is None or self._table.headers != table.headers:
            self._fill_columns(table, mapping)
        self._table, self._mapping, self.report = table, mapping, report
        self._fix_lines = sorted(set(self._fix_lines) | set(report.bad_lines))
        self.fix_rows.show(table, mapping, report, self._fix_lines)
        self._show_fix_rows(bool(self._fix_lines))
        self._show_report(report)

    def _reset(self, message: str) -> None:
        self._table, self.report = None, None
        self.ui.columnsTable.setRowCount(0)
        self.ui.fixTable.setRowCount(0)
        self._show_fix_rows(False)
        self.ui.problemsList.clear()
        self.ui.summaryLabel.setText("")
        self._show_message(message)
        self._update_buttons()

    def _fill_columns(self, table: CsvTable, mapping: dict[int, str]) -> None:
        grid = self.ui.columnsTable
        grid.setRowCount(len(table.headers))
        first = table.rows[0].values if table.rows else ()
        for index, header in enumerate(table.headers):
            unnamed = translate("ImportClientsDialog", "(column {number})").format(number=index + 1)
            grid.setItem(index, 0, QTableWidgetItem(header or unnamed))
            sample = first[index] if index < len(first) else ""
            grid.setItem(index, 1, QTableWidgetItem(" ".join(sample.split())[:80]))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("ImportClientsDialog", "Column {column} goes into").format(
                    column=header or index + 1
                )
            )
            combo.addItem(translate("ImportClientsDialog", "(leave out)"), IGNORE)
            for name in FIELD_LABELS:
                combo.addItem(field_name(name), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, IGNORE))))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            grid.setCellWidget(index, 2, combo)
        grid.resizeRowsToContents()

    def mapping_combo(self, header: str) -> QComboBox:
        grid = self.ui.columnsTable
        for row in range(grid.rowCount()):
            item = grid.item(row, 0)
            if item is not None and item.text() == header:
                widget = grid.cellWidget(row, 2)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(header)

    def _on_mapping_changed(self) -> None:
        mapping: dict[int, str] = {}
        for row in range(self.ui.columnsTable.rowCount()):
            combo = self.ui.columnsTable.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[row] = str(combo.currentData())
        self._check(mapping)

    def _show_report(self, report: ImportReport) -> None:
        bad = len(report.bad_lines)
        parts = [
            translate(
                "ImportClientsDialog", "%Ln rows: {ready} ready to import", None, report.total
            ).format(ready=number_text(len(report.valid)))
        ]
        if bad:
            parts.append(translate("ImportClientsDialog", "%Ln with problems", None, bad))
        if report.duplicates:
            parts.append(
                translate(
                    "ImportClientsDialog",
                    "%Ln already registered (left out)",
                    None,
                    len(report.duplicates),
                )
            )
        self.ui.summaryLabel.setText(", ".join(parts) + ".")
        listed = [str(p) for p in report.problems]
        listed += [left_out for _line, left_out in report.duplicates]
        self.ui.problemsList.clear()
        self.ui.problemsList.addItems(listed[:MAX_LISTED])
        if len(listed) > MAX_LISTED:
            more = len(listed) - MAX_LISTED
            self.ui.problemsList.addItem(
                translate("ImportClientsDialog", "… and %Ln more.", None, more)
            )
        self._show_message("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        report = self.report
        ready = report is not None and bool(report.valid)
        blocked = report is not None and bool(report.problems)
        self.ui.skipInvalidCheck.setVisible(blocked)
        self.ui.importButton.setEnabled(
            ready and (not blocked or self.ui.skipInvalidCheck.isChecked())
        )
        if report is not None and ready:
            count = len(report.valid)
            self.ui.importButton.setText(
                translate("ImportClientsDialog", "&Import %Ln clients", None, count)
            )
        else:
            self.ui.importButton.setText(translate("ImportClientsDialog", "&Import"))

    def _show_fix_rows(self, shown: bool) -> None:
        self.ui.fixTable.setVisible(shown)
        self.ui.fixHint.setVisible(shown)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    # Importing

    def _on_import_button_clicked(self) -> None:
        progress = _Progress(self, translate("ImportClientsDialog", "Importing clients…"))
        try:
            report = self._transfers.import_csv(
                self._user,
                self._text,
                mapping=self._mapping,
                corrections=self._corrections,
                skip_invalid=self.ui.skipInvalidCheck.isChecked(),
                progress=progress,
            )
        except AcudeskError as error:
            self._show_message(error.message)
            return
        finally:
            progress.close()
        self.report = report
        self.ui.summaryLabel.setText(
            translate("ImportClientsDialog", "Imported %Ln clients.", None, report.imported)
        )
        self.ui.importButton.setEnabled(False)
        self.ui.skipInvalidCheck.setVisible(False)
        self.clients_imported.emit(report.imported)
