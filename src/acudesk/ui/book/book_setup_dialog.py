"""Book set-up: locations, rooms, devices, services, working hours, and time off, in tabs.

Opened from Clinic ▸ Book set-up… and from Set up… on the Book. Each tab lists its records
and edits one at a time (see setup_tab.SetupTab); what it saves is announced on the change
bus, so the Book and Home follow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock, system_clock
from acudesk.ui.book.setup_people_tabs import TimeOffTab, WorkingHoursTab
from acudesk.ui.book.setup_places_tabs import DevicesTab, LocationsTab, RoomsTab
from acudesk.ui.book.setup_services_tab import ServicesTab
from acudesk.ui.book.setup_tab import SetupTab
from acudesk.ui.forms.ui_book_setup_dialog import Ui_BookSetupDialog
from acudesk.ui.i18n import translate


class BookSetupDialog(QDialog):
    def __init__(
        self,
        setup: BookSetupService,
        actor: User,
        location: Location | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
        book: BookService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookSetupDialog()
        ui.setupUi(self)
        self._setup, self._actor = setup, actor
        self._location_id = location.id if location else None
        treatments, people = setup.treatments, setup.people
        self.pages: dict[str, SetupTab] = {
            "locations": LocationsTab(setup, actor, self),
            "rooms": RoomsTab(setup, actor, self),
            "devices": DevicesTab(treatments, actor, self),
            "services": ServicesTab(treatments, actor, self),
            "hours": WorkingHoursTab(setup, people, actor, self),
            "time off": TimeOffTab(setup, people, clock, actor, self),
        }
        titles = {
            "locations": translate("BookSetupDialog", "&Locations"),
            "rooms": translate("BookSetupDialog", "R&ooms"),
            "devices": translate("BookSetupDialog", "De&vices"),
            "services": translate("BookSetupDialog", "Servi&ces"),
            "hours": translate("BookSetupDialog", "&Working hours"),
            "time off": translate("BookSetupDialog", "Time o&ff and closures"),
        }
        for key, page in self.pages.items():
            ui.tabs.addTab(page, titles[key])
        ui.tabs.currentChanged.connect(self._on_tab_changed)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self._book = book
        self._show_late_rule()
        ui.lateSaveButton.clicked.connect(self._on_late_save_clicked)
        self._on_tab_changed(0)

    def _show_late_rule(self) -> None:
        ui, book = self.ui, self._book
        for widget in (ui.lateLabel, ui.lateSpin, ui.lateSaveButton, ui.lateMessage):
            widget.setVisible(book is not None)
        if book is not None:
            ui.lateSpin.setValue(book.late_cancel_hours(self._actor))

    def _on_late_save_clicked(self) -> None:
        if self._book is None:
            return
        try:
            saved = self._book.set_late_cancel_hours(self._actor, self.ui.lateSpin.value())
        except AcudeskError as error:
            self.ui.lateMessage.setText(error.message)
            return
        self.ui.lateSpin.setValue(saved)
        self.ui.lateMessage.setText("")

    def show_tab(self, key: str) -> SetupTab:
        page = self.pages[key]
        self.ui.tabs.setCurrentWidget(page)
        return page

    def _on_tab_changed(self, _index: int) -> None:
        page = self.ui.tabs.currentWidget()
        if not isinstance(page, SetupTab):
            return
        for other in self.pages.values():  # Enter saves the tab shown
            other.ui.saveButton.setDefault(other is page)
        if not page.scoped:
            page.reload()
            return
        chosen = page.location_id() or self._location_id
        page.set_locations(self._setup.locations(self._actor), chosen)
