"""The waitlist as a table: one row per entry, sortable by every column."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from acudesk.domain.waitlist import WaitlistEntry, days_text, windows_text
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, translate
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitlistTableModel(RowsTableModel):
    context = "WaitlistTableModel"
    headers = (
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Client"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Service"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Practitioner"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Days"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Times"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Until"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Added"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Status"),
        QT_TRANSLATE_NOOP("WaitlistTableModel", "Notes"),
    )

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def cell(self, item: WaitlistEntry, column: int, role: int) -> object:
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return item.notes or None
        if role not in TEXT_ROLES:
            return None
        return self._text(item, column)

    def _text(self, item: WaitlistEntry, column: int) -> str:
        if column == 0:
            return item.client_name
        if column == 1:
            return item.service_name
        if column == 2:
            return item.practitioner_name or translate("WaitlistTableModel", "Anyone")
        if column == 3:
            return days_text(item.weekdays)
        if column == 4:
            return windows_text(item.windows)
        if column == 5:
            return day_text(item.until)
        if column == 6:
            added = day_text(item.added_at.date())
            return f"{added}, {item.added_by}" if item.added_by else added
        if column == 7:
            return item.status(self.today).label
        return " ".join(item.notes.split())

    def _sort_key(self, item: WaitlistEntry, column: int) -> object:
        # Text keys: a proxy model compares them as strings whatever their kind.
        if column == 3:
            return "".join(str(day) for day in sorted(item.weekdays)) or "-"
        if column == 4:
            return " ".join(w.start.isoformat() for w in item.windows) or "-"
        if column == 5:
            return item.until.isoformat()
        if column == 6:
            return item.added_at.isoformat()
        return self._text(item, column).casefold()
