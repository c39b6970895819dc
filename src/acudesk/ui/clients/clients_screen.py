"""Clients: search as you type, open a client, register a new one.

The list and one client's page share a stack so the whole width serves whichever the
receptionist is looking at; Back (or Esc) returns to the list with the search and the
selection as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.clients import ClientRow
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.ui.clients.client_page import ClientPage
from acudesk.ui.clients.clients_table_model import ClientsTableModel
from acudesk.ui.forms.ui_clients_screen import Ui_ClientsScreen
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay

SEARCH_DELAY_MS = 150
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_SETTINGS = ("date_order", "phone_region")  # how typed dates and numbers are read
# Builds the page for a client (None: a new one); the composition decides what it is given.
PageFactory = Callable[[int | None], ClientPage]


class ClientsScreen(QWidget):
    def __init__(
        self,
        clients: ClientService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        make_page: PageFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientsScreen()
        self.ui.setupUi(self)
        self._clients = clients
        self._clock = clock
        self._user = user
        self._make_page = make_page
        self._rules = clients.rules()  # the settings part; read again when settings change
        self.page: ClientPage | None = None
        self._list_stale = False
        self.model = ClientsTableModel()
        table = self.ui.clientsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((280, 170, 180)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(36)
        self.model.rowsInserted.connect(self._show_count)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.searchEdit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.ui.searchEdit.installEventFilter(self)
        table.installEventFilter(self)
        table.doubleClicked.connect(self._on_clients_table_double_clicked)
        self.ui.archivedCheck.toggled.connect(self.run_search)
        self.ui.newButton.clicked.connect(self.new_client)
        # Ctrl+F and Ctrl+N are the main window's (actions.py): they work from every screen.
        self.ui.messageLabel.hide()
        relay.changed.connect(self._on_relay_changed)
        self.run_search()

    # Searching -----------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()  # restarts: only a pause in typing runs a search

    def _on_relay_changed(self, changes: Changes) -> None:
        """Clients added, renamed or archived, an import, or the date order: the list follows.
        Behind an open page the list only notes it; it is searched again on the way back."""
        settings_changed = changes.touches_settings(*SEARCH_SETTINGS)
        if settings_changed:
            self._rules = self._clients.rules()
        if not (settings_changed or changes.clients or changes.everything):
            return
        if self.page is not None:
            self._list_stale = True
        else:
            self._search_keeping_selection()

    def _search_keeping_selection(self) -> None:
        shown = self.selected_row()
        self.run_search()
        row = self.model.row_of(shown.id) if shown is not None else -1
        if row >= 0:
            self.ui.clientsTable.selectRow(row)

    def run_search(self) -> None:
        """Show the first page for what the search box holds now."""
        self.search_timer.stop()
        query = self.ui.searchEdit.text()
        include_archived = self.ui.archivedCheck.isChecked()
        self.ui.messageLabel.hide()
        rules = replace(self._rules, today=self._clock().date())  # ages as of now

        def fetch(offset: int, limit: int) -> list[ClientRow]:
            try:
                return self._clients.search(
                    self._user,
                    query,
                    include_archived=include_archived,
                    offset=offset,
                    limit=limit,
                    rules=rules,
                )
            except AcudeskError as error:
                self.ui.messageLabel.setText(error.message)
                self.ui.messageLabel.show()
                return []

        self.model.set_source(fetch, rules.date_order, rules.today)
        self._list_stale = False
        if self.model.rowCount():
            self.ui.clientsTable.selectRow(0)
            self.ui.clientsTable.scrollToTop()
        self._show_count()

    def _show_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        query = self.ui.searchEdit.text().strip()
        self.ui.clientsTable.setVisible(shown > 0)
        self.ui.emptyLabel.setVisible(shown == 0)
        if shown == 0:
            self.ui.countLabel.clear()
            self.ui.emptyLabel.setText(self._empty_text(query))
        elif self.model.is_complete():
            self.ui.countLabel.setText(
                translate("ClientsScreen", "%Ln clients match “{query}”", None, shown).format(
                    query=query
                )
                if query
                else translate("ClientsScreen", "%Ln clients", None, shown)
            )
        else:
            self.ui.countLabel.setText(
                translate(
                    "ClientsScreen", "First %Ln shown, in name order; scroll for more", None, shown
                )
            )

    def _empty_text(self, query: str) -> str:
        text = (
            translate(
                "ClientsScreen",
                "No client matches “{query}”. Press Ctrl+N to register a new client.",
            ).format(query=query)
            if query
            else translate(
                "ClientsScreen", "No clients to show. Press Ctrl+N to register a new client."
            )
        )
        if not self.ui.archivedCheck.isChecked():
            text += "\n" + translate(
                "ClientsScreen",
                "Archived clients are not searched: tick Show archived to include them.",
            )
        return text

    def focus_search(self) -> None:
        if self.page is not None:
            self.page.request_back()
            if self.page is not None:
                return  # the page asks about unsaved changes first
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # Keys: the search box and the table work as one -----------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        table = self.ui.clientsTable
        if watched is self.ui.searchEdit and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            if self.search_timer.isActive():
                self.run_search()
            if self.model.rowCount():
                table.setFocus(Qt.FocusReason.OtherFocusReason)
                if key != Qt.Key.Key_Up:
                    QApplication.sendEvent(table, event)
            return True
        if watched is table:
            if key in _ENTER:
                self.open_selected()
                return True
            if key == Qt.Key.Key_Up and table.currentIndex().row() <= 0:
                self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            typed = event.text()
            if (
                typed.isprintable()
                and typed.strip()
                and not event.modifiers()
                & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            ):
                self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ui.searchEdit.insert(typed)  # typing in the list refines the search
                return True
        return super().eventFilter(watched, event)

    def _on_search_edit_return_pressed(self) -> None:
        if self.search_timer.isActive():
            self.run_search()  # Enter right after typing: search first, then open
        self.open_selected()

    def _on_clients_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_client(row.id)

    def selected_row(self) -> ClientRow | None:
        index = self.ui.clientsTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_client(row.id)

    # The client page -------------------------------------------------------------------

    def open_client(self, client_id: int) -> ClientPage:
        return self._show_page(self._make_page(client_id))

    def new_client(self) -> ClientPage:
        if self.page is not None and self.page.form.has_unsaved_changes():
            self.page.request_back()  # asks first; Ctrl+N again once back on the list
            return self.page
        page = self._show_page(self._make_page(None))
        page.form.ui.firstNameEdit.setFocus()
        return page

    def _show_page(self, page: ClientPage) -> ClientPage:
        self._drop_page()
        self.page = page
        page.back_requested.connect(self.show_list)
        page.open_client_requested.connect(self.open_client)
        self.ui.stack.addWidget(page)
        self.ui.stack.setCurrentWidget(page)
        page.ui.tabs.setFocus()
        return page

    def _drop_page(self) -> None:
        if self.page is not None:
            self.ui.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None

    def show_list(self) -> None:
        """Back to the list as it was; searched again (same search, same client) when a
        change arrived while the page was open."""
        shown = self.page.client() if self.page is not None else None
        self._drop_page()
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        if self._list_stale:
            self.run_search()
            row = self.model.row_of(shown.id) if shown is not None else -1
            if row >= 0:
                self.ui.clientsTable.selectRow(row)
        if self.model.rowCount():
            self.ui.clientsTable.setFocus()
        else:
            self.focus_search()
