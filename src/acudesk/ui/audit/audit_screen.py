"""Audit log: who did what to which record when, filtered, paged, exported and verified."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from acudesk.domain.audit import AuditAction, AuditFilter
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.audit import AuditService
from acudesk.ui.audit.audit_table_model import AuditTableModel, word
from acudesk.ui.forms.ui_audit_screen import Ui_AuditScreen
from acudesk.ui.i18n import DATE_EDIT_FORMAT, number_text, translate
from acudesk.ui.widgets.theme import say

_ANY_DAY = QDate(2000, 1, 1)


class AuditScreen(QWidget):
    def __init__(self, audit: AuditService, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditScreen()
        self.ui.setupUi(self)
        self._audit = audit
        self._user = user
        self.model = AuditTableModel()
        table = self.ui.eventsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(28)
        combo = self.ui.actionCombo
        combo.addItem(translate("AuditScreen", "Any action"), None)
        for action in AuditAction:
            combo.addItem(word(action.value), action.value)
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.setMinimumDate(_ANY_DAY)
            edit.setSpecialValueText(translate("AuditScreen", "Any day"))
            edit.setDisplayFormat(DATE_EDIT_FORMAT)
            edit.setDate(_ANY_DAY)
        self.ui.applyButton.clicked.connect(self.refresh)
        self.ui.personEdit.returnPressed.connect(self.refresh)
        self.ui.clientEdit.returnPressed.connect(self.refresh)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.exportButton.clicked.connect(self._on_export_button_clicked)
        self._say("")
        self.refresh()

    # Filters ------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter | None:
        """What the fields ask for; None (and a message) when the client number is not one."""
        client_text = self.ui.clientEdit.text().strip()
        if client_text and not client_text.isdigit():
            self._say(translate("AuditScreen", "A client number is digits only."), error=True)
            return None

        def day(edit) -> object:  # type: ignore[no-untyped-def]
            return None if edit.date() == _ANY_DAY else edit.date().toPython()

        return AuditFilter(
            username=self.ui.personEdit.text().strip() or None,
            client_id=int(client_text) if client_text else None,
            action=self.ui.actionCombo.currentData(),
            start=day(self.ui.fromEdit),  # type: ignore[arg-type]
            end=day(self.ui.toEdit),  # type: ignore[arg-type]
        )

    def refresh(self) -> None:
        which = self.current_filter()
        if which is None:
            return
        try:
            self.model.start(
                lambda before, limit: self._audit.events(
                    self._user, which, before=before, limit=limit
                ),
                lambda: self._audit.count(self._user, which),
            )
        except AcudeskError as error:
            self._say(error.message, error=True)
            return
        self._fit_columns()
        self.ui.countLabel.setText(
            translate("AuditScreen", "Events found: {count}").format(
                count=number_text(self.model.total)
            )
        )
        self._say("")

    def _fit_columns(self) -> None:
        """Every column but the detail as wide as what the first page shows, and its title."""
        table = self.ui.eventsTable
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, table.columnWidth(column) + 16)

    # Verify and export --------------------------------------------------------------------

    def verify(self) -> None:
        try:
            report = self._audit.verify(self._user)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return
        if report.intact:
            self._say(
                translate("AuditScreen", "The chain is intact: {count} events checked.").format(
                    count=number_text(report.checked)
                )
            )
        elif report.broken_id is None:
            self._say(
                translate(
                    "AuditScreen",
                    "The chain is broken at its end: events after number {count} were removed.",
                ).format(count=number_text(report.checked)),
                error=True,
            )
        else:
            self._say(
                translate(
                    "AuditScreen",
                    "The chain is broken at event {event}: it was changed, or events before it "
                    "were removed, after it was written. Keep this database as it is and tell "
                    "whoever looks after the clinic's data.",
                ).format(event=report.broken_id),
                error=True,
            )

    def _on_export_button_clicked(self) -> None:
        path, _kind = QFileDialog.getSaveFileName(
            self,
            translate("AuditScreen", "Export the audit log"),
            "audit.csv",
            translate("AuditScreen", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the filtered events as CSV (private to this account); returns how many."""
        which = self.current_filter()
        if which is None:
            return 0
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                count = self._audit.export_csv(self._user, out, which)
        except OSError as error:
            self._say(
                translate("AuditScreen", "The file could not be written: {reason}").format(
                    reason=error.strerror
                ),
                error=True,
            )
            return 0
        except AcudeskError as error:
            self._say(error.message, error=True)
            return 0
        self._say(
            translate("AuditScreen", "Exported {count} events to {path}.").format(
                count=number_text(count), path=path
            )
        )
        return count

    def _say(self, message: str, *, error: bool = False) -> None:
        say(self.ui.messageLabel, message, error=error)
