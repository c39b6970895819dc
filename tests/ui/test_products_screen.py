"""Products screen: filter and search, add and edit through the dialog with messages next to
the fields, deactivate; and the main window shows it to those who may edit the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)

from acudesk.domain.products import ProductCategory
from acudesk.domain.users import Role
from acudesk.ui.products.product_editor_dialog import ProductEditorDialog
from acudesk.ui.products.products_screen import ProductsScreen
from acudesk.ui.shell.main_window import MainWindow
from tests.ui.widgets import button, message_under, named, press, type_into


@pytest.fixture
def screen(qtbot, services, admin, relay):
    services.products.ensure_house_catalogue()
    widget = ProductsScreen(services.products, admin, relay)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def names(screen) -> list[str]:
    model = named(screen, "Products list", QTableView).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def rows(screen) -> list[tuple[str, ...]]:
    model = named(screen, "Products list", QTableView).model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def select(qtbot, screen, name: str) -> None:
    table = named(screen, "Products list", QTableView)
    row = names(screen).index(name)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_house_catalogue_is_listed_and_can_be_filtered(qtbot, screen):
    assert len(names(screen)) == 24
    assert named(screen, "Products shown").text() == "24 products"
    combo = named(screen, "Category", QComboBox)
    combo.setCurrentIndex(combo.findText("Mineral foundation"))
    assert set(names(screen)) == {
        "Classic Loose Mineral Foundation",
        "Deep Tone Mineral Foundation",
        "Light Veil Foundation",
        "Pure Mineral Foundation",
    }
    type_into(qtbot, screen, "Search products", "bismuth")
    assert names(screen) == ["Classic Loose Mineral Foundation"]
    assert named(screen, "Products shown").text() == "1 of 24 products"
    assert (
        "Classic Loose Mineral Foundation",
        "Mineral Atelier",
        "Mineral foundation",
        "Types I–VI",
        "Yes",
        "Offered",
    ) in rows(screen)


def open_add_dialog(qtbot, screen) -> ProductEditorDialog:
    press(qtbot, screen, "Add product…")
    dialog = screen.findChild(ProductEditorDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def tick_concern(dialog, label: str) -> None:
    concerns = named(dialog, "Helps with", QListWidget)
    (item,) = concerns.findItems(label, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def test_add_a_product_with_a_problem_shown_next_to_its_field(qtbot, screen, services, admin):
    dialog = open_add_dialog(qtbot, screen)
    type_into(qtbot, dialog, "Name", "Rose Mist")
    combo = named(dialog, "Category", QComboBox)
    combo.setCurrentIndex(combo.findText("Soothing serum"))
    type_into(qtbot, dialog, "Ingredients", "Aqua, Rosa Damascena Flower Water, Parfum")
    named(dialog, "Fragrance-free", QCheckBox).setChecked(True)
    named(dialog, "Sensitive skin", QCheckBox).setChecked(True)
    tick_concern(dialog, "Redness / rosacea")
    press(qtbot, dialog, "Save product")

    assert dialog.isVisible()
    assert "include fragrance (Parfum)" in message_under(dialog, "Fragrance-free")
    assert named(dialog, "Name", QLineEdit).text() == "Rose Mist"  # nothing typed is lost
    assert "Parfum" in named(dialog, "Ingredients", QPlainTextEdit).toPlainText()

    named(dialog, "Fragrance-free", QCheckBox).setChecked(False)
    press(qtbot, dialog, "Save product")
    assert not dialog.isVisible()
    assert "Rose Mist is saved." in named(screen, "Products message").text()
    saved = next(p for p in services.products.list(admin) if p.name == "Rose Mist")
    assert saved.category is ProductCategory.SOOTHING_SERUM
    assert saved.ingredients == ("Aqua", "Rosa Damascena Flower Water", "Parfum")
    assert saved.skin_types == ("sensitive",) and saved.concerns == ("redness",)
    assert screen.selected_product().name == "Rose Mist"


def test_a_missing_name_and_an_empty_list_are_both_shown(qtbot, screen):
    dialog = open_add_dialog(qtbot, screen)
    press(qtbot, dialog, "Save product")
    assert message_under(dialog, "Name") == "Enter the product's name."
    assert "at least one ingredient" in message_under(dialog, "Ingredients")
    type_into(qtbot, dialog, "Name", "X")
    assert message_under(dialog, "Name") == ""  # typing clears its own message


def test_edit_a_product_and_its_shades(qtbot, screen, services, admin):
    select(qtbot, screen, "Light Veil Foundation")
    press(qtbot, screen, "Edit…")
    dialog = screen.findChild(ProductEditorDialog)
    assert dialog.windowTitle() == "Edit Light Veil Foundation"
    assert named(dialog, "Comes in shades", QCheckBox).isChecked()
    deepest = named(dialog, "Deepest type", QComboBox)
    assert deepest.currentText() == "III"
    lightest = named(dialog, "Lightest type", QComboBox)
    lightest.setCurrentIndex(lightest.findText("IV"))
    press(qtbot, dialog, "Save product")
    assert "swap them" in message_under(dialog, "Shades")

    deepest.setCurrentIndex(deepest.findText("V"))
    press(qtbot, dialog, "Save product")
    assert not dialog.isVisible()
    saved = next(p for p in services.products.list(admin) if p.name == "Light Veil Foundation")
    assert saved.fitzpatrick_range == (4, 5) and saved.version == 2
    assert (
        "Light Veil Foundation",
        "acudesk House",
        "Mineral foundation",
        "Types IV–V",
        "Yes",
        "Offered",
    ) in rows(screen)


def test_deactivate_hides_the_product_until_asked_then_reactivate(qtbot, screen, services, admin):
    select(qtbot, screen, "Shimmer Finishing Powder")
    press(qtbot, screen, "Deactivate")
    assert "no longer recommended" in named(screen, "Products message").text()
    assert "Shimmer Finishing Powder" not in names(screen)
    assert "Shimmer Finishing Powder" not in [p.name for p in services.products.list(admin)]

    named(screen, "Show products no longer offered", QCheckBox).setChecked(True)
    assert {r[0]: r[5] for r in rows(screen)}["Shimmer Finishing Powder"] == "Not offered"
    select(qtbot, screen, "Shimmer Finishing Powder")
    press(qtbot, screen, "Reactivate")
    assert "recommended again" in named(screen, "Products message").text()
    assert "Shimmer Finishing Powder" in [p.name for p in services.products.list(admin)]


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.PRACTITIONER])
def test_only_admins_edit_the_catalogue_others_see_why_not(qtbot, services, make_user, relay, role):
    services.products.ensure_house_catalogue()
    someone = make_user("rita", role)
    widget = ProductsScreen(services.products, someone, relay)
    qtbot.addWidget(widget)
    widget.show()
    assert len(names(widget)) == 24
    assert not named(widget, "Products list").isHidden()
    for text in ("Add product…", "Edit…"):
        greyed = button(widget, text)
        assert not greyed.isEnabled()
        assert "may not change the product catalogue" in greyed.toolTip()


def test_the_main_window_offers_the_catalogue_to_practitioners_and_reception(
    qtbot, services, make_user, relay
):
    practitioner = MainWindow(services, make_user("pia", Role.PRACTITIONER), relay)
    reception = MainWindow(services, make_user("rita", Role.RECEPTION), relay)
    qtbot.addWidget(practitioner)
    qtbot.addWidget(reception)
    nav = named(practitioner, "Navigation", QListWidget)
    entries = [nav.item(i).text() for i in range(nav.count())]
    assert "Products" in entries
    assert isinstance(practitioner.show_screen("Products"), ProductsScreen)
    other = named(reception, "Navigation", QListWidget)
    assert "Products" in [other.item(i).text() for i in range(other.count())]
