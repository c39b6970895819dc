"""Products: the catalogue the aftercare sheet recommends from; filter, add, edit, deactivate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.products import Product, ProductCategory, matches_search
from acudesk.domain.users import Permission, User
from acudesk.services.guard import refusal
from acudesk.services.products import ProductService
from acudesk.ui.forms.ui_products_screen import Ui_ProductsScreen
from acudesk.ui.i18n import translate
from acudesk.ui.products.product_editor_dialog import ProductEditorDialog
from acudesk.ui.products.products_table_model import ProductsTableModel
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.theme import say


class ProductsScreen(QWidget):
    def __init__(
        self,
        products: ProductService,
        actor: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProductsScreen()
        self.ui.setupUi(self)
        self._service = products
        self._actor = actor
        self._products: list[Product] = []
        self.model = ProductsTableModel()
        ui = self.ui
        ui.productsTable.setModel(self.model)
        header = ui.productsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        ui.productsTable.verticalHeader().setDefaultSectionSize(34)
        ui.categoryCombo.addItem(translate("ProductsScreen", "All categories"), None)
        for category in ProductCategory:
            ui.categoryCombo.addItem(category.label, category)
        ui.productsTable.selectionModel().selectionChanged.connect(
            self._on_products_table_selection_changed
        )
        ui.productsTable.doubleClicked.connect(self._on_edit_button_clicked)
        ui.searchEdit.textChanged.connect(self._on_filter_changed)
        ui.categoryCombo.currentIndexChanged.connect(self._on_filter_changed)
        ui.showInactiveCheck.toggled.connect(self._on_show_inactive_check_toggled)
        ui.addButton.clicked.connect(self._on_add_button_clicked)
        ui.editButton.clicked.connect(self._on_edit_button_clicked)
        ui.deactivateButton.clicked.connect(self._on_deactivate_button_clicked)
        ui.reactivateButton.clicked.connect(self._on_reactivate_button_clicked)
        self._can_edit = actor.can(Permission.MANAGE_PRODUCTS)
        if not self._can_edit:  # practitioners and reception read the catalogue
            why = refusal(actor, Permission.MANAGE_PRODUCTS)
            for button in (ui.addButton, ui.editButton, ui.deactivateButton, ui.reactivateButton):
                button.setEnabled(False)
                button.setToolTip(why)
        self._say("")
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        """A product saved anywhere (or the catalogue imported): the list follows."""
        if changes.products or changes.everything:
            selected = self.selected_product()
            self.refresh(select_id=selected.id if selected else None)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the catalogue again (after a save here or elsewhere)."""
        try:
            self._products = self._service.list(
                self._actor, include_inactive=self.ui.showInactiveCheck.isChecked()
            )
        except AcudeskError as error:
            self._products = []
            self._say(error.message, error=True)
        self._show(select_id)

    def _show(self, select_id: int | None = None) -> None:
        data = self.ui.categoryCombo.currentData()
        category = ProductCategory(data) if data else None
        query = self.ui.searchEdit.text()
        shown = [
            p
            for p in self._products
            if (category is None or p.category is category) and matches_search(p, query)
        ]
        self.model.set_products(shown)
        total = len(self._products)
        self.ui.countLabel.setText(
            translate("ProductsScreen", "{shown} of %n products", None, total).format(
                shown=len(shown)
            )
            if len(shown) != total
            else translate("ProductsScreen", "%n products", None, total)
        )
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.ui.productsTable.selectRow(row)
        self._update_buttons()

    def selected_product(self) -> Product | None:
        rows = self.ui.productsTable.selectionModel().selectedRows()
        return self.model.product_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        product = self.selected_product()
        can = self._can_edit
        self.ui.editButton.setEnabled(can and product is not None)
        self.ui.deactivateButton.setEnabled(can and product is not None and product.active)
        self.ui.reactivateButton.setEnabled(can and product is not None and not product.active)

    def _say(self, message: str, *, error: bool = False) -> None:
        say(self.ui.messageLabel, message, error=error)

    def _on_filter_changed(self, *_args: object) -> None:
        self._show()

    def _on_show_inactive_check_toggled(self, _checked: bool) -> None:
        selected = self.selected_product()
        self.refresh(selected.id if selected else None)

    def _on_products_table_selection_changed(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _open_editor(self, product: Product | None) -> ProductEditorDialog:
        dialog = ProductEditorDialog(self._service, self._actor, product, self)
        dialog.product_saved.connect(self._on_editor_dialog_product_saved)
        _open(dialog)
        return dialog

    def _on_add_button_clicked(self) -> None:
        self._open_editor(None)

    def _on_edit_button_clicked(self, *_args: object) -> None:
        product = self.selected_product()
        if product is not None and self._actor.can(Permission.MANAGE_PRODUCTS):
            self._open_editor(product)

    def _on_editor_dialog_product_saved(self, product: Product) -> None:
        self.refresh(select_id=product.id)
        self._say(translate("ProductsScreen", "{name} is saved.").format(name=product.name))

    def _act(self, action: Callable[[Product], str]) -> None:
        product = self.selected_product()
        if product is None:
            return
        try:
            done = action(product)
        except AcudeskError as error:
            self._say(error.message, error=True)
            self.refresh(select_id=product.id)
            return
        self.refresh(select_id=product.id)
        self._say(done)

    def _on_deactivate_button_clicked(self) -> None:
        def deactivate(product: Product) -> str:
            self._service.set_active(self._actor, product, False)
            return translate(
                "ProductsScreen", "{name} is no longer recommended. It stays in the catalogue."
            ).format(name=product.name)

        self._act(deactivate)

    def _on_reactivate_button_clicked(self) -> None:
        def reactivate(product: Product) -> str:
            self._service.set_active(self._actor, product, True)
            return translate("ProductsScreen", "{name} is recommended again.").format(
                name=product.name
            )

        self._act(reactivate)


def _open(dialog: QDialog) -> None:
    """Window-modal and deleted when closed: the screen does not block waiting for it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
