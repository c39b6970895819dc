"""Clinic settings for administrators: clinic details, handouts, phone region, date order,
screening. One form: one Save (Ctrl+S) for every card, and a question before leaving unsaved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from acudesk.domain.changes import Changes
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.dates import DateOrder
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.intake import ProcedureKind
from acudesk.domain.screening import (
    DEFAULT_REVIEW_MONTHS,
    DEFAULT_WAITING_DAYS,
    RULES,
    ScreeningSettings,
    Severity,
)
from acudesk.domain.settings import IDLE_LOCK_KEY, ClinicSettings
from acudesk.domain.users import User
from acudesk.services.auto_backup import AutoBackupService
from acudesk.services.clinic import ClinicService
from acudesk.services.settings import SettingsService
from acudesk.store.backup_state import FOLDER_KEY, KEEP_KEY
from acudesk.ui.clinic.settings_cards import REMINDER_KEYS, ExtraCard, more_cards
from acudesk.ui.clinic.settings_choices import (
    SEVERITY_LABELS,
    alert_label,
    fill_date_order_combo,
    fill_region_combo,
)
from acudesk.ui.forms.ui_settings_screen import Ui_SettingsScreen
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.services.reminder_settings import ReminderSettingsService
    from acudesk.ui.clinic.backup_settings_widget import BackupSettingsWidget

RULE_SETTINGS = ("phone_region", "date_order", "screening")  # what the Rules card shows
HANDOUT_SETTINGS = ("page_size", "handout_logo")  # what the Handouts card shows


def build_tables(ui: Ui_SettingsScreen) -> None:
    """The waits and severities tables: one row per procedure, one per alert."""
    waits = ui.waitsTable
    waits.setRowCount(len(ProcedureKind))
    for row, kind in enumerate(ProcedureKind):
        waits.setItem(row, 0, QTableWidgetItem(kind.label))
        spin = QSpinBox()
        spin.setRange(0, 3650)
        spin.setSuffix(translate("SettingsScreen", " days"))
        spin.setAccessibleName(
            translate("SettingsScreen", "Wait after {procedure}").format(procedure=kind.label)
        )
        waits.setCellWidget(row, 1, spin)
    severities = ui.severityTable
    severities.setRowCount(len(RULES))
    for row, alert_id in enumerate(RULES):
        severities.setItem(row, 0, QTableWidgetItem(alert_label(alert_id)))
        combo = QComboBox()
        combo.setAccessibleName(
            translate("SettingsScreen", "Severity of {alert}").format(alert=alert_label(alert_id))
        )
        for severity, label in SEVERITY_LABELS.items():
            combo.addItem(translate("SettingsScreen", label), severity.value)
        severities.setCellWidget(row, 1, combo)
    for table in (waits, severities):
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(1, 160)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(34)
        # Tall enough for every row: the page scrolls, the tables do not.
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height() + 34 * table.rowCount() + 4
        )


class SettingsScreen(QWidget):
    def __init__(
        self,
        settings: SettingsService,
        clinic: ClinicService,
        user: User,
        relay: ChangeRelay,
        backups: AutoBackupService | None = None,
        parent: QWidget | None = None,
        reminders: ReminderSettingsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        # The scroll area polishes its contents before uic sets their ``role``: polish again.
        for child in self.findChildren(QWidget):
            if child.property("role"):
                restyle(child)
        self._settings = settings
        self._clinic = clinic
        self._backups = backups
        self._reminders = reminders
        self.backups_card: BackupSettingsWidget | None = None
        self._user = user
        self._shown_details: ClinicDetails | None = None
        self._shown_rules: ClinicSettings | None = None
        ui = self.ui
        self._clinic_errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "address": (ui.addressEdit, ui.addressError),
                "phone": (ui.phoneEdit, ui.phoneError),
            }
        )
        fill_region_combo(ui.regionCombo, "GB")
        fill_date_order_combo(ui.dateOrderCombo, DateOrder.DAY_FIRST)
        build_tables(ui)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.restoreDefaultsButton.clicked.connect(self._on_restore_defaults_button_clicked)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self._on_save_button_clicked,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._show(ui.saveNotice, "")
        self._show(ui.rulesNotice, "")
        self._show(ui.rulesError, "")
        self._add_handouts_card()
        relay.changed.connect(self._on_relay_changed)
        self.load()

    def _add_handouts_card(self) -> None:
        """Handouts: paper size and logo, under the clinic details they are printed with."""
        from acudesk.ui.handouts.handout_settings_widget import HandoutSettingsWidget

        self.handouts_card = HandoutSettingsWidget(self._settings, self._user, self)
        layout = self.ui.settingsLayout
        layout.insertWidget(layout.indexOf(self.ui.clinicCard) + 1, self.handouts_card)
        self.lock_card, self.backups_card, self.reminders_card = more_cards(
            self, self._settings, self._backups, self._reminders
        )

    def load(self) -> None:
        self._show_details(self._clinic.details())
        self._show_rules(self._settings.current())

    def _on_relay_changed(self, changes: Changes) -> None:
        """Saved elsewhere (another admin, the consent text dialog): shown here too, except
        in a card where the person has typed something not yet saved."""
        if (changes.clinic or changes.everything) and self._details_untouched():
            self._show_details(self._clinic.details())
        if changes.touches_settings(*RULE_SETTINGS) and self._rules_untouched():
            self._show_rules(self._settings.current())
        card = self.handouts_card
        if changes.touches_settings(*HANDOUT_SETTINGS) and not card.has_unsaved_changes():
            card.load()
        for keys, extra in self._extra_cards():
            if changes.touches_settings(*keys) and not extra.has_unsaved_changes():
                extra.load()

    def _typed_details(self) -> ClinicDetails:
        ui = self.ui
        version = self._shown_details.version if self._shown_details else 0
        return ClinicDetails(
            ui.nameEdit.text(), ui.addressEdit.toPlainText(), ui.phoneEdit.text(), version=version
        )

    def _details_untouched(self) -> bool:
        shown = self._shown_details
        return shown is None or self._typed_details() == shown

    def _rules_untouched(self) -> bool:
        shown = self._shown_rules
        return shown is None or self.collect_rules(shown.consent_text) == shown

    def _show_details(self, details: ClinicDetails | None) -> None:
        if details is not None:
            self.ui.nameEdit.setText(details.name)
            self.ui.addressEdit.setPlainText(details.address)
            self.ui.phoneEdit.setText(details.phone)
            self._shown_details = details  # its version goes with what is typed next
        self._shown_details = self._typed_details() if details is not None else None

    def _show_rules(self, settings: ClinicSettings) -> None:
        self._put_rules(settings)
        self._shown_rules = replace(
            self.collect_rules(settings.consent_text), stored=settings.stored
        )

    def _put_rules(self, settings: ClinicSettings) -> None:
        ui = self.ui
        ui.regionCombo.setCurrentIndex(max(0, ui.regionCombo.findData(settings.phone_region)))
        ui.dateOrderCombo.setCurrentIndex(
            max(0, ui.dateOrderCombo.findData(settings.date_order.value))
        )
        screening = settings.screening
        ui.reviewSpin.setValue(screening.review_months)
        for row, kind in enumerate(ProcedureKind):
            self._spin(row).setValue(screening.wait(kind))
        for row, alert_id in enumerate(RULES):
            combo = self._severity_combo(row)
            combo.setCurrentIndex(combo.findData(screening.severity(alert_id).value))

    def _spin(self, row: int) -> QSpinBox:
        widget = self.ui.waitsTable.cellWidget(row, 1)
        assert isinstance(widget, QSpinBox)
        return widget

    def _severity_combo(self, row: int) -> QComboBox:
        widget = self.ui.severityTable.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def severity_combo(self, alert_id: str) -> QComboBox:
        return self._severity_combo(list(RULES).index(alert_id))

    def wait_spin(self, kind: ProcedureKind) -> QSpinBox:
        return self._spin(list(ProcedureKind).index(kind))

    def collect_rules(self, consent_text: str | None = None) -> ClinicSettings:
        """The settings as shown; only values that differ from the defaults are stored. The
        consent text is edited elsewhere: the stored one unless ``consent_text`` is given."""
        if consent_text is None:
            consent_text = self._settings.current().consent_text
        severities = {}
        for row, alert_id in enumerate(RULES):
            chosen = Severity(self._severity_combo(row).currentData())
            if chosen is not RULES[alert_id].severity:
                severities[alert_id] = chosen
        waits = {}
        for row, kind in enumerate(ProcedureKind):
            if self._spin(row).value() != DEFAULT_WAITING_DAYS[kind]:
                waits[kind] = self._spin(row).value()
        return ClinicSettings(
            phone_region=str(self.ui.regionCombo.currentData()),
            date_order=DateOrder(self.ui.dateOrderCombo.currentData()),
            consent_text=consent_text,
            screening=ScreeningSettings(severities, waits, self.ui.reviewSpin.value()),
            stored=self._shown_rules.stored if self._shown_rules else {},
        )

    # One form, saved once --------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return (
            not self._details_untouched()
            or not self._rules_untouched()
            or self.handouts_card.has_unsaved_changes()
            or any(extra.has_unsaved_changes() for _keys, extra in self._extra_cards())
        )

    def _extra_cards(self) -> list[tuple[tuple[str, ...], ExtraCard]]:
        """The cards below the rules, each with the setting keys it shows, in saving order."""
        cards: list[tuple[tuple[str, ...], ExtraCard]] = []
        if self.backups_card is not None:
            cards.append(((FOLDER_KEY, KEEP_KEY), self.backups_card))
        cards.append(((IDLE_LOCK_KEY,), self.lock_card))
        if self.reminders_card is not None:
            cards.append((REMINDER_KEYS, self.reminders_card))
        return cards

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Save every card that holds a change, clinic details first; stop at the first card
        the services refuse, its messages next to its fields. True when nothing is left."""
        self._show(self.ui.saveNotice, "")
        self._show(self.ui.rulesNotice, "")
        if not self.has_unsaved_changes():
            self._show(self.ui.saveNotice, translate("SettingsScreen", "No changes to save."))
            return True
        if not self._details_untouched() and not self._save_details():
            self.ui.scrollArea.ensureWidgetVisible(self.ui.clinicCard)
            return False
        card = self.handouts_card
        if card.has_unsaved_changes() and not card.save():
            self.ui.scrollArea.ensureWidgetVisible(card)
            return False
        if not self._rules_untouched() and not self._save_rules():
            self.ui.scrollArea.ensureWidgetVisible(self.ui.rulesError)
            return False
        for _keys, extra in self._extra_cards():
            if extra.has_unsaved_changes() and not extra.save():
                self.ui.scrollArea.ensureWidgetVisible(extra)  # type: ignore[arg-type]  # each is a card
                return False
        self._show(
            self.ui.saveNotice,
            translate("SettingsScreen", "Saved. New handouts and alerts use these settings."),
        )
        return True

    def _save_details(self) -> bool:
        details = self._typed_details()
        try:
            saved = self._clinic.update(self._user, details)
        except ValidationError as error:
            self._clinic_errors.show(error.errors)
            return False
        except AcudeskError as error:
            self._clinic_errors.show({"name": error.message})
            return False
        self._clinic_errors.clear()
        self._shown_details = replace(details, version=saved.version)
        return True

    def _save_rules(self) -> bool:
        try:
            saved = self._settings.update(self._user, self.collect_rules())
        except ValidationError as error:
            self._show(self.ui.rulesError, " ".join(error.errors.values()))
            return False
        except AcudeskError as error:
            self._show(self.ui.rulesError, error.message)
            return False
        self._show(self.ui.rulesError, "")
        self._show_rules(saved)
        return True

    def confirm_leave(self, then: Callable[[], object]) -> QMessageBox | None:
        """Run ``then`` now when nothing is unsaved; else ask Save / Discard / Cancel first
        (window-modal, so nothing blocks) and run it after Save succeeded or Discard."""
        if not self.has_unsaved_changes():
            then()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SettingsScreen", "Unsaved settings"),
            translate(
                "SettingsScreen",
                "You changed settings without saving them. Save them before you leave?",
            ),
            QMessageBox.StandardButton.NoButton,
        )
        box.setParent(self, box.windowFlags())
        box.setObjectName("unsavedSettingsBox")
        save = box.addButton(translate("SettingsScreen", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("SettingsScreen", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(save)
        box.addButton(translate("SettingsScreen", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(clicked: QAbstractButton) -> None:
            if clicked is save and self.save():
                then()
            elif clicked is discard:
                self.discard()
                then()

        box.buttonClicked.connect(on_clicked)
        box.open()
        return box

    def discard(self) -> None:
        """Show what is stored again, dropping what was typed."""
        self._clinic_errors.clear()
        self._show(self.ui.rulesError, "")
        self._show(self.ui.saveNotice, "")
        self.load()
        self.handouts_card.load()
        for _keys, extra in self._extra_cards():
            extra.load()

    def _on_restore_defaults_button_clicked(self) -> None:
        current = self.collect_rules()
        self._put_rules(  # shown, not saved: the screen now holds something to save
            replace(current, screening=ScreeningSettings(review_months=DEFAULT_REVIEW_MONTHS))
        )
        self._show(
            self.ui.rulesNotice,
            translate("SettingsScreen", "Defaults shown: press Save settings to keep them."),
        )

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
