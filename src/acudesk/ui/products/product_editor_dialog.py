"""Adding or editing one product: the dialog stays open, with what was typed, until the
service accepts it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.intake import CONCERNS, roman
from acudesk.domain.products import Product, ProductCategory, ProductInput, split_ingredients
from acudesk.domain.users import User
from acudesk.services.products import ProductService
from acudesk.ui.forms.ui_product_editor_dialog import Ui_ProductEditorDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class ProductEditorDialog(QDialog):
    """``product`` None adds a new product; ``product_saved`` carries the saved one."""

    product_saved = Signal(object)

    def __init__(
        self,
        products: ProductService,
        actor: User,
        product: Product | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProductEditorDialog()
        self.ui.setupUi(self)
        self._products = products
        self._actor = actor
        self._loaded = product
        ui = self.ui
        self._fill_choices()
        self._skin_checks: dict[str, QCheckBox] = {
            "normal": ui.normalCheck,
            "dry": ui.dryCheck,
            "oily": ui.oilyCheck,
            "combination": ui.combinationCheck,
            "sensitive": ui.sensitiveCheck,
        }
        self._errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "brand": (ui.brandEdit, ui.brandError),
                "category": (ui.categoryCombo, ui.categoryError),
                "ingredients": (ui.ingredientsEdit, ui.ingredientsError),
                "notes": (ui.notesEdit, ui.notesError),
                "skin_types": (ui.sensitiveCheck, ui.skinTypesError),
                "concerns": (ui.concernsList, ui.concernsError),
                "fitzpatrick_range": (ui.shadeFromCombo, ui.shadesError),
                "fragrance_free": (ui.fragranceFreeCheck, ui.fragranceFreeError),
                "mineral_filters_only": (ui.mineralCheck, ui.mineralError),
            },
            fallback=ui.formError,
        )
        ui.shadesCheck.toggled.connect(self._on_shades_check_toggled)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("ProductEditorDialog", "Save product"))
        # The default button is drawn bold: leave room for the bold text.
        bold = save.font()
        bold.setBold(True)
        save.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(save.text()) + 44)
        title = (
            translate("ProductEditorDialog", "Add a product")
            if product is None
            else translate("ProductEditorDialog", "Edit {name}").format(name=product.name)
        )
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        self._fill(product)
        ui.nameEdit.setFocus()

    def _fill_choices(self) -> None:
        """The categories, the Fitzpatrick shades and the concerns (in two columns, so most
        of the list shows without scrolling)."""
        ui = self.ui
        for category in ProductCategory:
            ui.categoryCombo.addItem(category.label, category)
        for value in range(1, 7):
            ui.shadeFromCombo.addItem(roman(value), value)
            ui.shadeToCombo.addItem(roman(value), value)
        for concern_id, label in CONCERNS:
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, concern_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.concernsList.addItem(item)
        concerns = ui.concernsList
        concerns.setFlow(QListView.Flow.LeftToRight)
        concerns.setWrapping(True)
        concerns.setResizeMode(QListView.ResizeMode.Adjust)
        concerns.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The concerns list keeps two columns when its longest name fits half the list, else
        one, so that no name is cut (room is kept for a scroll bar, so that one appearing does
        not change the columns)."""
        concerns = self.ui.concernsList
        if watched is concerns and event.type() == QEvent.Type.Resize:
            spare = concerns.verticalScrollBar().sizeHint().width() + 2 * concerns.frameWidth()
            room = concerns.width() - spare - 4
            metrics = concerns.fontMetrics()
            tick = concerns.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 20
            widest = max(
                metrics.horizontalAdvance(concerns.item(r).text()) + tick
                for r in range(concerns.count())
            )
            cell = QSize(max(120, room // 2 if widest <= room // 2 else room), 24)
            concerns.setGridSize(cell)
            for row in range(concerns.count()):
                concerns.item(row).setSizeHint(cell - QSize(6, 0))
        return super().eventFilter(watched, event)

    def _fill(self, product: Product | None) -> None:
        ui = self.ui
        if product is None:
            ui.activeCheck.setChecked(True)
            ui.shadeToCombo.setCurrentIndex(5)
            self._on_shades_check_toggled(False)
            return
        ui.nameEdit.setText(product.name)
        ui.brandEdit.setText(product.brand)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(product.category))
        ui.ingredientsEdit.setPlainText("\n".join(product.ingredients))
        ui.notesEdit.setPlainText(product.notes)
        for skin_type, box in self._skin_checks.items():
            box.setChecked(skin_type in product.skin_types)
        for row in range(ui.concernsList.count()):
            item = ui.concernsList.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in product.concerns
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        shades = product.fitzpatrick_range
        ui.shadesCheck.setChecked(shades is not None)
        low, high = shades or (1, 6)
        ui.shadeFromCombo.setCurrentIndex(max(0, min(5, low - 1)))
        ui.shadeToCombo.setCurrentIndex(max(0, min(5, high - 1)))
        self._on_shades_check_toggled(shades is not None)
        ui.fragranceFreeCheck.setChecked(product.fragrance_free)
        ui.mineralCheck.setChecked(product.mineral_filters_only)
        ui.activeCheck.setChecked(product.active)

    def value(self) -> ProductInput:
        """What the form holds, as the service takes it."""
        ui = self.ui
        concerns = tuple(
            str(ui.concernsList.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(ui.concernsList.count())
            if ui.concernsList.item(r).checkState() == Qt.CheckState.Checked
        )
        shades = (
            (int(ui.shadeFromCombo.currentData()), int(ui.shadeToCombo.currentData()))
            if ui.shadesCheck.isChecked()
            else None
        )
        return ProductInput(
            name=ui.nameEdit.text(),
            brand=ui.brandEdit.text(),
            category=ProductCategory(ui.categoryCombo.currentData()),
            ingredients=split_ingredients(ui.ingredientsEdit.toPlainText()),
            skin_types=tuple(t for t, box in self._skin_checks.items() if box.isChecked()),
            concerns=concerns,
            fitzpatrick_range=shades,
            fragrance_free=ui.fragranceFreeCheck.isChecked(),
            mineral_filters_only=ui.mineralCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
            active=ui.activeCheck.isChecked(),
        )

    def _on_shades_check_toggled(self, checked: bool) -> None:
        for widget in (
            self.ui.shadeFromLabel,
            self.ui.shadeFromCombo,
            self.ui.shadeToLabel,
            self.ui.shadeToCombo,
        ):
            widget.setEnabled(checked)

    def _on_button_box_accepted(self) -> None:
        self._errors.clear()
        products = self._products
        try:
            if self._loaded is None:
                saved = products.create(self._actor, self.value())
            else:
                saved = products.update(self._actor, self._loaded, self.value())
        except ValidationError as error:
            self._errors.show(error.errors)
            return
        except AcudeskError as error:
            self._errors.show({error.field or "form": error.message})
            return
        self.accept()
        self.product_saved.emit(saved)
