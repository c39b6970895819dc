"""A thin Qt adapter over pages of ``ClientRow``: rows are fetched as the view scrolls.

The model never counts the matches: it asks its ``fetch(offset, limit)`` for one page at a
time and knows it has them all when a page comes back short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from acudesk.domain.clients import ClientRow
from acudesk.domain.dates import DateOrder
from acudesk.services.clients import PAGE_SIZE
from acudesk.ui.clients.formatting import birth_text

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[ClientRow]]
HEADERS = ("Name", "Date of birth", "Phone", "Email")


class ClientsTableModel(QAbstractTableModel):
    def __init__(
        self, today: date, order: DateOrder = DateOrder.DAY_FIRST, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__()
        self._today = today
        self._order = order
        self._page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[ClientRow] = []
        self._complete = True

    def set_source(self, fetch: Fetch | None) -> None:
        """Show what ``fetch`` returns, starting with its first page (None: nothing)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._complete = fetch is None
        if fetch is not None:
            page = fetch(0, self._page_size)
            self._rows = list(page)
            self._complete = len(page) < self._page_size
        self.endResetModel()

    def is_complete(self) -> bool:
        """True once every match is loaded (so ``rowCount`` is the number of matches)."""
        return self._complete

    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == client_id), -1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._fetch is None:
            return
        page = self._fetch(len(self._rows), self._page_size)
        self._complete = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                f"{row.display_name}  · archived" if row.archived else row.display_name,
                birth_text(row.date_of_birth, self._order, self._today),
                row.phone,
                row.email,
            )[index.column()]
        if row.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Archived client"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
