"""A thin Qt adapter over pages of ``ClientRow``: rows are fetched as the view scrolls.

The model never counts the matches: it asks its ``fetch(offset, limit)`` for one page at a
time and knows it has them all when a page comes back short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from acudesk.domain.clients import ClientRow
from acudesk.domain.dates import DateOrder
from acudesk.services.clients import PAGE_SIZE
from acudesk.ui.clients.formatting import birth_text
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.ui.widgets.table_model import TEXT_ROLES, Index, RowsTableModel

Fetch = Callable[[int, int], list[ClientRow]]


class ClientsTableModel(RowsTableModel):
    context = "ClientsTableModel"
    headers = (
        QT_TRANSLATE_NOOP("ClientsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ClientsTableModel", "Date of birth"),
        QT_TRANSLATE_NOOP("ClientsTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ClientsTableModel", "Email"),
    )

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._today = date.min
        self._order = DateOrder.DAY_FIRST
        self._page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[ClientRow] = []
        self._complete = True

    def set_source(self, fetch: Fetch | None, order: DateOrder, today: date) -> None:
        """Show what ``fetch`` returns, starting with its first page (None: nothing); dates of
        birth in ``order``, ages on ``today`` (the clinic's settings when the search ran)."""
        self.beginResetModel()
        self._order = order
        self._today = today
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
        client: ClientRow | None = self.item_at(row)
        return client

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

    def cell(self, item: ClientRow, column: int, role: int) -> object:
        row = item
        if role in TEXT_ROLES:
            return (
                translate("ClientsTableModel", "{name}  · archived").format(name=row.display_name)
                if row.archived
                else row.display_name,
                birth_text(row.date_of_birth, self._order, self._today),
                row.phone,
                row.email,
            )[column]
        if row.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ClientsTableModel", "Archived client")
        return None
