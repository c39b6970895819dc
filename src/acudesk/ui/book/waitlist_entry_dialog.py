"""Adding a client to the waitlist, or changing an entry: client, service, practitioner, days,
times, until when, notes. A refused value gets its message under its field; nothing typed is
lost."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from acudesk.domain.book_time import WEEKDAY_NAMES
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.domain.waitlist import WaitlistEntry, WaitlistInput, parse_windows, windows_text
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.services.waitlist import WaitlistService
from acudesk.ui.book.client_matches import choose_client, chosen_client, show_client_matches
from acudesk.ui.forms.ui_waitlist_entry_dialog import Ui_WaitlistEntryDialog
from acudesk.ui.i18n import DATE_EDIT_FORMAT, translate
from acudesk.ui.widgets.field_errors import FieldErrors

DEFAULT_WAIT_DAYS = 30


class WaitlistEntryDialog(QDialog):
    """``entry`` None adds an entry (for ``client``, when given: id and name); ``saved``
    carries the entry as saved."""

    saved = Signal(object)

    def __init__(
        self,
        waitlist: WaitlistService,
        setup: BookSetupService,
        clients: ClientService,
        clock: Clock,
        actor: User,
        *,
        entry: WaitlistEntry | None = None,
        client: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WaitlistEntryDialog()
        ui.setupUi(self)
        self._waitlist, self._clients, self._actor = waitlist, clients, actor
        self._entry = entry
        self.setWindowTitle(
            translate("WaitlistEntryDialog", "Add to the waitlist — acudesk")
            if entry is None
            else translate("WaitlistEntryDialog", "Waitlist entry — acudesk")
        )
        self.day_checks: list[QCheckBox] = []
        self._fill_choices(setup, actor)
        today = clock().date()
        ui.untilEdit.setMinimumDate(QDate(today.year, today.month, today.day))
        ui.untilEdit.setDisplayFormat(DATE_EDIT_FORMAT)
        self._save_button = ui.buttonBox.addButton(
            translate("WaitlistEntryDialog", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._save_button.setDefault(True)
        ui.buttonBox.accepted.connect(self._on_save_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.clientEdit.textChanged.connect(self._on_client_edit_changed)
        ui.clientEdit.returnPressed.connect(ui.serviceCombo.setFocus)
        self.errors = FieldErrors(
            {
                "client": (ui.clientEdit, ui.clientError),
                "service": (ui.serviceCombo, ui.serviceError),
                "practitioner": (ui.practitionerCombo, ui.practitionerError),
                "weekdays": (ui.daysBox, ui.weekdaysError),
                "windows": (ui.windowsEdit, ui.windowsError),
                "until": (ui.untilEdit, ui.untilError),
                "notes": (ui.notesEdit, ui.notesError),
            },
            ui.messageLabel,
        )
        self._load(entry, client, today)

    def _fill_choices(self, setup: BookSetupService, actor: User) -> None:
        ui = self.ui
        for service in setup.service_types(actor):
            ui.serviceCombo.addItem(
                translate("WaitlistEntryDialog", "{name} ({minutes} min)").format(
                    name=service.name, minutes=service.minutes
                ),
                service.id,
            )
        ui.practitionerCombo.addItem(translate("WaitlistEntryDialog", "Anyone"), None)
        for person_id, name in setup.practitioners(actor):
            ui.practitionerCombo.addItem(name, person_id)
        for day in range(7):
            check = QCheckBox(WEEKDAY_NAMES[day][:3], ui.daysBox)
            check.setAccessibleName(WEEKDAY_NAMES[day])
            ui.daysLayout.addWidget(check)
            self.day_checks.append(check)
        ui.daysLayout.addStretch(1)

    def _load(
        self, entry: WaitlistEntry | None, client: tuple[int, str] | None, today: date
    ) -> None:
        ui = self.ui
        if entry is not None:
            client = (entry.client_id, entry.client_name)
        if client is not None:  # the entry stays this client's: shown, not searched
            choose_client(ui.clientList, *client)
            ui.clientList.hide()
            ui.clientEdit.blockSignals(True)
            ui.clientEdit.setText(client[1])
            ui.clientEdit.blockSignals(False)
            ui.clientEdit.setReadOnly(True)
            ui.serviceCombo.setFocus()
        else:
            ui.clientEdit.setFocus()
        until = entry.until if entry else today + timedelta(days=DEFAULT_WAIT_DAYS)
        ui.untilEdit.setDate(QDate(until.year, until.month, until.day))
        if entry is None:
            return
        ui.serviceCombo.setCurrentIndex(max(ui.serviceCombo.findData(entry.service_id), 0))
        ui.practitionerCombo.setCurrentIndex(
            max(ui.practitionerCombo.findData(entry.practitioner_id), 0)
        )
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in entry.weekdays)
        ui.windowsEdit.setText(windows_text(entry.windows) if entry.windows else "")
        ui.notesEdit.setText(entry.notes)

    def _on_client_edit_changed(self, text: str) -> None:
        self.errors.clear("client")
        problem = show_client_matches(self._clients, self._actor, text, self.ui.clientList)
        if problem:
            self.errors.show({"client": problem})

    def value(self) -> WaitlistInput:
        """What the fields hold; ValidationError for times that cannot be read."""
        ui = self.ui
        until = ui.untilEdit.date()
        return WaitlistInput(
            client_id=chosen_client(ui.clientList),
            service_id=ui.serviceCombo.currentData(),
            practitioner_id=ui.practitionerCombo.currentData(),
            weekdays=frozenset(d for d, check in enumerate(self.day_checks) if check.isChecked()),
            windows=parse_windows(ui.windowsEdit.text()),
            until=date(until.year(), until.month(), until.day()),
            notes=ui.notesEdit.text(),
        )

    def _on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            value = self.value()
            if self._entry is None:
                saved = self._waitlist.add(self._actor, value)
            else:
                saved = self._waitlist.edit(self._actor, self._entry, value)
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except AcudeskError as error:
            self.errors.show({error.field or "": error.message})
            return
        self.saved.emit(saved)
        self.accept()
