"""Clinic settings for administrators: clinic details, phone region, date order, screening."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from acudesk.domain.changes import Changes
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.dates import DateOrder
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.intake import CONDITIONS_BY_ID, ProcedureKind
from acudesk.domain.screening import (
    DEFAULT_REVIEW_MONTHS,
    DEFAULT_WAITING_DAYS,
    RULES,
    ScreeningSettings,
    Severity,
)
from acudesk.domain.settings import ClinicSettings
from acudesk.domain.users import User
from acudesk.services.clinic import ClinicService
from acudesk.services.settings import SettingsService
from acudesk.ui.forms.ui_settings_screen import Ui_SettingsScreen
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import restyle

RULE_SETTINGS = ("phone_region", "date_order", "screening")  # what the Rules card shows
HANDOUT_SETTINGS = ("page_size", "handout_logo")  # what the Handouts card shows
SEVERITY_LABELS = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("SettingsScreen", "Stop"),
    Severity.CAUTION: QT_TRANSLATE_NOOP("SettingsScreen", "Caution"),
    Severity.INFO: QT_TRANSLATE_NOOP("SettingsScreen", "Note"),
}
OTHER_ALERTS = {
    "recent-procedure": QT_TRANSLATE_NOOP("SettingsScreen", "Recent cosmetic procedure"),
    "no-consent": QT_TRANSLATE_NOOP("SettingsScreen", "No signed consent"),
    "intake-outdated": QT_TRANSLATE_NOOP("SettingsScreen", "Intake out of date"),
}


def alert_label(alert_id: str) -> str:
    condition = CONDITIONS_BY_ID.get(alert_id)
    if condition:
        return condition.label
    return (
        translate("SettingsScreen", OTHER_ALERTS[alert_id])
        if alert_id in OTHER_ALERTS
        else alert_id
    )


def region_choices() -> list[tuple[str, str]]:
    """(code, "Country name (code)") for every region phonenumbers knows, named in the
    interface language (Babel's CLDR names: Qt names other countries only in English)."""
    import phonenumbers
    from babel import Locale, UnknownLocaleError

    names: Mapping[str, str]
    try:
        names = Locale.parse(QLocale().name()).territories
    except (UnknownLocaleError, ValueError):
        names = {}
    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        english = QLocale.territoryToString(territory) if territory.value else code
        choices.append((code, f"{names.get(code, english)} ({code})"))
    return sorted(choices, key=lambda c: _sort_key(c[1]))


def _sort_key(name: str) -> str:
    """Alphabetical as a person reads it: "Åland" with the A's, "Österreich" with the O's."""
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


class SettingsScreen(QWidget):
    def __init__(
        self,
        settings: SettingsService,
        clinic: ClinicService,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
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
        for code, label in region_choices():
            ui.regionCombo.addItem(label, code)
        ui.dateOrderCombo.addItem(
            translate("SettingsScreen", "Day / month / year (23/11/2026)"),
            DateOrder.DAY_FIRST.value,
        )
        ui.dateOrderCombo.addItem(
            translate("SettingsScreen", "Month / day / year (11/23/2026)"),
            DateOrder.MONTH_FIRST.value,
        )
        self._build_tables()
        ui.saveClinicButton.clicked.connect(self._on_save_clinic_button_clicked)
        ui.saveRulesButton.clicked.connect(self._on_save_rules_button_clicked)
        ui.restoreDefaultsButton.clicked.connect(self._on_restore_defaults_button_clicked)
        self._show(ui.clinicNotice, "")
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

    def _build_tables(self) -> None:
        waits = self.ui.waitsTable
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
        severities = self.ui.severityTable
        severities.setRowCount(len(RULES))
        for row, alert_id in enumerate(RULES):
            severities.setItem(row, 0, QTableWidgetItem(alert_label(alert_id)))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("SettingsScreen", "Severity of {alert}").format(
                    alert=alert_label(alert_id)
                )
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

    def _on_save_clinic_button_clicked(self) -> None:
        details = self._typed_details()
        self._show(self.ui.clinicNotice, "")
        try:
            saved = self._clinic.update(self._user, details)
        except ValidationError as error:
            self._clinic_errors.show(error.errors)
            return
        except AcudeskError as error:
            self._clinic_errors.show({"name": error.message})
            return
        self._clinic_errors.clear()
        self._shown_details = replace(details, version=saved.version)
        self._show(
            self.ui.clinicNotice,
            translate("SettingsScreen", "Saved. New handouts carry these details."),
        )

    def _on_save_rules_button_clicked(self) -> None:
        self._show(self.ui.rulesNotice, "")
        try:
            saved = self._settings.update(self._user, self.collect_rules())
        except ValidationError as error:
            self._show(self.ui.rulesError, " ".join(error.errors.values()))
            return
        except AcudeskError as error:
            self._show(self.ui.rulesError, error.message)
            return
        self._show(self.ui.rulesError, "")
        self._show_rules(saved)
        self._show(
            self.ui.rulesNotice,
            translate("SettingsScreen", "Saved. Alerts use these rules from now on."),
        )

    def _on_restore_defaults_button_clicked(self) -> None:
        current = self.collect_rules()
        self._put_rules(  # shown, not saved: the screen now holds something to save
            replace(current, screening=ScreeningSettings(review_months=DEFAULT_REVIEW_MONTHS))
        )
        self._show(
            self.ui.rulesNotice,
            translate("SettingsScreen", "Defaults shown: press Save rules to keep them."),
        )

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
