"""The next free times for a service, listed to choose one: Enter books it.

The search runs again whenever a field changes; Later times looks past the last one listed.
What is chosen (``chosen``) opens the booking dialog filled in, from the screen that asked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from acudesk.domain.book_places import Location
from acudesk.domain.book_rules import Slot
from acudesk.domain.book_search import FreeSlotQuery
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book_search import SEARCH_WEEKS, BookSearchService
from acudesk.services.book_setup import BookSetupService
from acudesk.ui.book.slot_words import fill_resource_combos, slot_text, when_text
from acudesk.ui.forms.ui_free_slot_dialog import Ui_FreeSlotDialog
from acudesk.ui.i18n import DATE_TIME_EDIT_FORMAT, translate
from acudesk.ui.widgets.theme import fit_bold, restyle

SHOWN = 8


class FreeSlotDialog(QDialog):
    def __init__(
        self,
        search: BookSearchService,
        setup: BookSetupService,
        actor: User,
        location: Location,
        *,
        after: datetime,
        service_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FreeSlotDialog()
        ui.setupUi(self)
        self._search, self._actor, self._location = search, actor, location
        self.slots: list[Slot] = []
        self.chosen: Slot | None = None
        for service in setup.service_types(actor):
            ui.serviceCombo.addItem(
                translate("FreeSlotDialog", "{name} ({minutes} min)").format(
                    name=service.name, minutes=service.minutes
                ),
                service.id,
            )
        _choose(ui.serviceCombo, service_id)
        self._names = fill_resource_combos(
            setup,
            actor,
            location,
            ui.practitionerCombo,
            ui.roomCombo,
            anyone=translate("FreeSlotDialog", "Anyone"),
            anywhere=translate("FreeSlotDialog", "Any room"),
        )
        ui.fromEdit.setDisplayFormat(DATE_TIME_EDIT_FORMAT)
        ui.fromEdit.setDateTime(QDateTime(after.astimezone(location.tz).replace(tzinfo=None)))
        self._book_button = ui.buttonBox.addButton(
            translate("FreeSlotDialog", "&Book…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._book_button.setDefault(True)
        fit_bold(self._book_button)
        ui.buttonBox.accepted.connect(self._on_book_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.slotList.itemDoubleClicked.connect(self._on_book_clicked)
        ui.laterButton.clicked.connect(self._on_later_clicked)
        for combo in (ui.serviceCombo, ui.practitionerCombo, ui.roomCombo):
            combo.currentIndexChanged.connect(self.look)
        ui.fromEdit.dateTimeChanged.connect(self.look)
        self.look()
        ui.slotList.setFocus()

    def look(self) -> None:
        """List the next free times for what the fields say."""
        ui = self.ui
        ui.slotList.clear()
        self.slots = []
        service_id = ui.serviceCombo.currentData()
        if service_id is None:
            self._say(translate("FreeSlotDialog", "The book has no services yet."), error=True)
            return
        local = ui.fromEdit.dateTime().toPython()
        assert isinstance(local, datetime)
        try:
            self.slots = self._search.next_free(
                self._actor,
                FreeSlotQuery(
                    int(service_id),
                    self._location.id,
                    local.replace(tzinfo=self._location.tz),
                    ui.practitionerCombo.currentData(),
                    ui.roomCombo.currentData(),
                    count=SHOWN,
                ),
            )
        except AcudeskError as error:
            self._say(error.message, error=True)
            return
        for slot in self.slots:
            item = QListWidgetItem(slot_text(slot, self._location.tz, self._names))
            ui.slotList.addItem(item)
        if self.slots:
            ui.slotList.setCurrentRow(0)
            self._say(
                translate(
                    "FreeSlotDialog",
                    "The first free time is {first}. Choose one and press Enter to book it.",
                ).format(first=when_text(self.slots[0].start, self._location.tz))
            )
        else:
            self._say(
                translate(
                    "FreeSlotDialog",
                    "Nothing is free for that in the next %n week(s).",
                    None,
                    SEARCH_WEEKS,
                ),
                error=True,
            )
        self._book_button.setEnabled(bool(self.slots))
        ui.laterButton.setEnabled(bool(self.slots))

    def _on_later_clicked(self) -> None:
        if self.slots:
            last = self.slots[-1].start + timedelta(minutes=5)
            local = last.astimezone(self._location.tz).replace(tzinfo=None)
            self.ui.fromEdit.setDateTime(QDateTime(local))  # searches again

    def _on_book_clicked(self) -> None:
        row = self.ui.slotList.currentRow()
        if not self.isVisible() or not 0 <= row < len(self.slots):
            return
        self.chosen = self.slots[row]
        self.accept()

    def _say(self, message: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(message)
        label.setProperty("role", "error" if error else "hint")
        restyle(label)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
