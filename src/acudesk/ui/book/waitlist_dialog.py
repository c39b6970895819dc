"""Book ▸ Waitlist…: the clients waiting for a time, filtered by service or practitioner,
sorted by any column; add, edit and remove entries. It follows the change bus."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QHeaderView, QMessageBox, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.domain.waitlist import WaitlistEntry
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.services.waitlist import WaitlistService
from acudesk.ui.book.waitlist_entry_dialog import WaitlistEntryDialog
from acudesk.ui.book.waitlist_table_model import SORT_ROLE, WaitlistTableModel
from acudesk.ui.forms.ui_waitlist_dialog import Ui_WaitlistDialog
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.theme import restyle

NOTES_COLUMN = 8


class WaitlistDialog(QDialog):
    def __init__(
        self,
        waitlist: WaitlistService,
        setup: BookSetupService,
        clients: ClientService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WaitlistDialog()
        ui.setupUi(self)
        self._waitlist, self._setup, self._clients = waitlist, setup, clients
        self._clock, self._user = clock, user
        self.entry_dialog: WaitlistEntryDialog | None = None
        self.model = WaitlistTableModel(clock().date())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = ui.entriesTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # who waited longest first
        ui.serviceFilter.addItem(translate("WaitlistDialog", "All services"), None)
        for service in setup.service_types(user):
            ui.serviceFilter.addItem(service.name, service.id)
        ui.practitionerFilter.addItem(translate("WaitlistDialog", "Any practitioner"), None)
        for person_id, name in setup.practitioners(user):
            ui.practitionerFilter.addItem(name, person_id)
        ui.serviceFilter.currentIndexChanged.connect(self.refresh)
        ui.practitionerFilter.currentIndexChanged.connect(self.refresh)
        ui.allCheck.toggled.connect(self.refresh)
        for button in (ui.addButton, ui.editButton, ui.removeButton):
            button.setAutoDefault(False)  # Enter edits the chosen entry, Esc closes
        ui.addButton.clicked.connect(self._on_add_clicked)
        ui.editButton.clicked.connect(self._on_edit_clicked)
        ui.removeButton.clicked.connect(self._on_remove_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, self._on_remove_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Return), table, self._on_edit_clicked)
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        chosen = self.chosen()
        self.model.today = self._clock().date()
        try:
            entries = self._waitlist.entries(
                self._user,
                service_id=ui.serviceFilter.currentData(),
                practitioner_id=ui.practitionerFilter.currentData(),
                waiting_only=not ui.allCheck.isChecked(),
            )
        except AcudeskError as error:
            self._say(error.message)
            return
        self.model.set_rows(entries)
        ui.entriesTable.setColumnHidden(7, not ui.allCheck.isChecked())
        if chosen is not None:
            self.select(chosen.id)
        waiting = sum(1 for e in entries if e.is_waiting(self.model.today))
        self._say(
            translate("WaitlistDialog", "%n client(s) waiting.", None, waiting)
            if entries
            else translate("WaitlistDialog", "Nobody is on the waitlist. Add… puts a client on it.")
        )
        self._update_buttons()

    def chosen(self) -> WaitlistEntry | None:
        rows = self.ui.entriesTable.selectionModel().selectedRows()
        if not rows:
            return None
        entry: WaitlistEntry | None = self.model.item_at(self.proxy.mapToSource(rows[0]).row())
        return entry

    def select(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.ui.entriesTable.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        entry = self.chosen()
        waiting = entry is not None and entry.is_waiting(self.model.today)
        self.ui.editButton.setEnabled(waiting)
        self.ui.removeButton.setEnabled(waiting)

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.everything or changes.waitlist or changes.clients or changes.book:
            self.refresh()

    def _on_add_clicked(self) -> None:
        self._open_entry(None)

    def _on_edit_clicked(self) -> None:
        entry = self.chosen()
        if entry is not None and entry.is_waiting(self.model.today):
            self._open_entry(entry)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    def _open_entry(self, entry: WaitlistEntry | None) -> None:
        dialog = WaitlistEntryDialog(
            self._waitlist,
            self._setup,
            self._clients,
            self._clock,
            self._user,
            entry=entry,
            parent=self,
        )
        dialog.saved.connect(self._on_entry_saved)
        dialog.open()
        self.entry_dialog = dialog

    def _on_entry_saved(self, entry: WaitlistEntry) -> None:
        self.refresh()
        self.select(entry.id)

    def _on_remove_clicked(self) -> None:
        entry = self.chosen()
        if entry is None or not entry.is_waiting(self.model.today):
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("WaitlistDialog", "Remove from the waitlist"),
            translate("WaitlistDialog", "Take {client} off the waitlist for {service}?").format(
                client=entry.client_name, service=entry.service_name
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("removeConfirmBox")
        yes = box.addButton(
            translate("WaitlistDialog", "&Remove"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("WaitlistDialog", "&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)

        def on_clicked(button: QAbstractButton) -> None:
            if button is yes:
                self.remove(entry)

        box.buttonClicked.connect(on_clicked)
        box.open()
        self.confirm_box = box

    def remove(self, entry: WaitlistEntry) -> None:
        try:
            self._waitlist.remove(self._user, entry)
        except AcudeskError as error:
            self._say(error.message)
            return
        self.refresh()

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        restyle(self.ui.messageLabel)
