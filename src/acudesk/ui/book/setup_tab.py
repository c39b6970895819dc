"""One tab of the book's set-up: a list on the left, the chosen record's fields on the right.

Each tab says how to list its records, fill and read its fields, and save or deactivate one
through its service; this class does the rest the same way everywhere: New, Save (Enter),
Deactivate or Activate, Reload, messages next to the field, and on a save another computer
made first, the message with everything typed kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import Permission, User
from acudesk.ui.forms.ui_book_setup_tab import Ui_BookSetupTab
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import say


class SetupTab(QWidget):
    scoped = True  # listed per location (the combo above the list)
    can_toggle = True

    def __init__(self, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookSetupTab()
        ui.setupUi(self)
        self._actor = actor
        self.current: Any = None  # the record shown, as loaded; None: a new one
        self._pairs: dict[str, tuple[QWidget, QLabel]] = {}
        self.build_fields()
        self.errors = FieldErrors(self._pairs, ui.messageLabel)
        ui.scopeLabel.setVisible(self.scoped)
        ui.scopeCombo.setVisible(self.scoped)
        ui.toggleButton.setVisible(self.can_toggle)
        ui.itemList.setAccessibleName(self.list_name())
        ui.editorGroup.setTitle(self.list_name())
        ui.scopeCombo.currentIndexChanged.connect(self._on_scope_changed)
        ui.itemList.currentItemChanged.connect(self._on_item_changed)
        ui.newButton.clicked.connect(self._on_new_clicked)
        ui.saveButton.clicked.connect(self._on_save_clicked)
        ui.toggleButton.clicked.connect(self._on_toggle_clicked)
        ui.reloadButton.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        editable = actor.can(Permission.MANAGE_CLINIC)
        for button in (ui.newButton, ui.saveButton, ui.toggleButton):
            button.setEnabled(editable)
        if not editable:
            ui.saveButton.setToolTip(
                translate("BookSetupDialog", "Only an administrator changes the book's set-up.")
            )

    # What each tab provides.

    def list_name(self) -> str:
        raise NotImplementedError

    def build_fields(self) -> None:
        raise NotImplementedError

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        """(what the list shows, the record, whether it is active)."""
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        """Show ``record`` in the fields (None: blank, for a new one)."""
        raise NotImplementedError

    def save(self, record: Any, location_id: int | None) -> Any:
        """Read the fields and save: a new record when ``record`` is None. Returns it."""
        raise NotImplementedError

    def toggle(self, record: Any) -> Any:
        """Deactivate an active record or activate an inactive one (or remove it)."""
        raise NotImplementedError

    def toggle_text(self, record: Any) -> str:
        active = record is None or getattr(record, "active", True)
        if active:
            return translate("BookSetupDialog", "&Deactivate")
        return translate("BookSetupDialog", "&Activate")

    # Shared.

    def add_field(
        self, name: str, label: str, widget: QWidget, accessible: str, *rest: QWidget
    ) -> None:
        """A row of the form: the label, the input (and ``rest``), its message under it."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for extra in rest:
            column.addWidget(extra)
        message = QLabel(box)
        message.setProperty("role", "error")
        message.setWordWrap(True)
        column.addWidget(message)
        widget.setAccessibleName(accessible)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.ui.form.addRow(caption, box)
        self._pairs[name] = (widget, message)

    def add_pairs(self, pairs: dict[str, tuple[QWidget, QLabel]]) -> None:
        self._pairs.update(pairs)

    def set_locations(self, locations: list[Location], chosen: int | None) -> None:
        combo = self.ui.scopeCombo
        combo.blockSignals(True)
        combo.clear()
        for location in locations:
            combo.addItem(location.name, location.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.reload()

    def location_id(self) -> int | None:
        data = self.ui.scopeCombo.currentData()
        return int(data) if data is not None else None

    def reload(self) -> None:
        """Read the list again and show the chosen record as it is saved now."""
        key = self._key(self.current)
        ui = self.ui
        ui.itemList.blockSignals(True)
        ui.itemList.clear()
        chosen = None
        try:
            rows = self.records(self.location_id()) if not self.scoped or self.location_id() else []
        except AcudeskError as error:
            say(ui.messageLabel, error.message, error=True)
            rows = []
        for text, record, active in rows:
            shown = (
                text
                if active
                else translate("BookSetupDialog", "{name} (inactive)").format(name=text)
            )
            item = QListWidgetItem(shown, ui.itemList)
            item.setData(Qt.ItemDataRole.UserRole, record)
            if key is not None and self._key(record) == key:
                chosen = item
        ui.itemList.blockSignals(False)
        if chosen is not None:
            ui.itemList.setCurrentItem(chosen)
            self._show(chosen.data(Qt.ItemDataRole.UserRole))
        else:
            self._show(None)
        ui.listHint.setVisible(self.scoped and self.location_id() is None)
        ui.listHint.setText(translate("BookSetupDialog", "Add a location first."))

    def _key(self, record: Any) -> object:
        if record is None:
            return None
        return (
            getattr(record, "id", None)
            or getattr(record, "user_id", None)
            or (getattr(getattr(record, "service", None), "id", None))
        )

    def _show(self, record: Any) -> None:
        self.current = record
        self.errors.clear()
        self.fill(record)
        self.ui.toggleButton.setText(self.toggle_text(record))
        item = self.ui.itemList.currentItem()
        title = item.text() if item is not None and record is not None else self.list_name()
        self.ui.editorGroup.setTitle(title)
        editable = self._actor.can(Permission.MANAGE_CLINIC)
        self.ui.toggleButton.setEnabled(editable and record is not None)

    def _on_scope_changed(self, _index: int) -> None:
        self.current = None
        self.reload()

    def _on_item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._show(item.data(Qt.ItemDataRole.UserRole))

    def _on_new_clicked(self) -> None:
        self.ui.itemList.clearSelection()
        self.ui.itemList.setCurrentRow(-1)
        self._show(None)
        first = next(iter(self._pairs.values()), None)
        if first is not None:
            first[0].setFocus()

    def _on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            saved = self.save(self.current, self.location_id())
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except AcudeskError as error:  # a conflict, a record gone: the typing stays
            self.errors.show({"": error.message})
            return
        self.current = saved
        self.reload()
        say(self.ui.messageLabel, translate("BookSetupDialog", "Saved."))

    def _on_toggle_clicked(self) -> None:
        if self.current is None:
            return
        self.errors.clear()
        try:
            changed = self.toggle(self.current)
        except AcudeskError as error:
            self.errors.show({"": error.message})
            return
        self.current = changed
        self.reload()
