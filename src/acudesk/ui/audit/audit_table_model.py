"""Audit events as a lazy table: a page is read from the service when the view scrolls to it.

Tens of thousands of events never become widgets or rows in memory at once: the model holds
what was scrolled through, and ``fetchMore`` asks for the next page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from acudesk.domain.audit import AuditEntry
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, time_text, translate

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
Fetch = Callable[[int | None, int], list[AuditEntry]]  # (before seq, limit) -> newest first

HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "When"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Person"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "What"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Number"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Client"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Detail"),
)
# What the log's codes read as on screen (the log itself stays in English, as data).
WORDS = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "create"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "update"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "delete"),
    "read": QT_TRANSLATE_NOOP("AuditTableModel", "read"),
    "sign-in": QT_TRANSLATE_NOOP("AuditTableModel", "sign-in"),
    "sign-in-failed": QT_TRANSLATE_NOOP("AuditTableModel", "sign-in refused"),
    "lock": QT_TRANSLATE_NOOP("AuditTableModel", "lock"),
    "unlock": QT_TRANSLATE_NOOP("AuditTableModel", "unlock"),
    "backup": QT_TRANSLATE_NOOP("AuditTableModel", "backup"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "export"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "import"),
    "client": QT_TRANSLATE_NOOP("AuditTableModel", "client"),
    "clinic": QT_TRANSLATE_NOOP("AuditTableModel", "clinic"),
    "handout": QT_TRANSLATE_NOOP("AuditTableModel", "handout"),
    "intake": QT_TRANSLATE_NOOP("AuditTableModel", "intake"),
    "draft": QT_TRANSLATE_NOOP("AuditTableModel", "intake draft"),
    "alerts": QT_TRANSLATE_NOOP("AuditTableModel", "alerts"),
    "product": QT_TRANSLATE_NOOP("AuditTableModel", "product"),
    "protocol": QT_TRANSLATE_NOOP("AuditTableModel", "protocol"),
    "recommendations": QT_TRANSLATE_NOOP("AuditTableModel", "recommendations"),
    "session": QT_TRANSLATE_NOOP("AuditTableModel", "session"),
    "settings": QT_TRANSLATE_NOOP("AuditTableModel", "settings"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "user"),
    "audit": QT_TRANSLATE_NOOP("AuditTableModel", "audit log"),
    "database": QT_TRANSLATE_NOOP("AuditTableModel", "database"),
}


def word(code: str) -> str:
    english = WORDS.get(code)
    return code if english is None else translate("AuditTableModel", english)


class AuditTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditEntry] = []
        self._fetch: Fetch | None = None
        self._total = 0

    def start(self, fetch: Fetch, count: Callable[[], int]) -> None:
        """Show a new look-up: its first page now, the rest as the view scrolls.

        Counted after the first page, which records the look-up itself (one more event).
        """
        rows = fetch(None, PAGE)
        total = count()
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, rows
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def entry_at(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._fetch is None or parent.isValid():
            return
        more = self._fetch(self._rows[-1].seq if self._rows else None, PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AuditTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry_at(index.row())
        if entry is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            when = f"{day_text(entry.occurred_at.date())} {time_text(entry.occurred_at)}"
            client = "" if entry.client_id is None else str(entry.client_id)
            who = (when, entry.username, word(entry.action), word(entry.entity))
            return (*who, entry.entity_id, client, entry.detail)[index.column()]
        return None
