"""One section of handout advice as an editable table: each row the advice and its timing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableView, QWidget

from acudesk.domain.handouts import HandoutItem
from acudesk.ui.forms.ui_handout_items_widget import Ui_HandoutItemsWidget
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
EDIT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
TIMING_WIDTH = 190


class HandoutItemsTableModel(QAbstractTableModel):
    """A thin editable adapter over a list of HandoutItem: column 0 the text, 1 the timing."""

    headers = (
        QT_TRANSLATE_NOOP("HandoutItemsTableModel", "Advice"),
        QT_TRANSLATE_NOOP("HandoutItemsTableModel", "Timing"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._items: list[HandoutItem] = []

    def set_items(self, items: tuple[HandoutItem, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[HandoutItem, ...]:
        return tuple(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (*EDIT_ROLES, Qt.ItemDataRole.AccessibleTextRole):
            return None
        item = self._items[index.row()]
        return item.text if index.column() == 0 else item.timing

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        text = str(value)
        changed = replace(item, text=text) if index.column() == 0 else replace(item, timing=text)
        self._items[index.row()] = changed
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return translate("HandoutItemsTableModel", self.headers[section])
        return str(section + 1)  # the row number the messages speak of

    def add_row(self) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(HandoutItem(""))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move_row(self, row: int, step: int) -> int:
        """Move ``row`` one place up (-1) or down (+1); returns where it is now."""
        target = row + step
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        # Qt's destination is the row the moved one lands before, counted before the move.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (step > 0))
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target


class HandoutItemsWidget(QWidget):
    """The table with Add / Remove / Move up / Move down, and its message underneath.

    ``items_edited`` fires on any change, so the message about the old rows can go.
    """

    items_edited = Signal()

    def __init__(self, section_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutItemsWidget()
        self.ui.setupUi(self)
        self.model = HandoutItemsTableModel()
        table = self.ui.itemsTable
        table.setModel(self.model)
        table.setAccessibleName(
            translate("HandoutItemsWidget", "{section} items").format(section=section_name)
        )
        self.ui.itemsError.setAccessibleName(
            translate("HandoutItemsWidget", "{section} message").format(section=section_name)
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, TIMING_WIDTH)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped advice needs its height again whenever the advice column changes width.
        # Queued: the header finishes laying out the stretched column first.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._on_model_changed)
        self.model.rowsMoved.connect(self._on_model_changed)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(+1))
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows.start()

    @property
    def table(self) -> QTableView:
        return self.ui.itemsTable

    @property
    def error_label(self) -> QLabel:
        return self.ui.itemsError

    def set_items(self, items: tuple[HandoutItem, ...]) -> None:
        self.model.set_items(items)
        self._update_buttons()

    def items(self) -> tuple[HandoutItem, ...]:
        """The rows as typed, including a cell still being edited."""
        focused = QApplication.focusWidget()
        if focused is not None and self.table.isAncestorOf(focused):
            self.table.setFocus()  # the editor loses focus and hands its text to the model
        return self.model.items()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_add_button_clicked(self) -> None:
        row = self.model.add_row()
        self.select_row(row)
        self.table.setFocus()
        self.table.edit(self.model.index(row, 0))

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        self.model.remove_row(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def move_current(self, step: int) -> None:
        self.select_row(self.model.move_row(self.current_row(), step))
        self._update_buttons()

    def _on_model_changed(self, *_args: object) -> None:
        self.items_edited.emit()

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.ui.removeButton.setEnabled(0 <= row < count)
        self.ui.upButton.setEnabled(0 < row < count)
        self.ui.downButton.setEnabled(0 <= row < count - 1)
