"""The choices the settings form and the first-run wizard offer: countries, date orders."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from acudesk.domain.dates import DateOrder
from acudesk.domain.intake import CONDITIONS_BY_ID
from acudesk.domain.screening import Severity
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate

PAPER = (
    ("A4", QT_TRANSLATE_NOOP("HandoutSettingsWidget", "A4 (210 × 297 mm)")),
    ("Letter", QT_TRANSLATE_NOOP("HandoutSettingsWidget", "Letter (8.5 × 11 in, US)")),
)
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


def fill_region_combo(combo: QComboBox, chosen: str) -> None:
    for code, label in region_choices():
        combo.addItem(label, code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def fill_date_order_combo(combo: QComboBox, chosen: DateOrder) -> None:
    combo.addItem(
        translate("SettingsScreen", "Day / month / year (23/11/2026)"), DateOrder.DAY_FIRST.value
    )
    combo.addItem(
        translate("SettingsScreen", "Month / day / year (11/23/2026)"),
        DateOrder.MONTH_FIRST.value,
    )
    combo.setCurrentIndex(max(0, combo.findData(chosen.value)))


def fill_paper_combo(combo: QComboBox, chosen: str) -> None:
    for code, label in PAPER:
        combo.addItem(translate("HandoutSettingsWidget", label), code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
