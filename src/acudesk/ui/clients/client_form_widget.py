"""The client's details: register a new client or edit one, archive or restore.

Every field is checked as the person leaves it and again on Save; messages sit under the
field. A save refused because another workstation saved first keeps the typing and says so
in a banner at the top, with "Reload theirs" for when the person prefers the other version.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.clients import LANGUAGES, Client, ClientData, ClientInput
from acudesk.domain.errors import AcudeskError, ConflictError, PossibleDuplicate, ValidationError
from acudesk.domain.reminders import NO_CONSENT
from acudesk.domain.users import User
from acudesk.services.clients import ClientService
from acudesk.services.clock import Clock
from acudesk.services.settings import SettingsService
from acudesk.ui.clients.confirm import confirm_discard
from acudesk.ui.clients.duplicate_clients_dialog import DuplicateClientsDialog
from acudesk.ui.clients.formatting import age_text, date_hint, show_consent, to_input
from acudesk.ui.forms.ui_client_form_widget import Ui_ClientFormWidget
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, time_text, translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.field_errors import FieldErrors

# Choices offered (the person may also type their own). The record keeps the English
# wording of a choice, so every workstation shows it in its own language.
GENDERS = (
    "",
    QT_TRANSLATE_NOOP("ClientFormWidget", "Female"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Male"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Non-binary"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Prefer not to say"),
)
REFERRALS = (
    "",
    QT_TRANSLATE_NOOP("ClientFormWidget", "Friend or family"),
    "Instagram",
    "Facebook",
    QT_TRANSLATE_NOOP("ClientFormWidget", "Google search"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Clinic website"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Beauty salon or spa"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Doctor or therapist"),
    QT_TRANSLATE_NOOP("ClientFormWidget", "Walked past"),
)


def _fill_choices(combo: QComboBox, choices: tuple[str, ...]) -> None:
    for choice in choices:
        combo.addItem(translate("ClientFormWidget", choice) if choice else "", choice)


def _choice(combo: QComboBox) -> str:
    """The stored wording of what the combo shows: a choice's English, else the typing."""
    text = combo.currentText()
    index = combo.findText(text)
    return str(combo.itemData(index)) if index >= 0 and text else text


def _fill_combos(ui: Ui_ClientFormWidget) -> None:
    _fill_choices(ui.genderEdit, GENDERS)
    _fill_choices(ui.referralSourceEdit, REFERRALS)
    for code, name in LANGUAGES.items():
        ui.languageEdit.addItem(name, code)


def _button_texts(client: Client | None) -> tuple[str, str]:
    """What Save and Archive read for ``client`` (None: a new client, not archivable)."""
    if client is None:
        return translate("ClientFormWidget", "Register client"), ""
    save = translate("ClientFormWidget", "Save changes")
    if client.archived:
        return save, translate("ClientFormWidget", "Restore")
    return save, translate("ClientFormWidget", "Archive")


def _show_choice(combo: QComboBox, value: str) -> None:
    index = combo.findData(value) if value else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(value)


class ClientFormWidget(QWidget):
    """Shows one client (or a blank one) and saves it with one service call."""

    client_saved = Signal(object)  # Client, after create, update, archive or restore
    client_reloaded = Signal(object)  # Client, as another workstation saved it
    open_client_requested = Signal(int)  # the person chose an existing client instead

    def __init__(
        self,
        clients: ClientService,
        settings: SettingsService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientFormWidget()
        self.ui.setupUi(self)
        self._clients = clients
        self._settings = settings
        self._clock = clock
        self._user = user
        self._order = settings.current().date_order  # read again when the settings change
        self._client: Client | None = None
        self._baseline = ClientInput()
        self._refocusing = False
        ui = self.ui
        _fill_combos(ui)
        ui.dateOfBirthHint.setText(date_hint(self._order))
        self._edits: dict[str, QLineEdit] = {
            "first_name": ui.firstNameEdit,
            "last_name": ui.lastNameEdit,
            "preferred_name": ui.preferredNameEdit,
            "date_of_birth": ui.dateOfBirthEdit,
            "phone": ui.phoneEdit,
            "email": ui.emailEdit,
            "physician": ui.physicianEdit,
        }
        self.errors = FieldErrors(
            {
                **{name: (edit, self._error_label(name)) for name, edit in self._edits.items()},
                "gender": (ui.genderEdit, ui.genderError),
                "language": (ui.languageEdit, ui.languageError),
                "address": (ui.addressEdit, ui.addressError),
                "emergency_contact": (ui.emergencyContactEdit, ui.emergencyContactError),
                "referral_source": (ui.referralSourceEdit, ui.referralSourceError),
                "notes": (ui.notesEdit, ui.notesError),
                "reminder_email": (ui.reminderEmailCheck, ui.reminderEmailError),
                "reminder_sms": (ui.reminderSmsCheck, ui.reminderSmsError),
            },
            fallback=ui.formMessage,
        )
        for edit in self._edits.values():
            edit.installEventFilter(self)
        ui.saveButton.clicked.connect(self.save)
        ui.archiveButton.clicked.connect(self._on_archive_button_clicked)
        ui.reloadButton.clicked.connect(self._on_reload_button_clicked)
        ui.dateOfBirthEdit.textEdited.connect(self._on_date_of_birth_edit_text_edited)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        relay.changed.connect(self._on_relay_changed)
        self.load(None)

    def _on_relay_changed(self, changes: Changes) -> None:
        """The clinic's date order: the hint, and the date of birth unless the person is typing."""
        if not changes.touches_settings("date_order"):
            return
        order = self._settings.current().date_order
        if order is self._order:
            return
        untouched = not self.has_unsaved_changes()
        self._order = order
        if untouched and self._client is not None:
            self._set_values(to_input(self._client.data, order))
            self._baseline = self.collect()
        self._show_age()

    def _error_label(self, name: str) -> QLabel:
        camel = "".join(p.capitalize() if i else p for i, p in enumerate(name.split("_")))
        label = getattr(self.ui, f"{camel}Error")
        assert isinstance(label, QLabel)
        return label

    # Values in and out -----------------------------------------------------------------

    def client(self) -> Client | None:
        return self._client

    def load(self, client: Client | None) -> None:
        """Show ``client`` (None: a blank form for a new client) and forget any typing."""
        self._client = client
        value = ClientInput() if client is None else to_input(client.data, self._order)
        self._set_values(value)
        self._baseline = self.collect()
        self.errors.clear()
        self._hide_conflict()
        self.ui.savedLabel.clear()
        self.ui.archiveButton.setVisible(client is not None)
        save, archive = _button_texts(client)
        self.ui.archiveButton.setText(archive)
        self.ui.archiveButton.setAccessibleName(archive)
        self.ui.saveButton.setText(save)
        self._show_age()

    def collect(self) -> ClientInput:
        ui = self.ui
        return ClientInput(
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            preferred_name=ui.preferredNameEdit.text(),
            date_of_birth=ui.dateOfBirthEdit.text(),
            gender=_choice(ui.genderEdit),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            address=ui.addressEdit.toPlainText(),
            emergency_contact=ui.emergencyContactEdit.toPlainText(),
            physician=ui.physicianEdit.text(),
            language=str(ui.languageEdit.currentData() or "en"),
            referral_source=_choice(ui.referralSourceEdit),
            notes=ui.notesEdit.toPlainText(),
            reminder_email=ui.reminderEmailCheck.isChecked(),
            reminder_sms=ui.reminderSmsCheck.isChecked(),
        )

    def _set_values(self, value: ClientInput) -> None:
        ui = self.ui
        ui.firstNameEdit.setText(value.first_name)
        ui.lastNameEdit.setText(value.last_name)
        ui.preferredNameEdit.setText(value.preferred_name)
        ui.dateOfBirthEdit.setText(value.date_of_birth)
        _show_choice(ui.genderEdit, value.gender)
        ui.phoneEdit.setText(value.phone)
        ui.emailEdit.setText(value.email)
        ui.addressEdit.setPlainText(value.address)
        ui.emergencyContactEdit.setPlainText(value.emergency_contact)
        ui.physicianEdit.setText(value.physician)
        ui.languageEdit.setCurrentIndex(max(0, ui.languageEdit.findData(value.language)))
        _show_choice(ui.referralSourceEdit, value.referral_source)
        ui.notesEdit.setPlainText(value.notes)
        consent = self._client.data.reminders if self._client is not None else NO_CONSENT
        show_consent(ui.reminderEmailCheck, value.reminder_email, consent.email_since, self._order)
        show_consent(ui.reminderSmsCheck, value.reminder_sms, consent.sms_since, self._order)

    def has_unsaved_changes(self) -> bool:
        return self.collect() != self._baseline

    # Checking a field as the person leaves it ------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._refocusing:
            name = next((n for n, e in self._edits.items() if e is watched), None)
            if name is not None:
                # After the focus has settled, so the message never pulls the cursor back.
                QTimer.singleShot(0, self, lambda: self._check_field(name))
        return super().eventFilter(watched, event)

    def _check_field(self, name: str) -> None:
        edit = self._edits[name]
        if not edit.text().strip():
            self.errors.clear(name)  # an empty field is only mentioned on Save
            return
        data, message = self._check_alone(name, edit.text())
        if data is not None and name == "phone" and data.phone != edit.text():
            edit.setText(data.phone)  # show the number as it will be stored
        if message is None:
            self.errors.clear(name)
            self._show_age()
            return
        focus = QApplication.focusWidget()
        self._refocusing = True
        try:
            self.errors.show({name: message})
            if focus is not None:
                focus.setFocus()
        finally:
            self._refocusing = False

    def _check_alone(self, name: str, text: str) -> tuple[ClientData | None, str | None]:
        """Check one field on its own (with a stand-in name), so other fields' problems do
        not hide this one's result; they get their turn when left or on Save."""
        try:
            alone = replace(ClientInput(first_name="-"), **{name: text})  # type: ignore[arg-type]
            return self._clients.check(alone), None
        except ValidationError as error:
            return None, error.errors.get(name, error.message)

    def _on_date_of_birth_edit_text_edited(self, _text: str) -> None:
        self.ui.dateOfBirthHint.setText(date_hint(self._order))

    def _show_age(self) -> None:
        hint = date_hint(self._order)
        text = self.ui.dateOfBirthEdit.text()
        if text.strip():
            data, _message = self._check_alone("date_of_birth", text)
            if data is not None and data.date_of_birth is not None:
                hint = age_text(data.date_of_birth, self._clock().date())
        self.ui.dateOfBirthHint.setText(hint)

    # Saving --------------------------------------------------------------------------

    def save(self) -> None:
        value = self.collect()
        self.errors.clear()
        self.ui.savedLabel.clear()
        try:
            if self._client is None:
                saved = self._clients.create(self._user, value)
            else:
                saved = self._clients.update(self._user, self._client, value)
        except PossibleDuplicate as duplicate:
            self._ask_about_duplicates(value, duplicate)
        except ValidationError as error:
            self.errors.show(error.errors)
        except ConflictError as error:
            self._show_conflict(error.message)
        except AcudeskError as error:
            self.errors.show({"form": error.message})
        else:
            self._saved(saved, translate("ClientFormWidget", "Saved at {time}"))

    def _saved(self, client: Client, what: str) -> None:
        """``what`` says what happened "at {time}"."""
        self.load(client)
        self.ui.savedLabel.setText(what.format(time=time_text(self._clock())))
        self.client_saved.emit(client)

    def _ask_about_duplicates(self, value: ClientInput, duplicate: PossibleDuplicate) -> None:
        dialog = DuplicateClientsDialog(duplicate.matches, self._order, self._clock().date(), self)
        dialog.open_requested.connect(self.open_client_requested)
        dialog.save_new_requested.connect(lambda: self._create_anyway(value))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _create_anyway(self, value: ClientInput) -> None:
        try:
            saved = self._clients.create(self._user, value, allow_duplicate=True)
        except ValidationError as error:
            self.errors.show(error.errors)
        except AcudeskError as error:
            self.errors.show({"form": error.message})
        else:
            self._saved(saved, translate("ClientFormWidget", "Registered at {time}"))

    def _on_archive_button_clicked(self) -> None:
        if self._client is None:
            return
        archive = not self._client.archived
        try:
            saved = self._clients.set_archived(self._user, self._client, archive)
        except ConflictError as error:
            self._show_conflict(error.message)
        except AcudeskError as error:
            self.errors.show({"form": error.message})
        else:
            archived = translate("ClientFormWidget", "Archived at {time}")
            self._saved(
                saved, archived if archive else translate("ClientFormWidget", "Restored at {time}")
            )

    # Another workstation saved first ------------------------------------------------

    def _show_conflict(self, message: str) -> None:
        self.ui.conflictLabel.setText(message)
        self.ui.conflictBanner.setVisible(True)

    def _hide_conflict(self) -> None:
        self.ui.conflictLabel.clear()
        self.ui.conflictBanner.setVisible(False)

    def _on_reload_button_clicked(self) -> None:
        confirm_discard(
            self,
            "reloadConfirmBox",
            translate("ClientFormWidget", "Reload their version?"),
            translate(
                "ClientFormWidget",
                "Replace what you typed with the version saved on the other computer? "
                "Your changes will be lost.",
            ),
            translate("ClientFormWidget", "Discard mine and reload"),
            self.reload,
        )

    def reload(self) -> None:
        """Load the client as saved now, dropping the typing."""
        if self._client is None:
            return
        try:
            fresh = self._clients.get(self._user, self._client.id)
        except AcudeskError as error:
            self._show_conflict(error.message)
            return
        self.load(fresh)
        self.client_reloaded.emit(fresh)
