"""A thin Qt adapter over a plain list of domain ``Product`` objects."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from acudesk.domain.products import Product, shade_text

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Name", "Brand", "Category", "Shades", "Fragrance-free", "Status")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cells(product: Product) -> tuple[str, ...]:
    return (
        product.name,
        product.brand,
        product.category.label,
        _capital(shade_text(product.fitzpatrick_range)) or "Any",
        "Yes" if product.fragrance_free else "No",
        "Offered" if product.active else "Not offered",
    )


class ProductsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._products: list[Product] = []

    def set_products(self, products: list[Product]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self.endResetModel()

    def product_at(self, row: int) -> Product | None:
        return self._products[row] if 0 <= row < len(self._products) else None

    def row_of(self, product_id: int) -> int:
        return next((i for i, p in enumerate(self._products) if p.id == product_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        product = self.product_at(index.row())
        if product is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cells(product)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(product.ingredients)
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:
            return Qt.GlobalColor.gray
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
