"""A thin Qt adapter over a plain list of domain ``Product`` objects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acudesk.domain.products import Product, shade_text
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cells(product: Product) -> tuple[str, ...]:
    return (
        product.name,
        product.brand,
        product.category.label,
        _capital(shade_text(product.fitzpatrick_range)) or translate("ProductsTableModel", "Any"),
        translate("ProductsTableModel", "Yes")
        if product.fragrance_free
        else translate("ProductsTableModel", "No"),
        translate("ProductsTableModel", "Offered")
        if product.active
        else translate("ProductsTableModel", "Not offered"),
    )


class ProductsTableModel(RowsTableModel):
    context = "ProductsTableModel"
    headers = (
        QT_TRANSLATE_NOOP("ProductsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ProductsTableModel", "Brand"),
        QT_TRANSLATE_NOOP("ProductsTableModel", "Category"),
        QT_TRANSLATE_NOOP("ProductsTableModel", "Shades"),
        QT_TRANSLATE_NOOP("ProductsTableModel", "Fragrance-free"),
        QT_TRANSLATE_NOOP("ProductsTableModel", "Status"),
    )

    def set_products(self, products: list[Product]) -> None:
        self.set_rows(products)

    def product_at(self, row: int) -> Product | None:
        product: Product | None = self.item_at(row)
        return product

    def cell(self, item: Product, column: int, role: int) -> object:
        if role in TEXT_ROLES:
            return _cells(item)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(item.ingredients)
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return Qt.GlobalColor.gray
        return None
