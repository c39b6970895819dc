"""The set-up tab of the services the book offers: length, buffers, processing time (needle
retention: the practitioner free, the room kept), the device kind needed, colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from acudesk.domain.book_rules import MAX_BUFFER_MINUTES, MAX_SERVICE_MINUTES, ServiceType
from acudesk.domain.book_setup import ServiceSetup
from acudesk.domain.users import User
from acudesk.services.book_setup_services import TreatmentSetupService
from acudesk.ui.book.setup_tab import SetupTab
from acudesk.ui.i18n import translate


class ServicesTab(SetupTab):
    scoped = False

    def __init__(
        self, treatments: TreatmentSetupService, actor: User, parent: QWidget | None = None
    ) -> None:
        self._treatments = treatments
        super().__init__(actor, parent)

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Services")

    def _spin(
        self, name: str, label: str, accessible: str, most: int, prefix: str = ""
    ) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, most)
        spin.setSingleStep(5)
        spin.setPrefix(prefix)
        spin.setSuffix(translate("BookSetupDialog", " min"))
        self.add_field(name, label, spin, accessible)
        return spin

    def build_fields(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("BookSetupDialog", "e.g. Facial acupuncture"))
        self.add_field(
            "name",
            translate("BookSetupDialog", "Na&me"),
            self.name_edit,
            translate("BookSetupDialog", "Service name"),
        )
        self.minutes = self._spin(
            "minutes",
            translate("BookSetupDialog", "&Lasts"),
            translate("BookSetupDialog", "Lasts"),
            MAX_SERVICE_MINUTES,
        )
        self.before = self._spin(
            "before",
            translate("BookSetupDialog", "Set-up &before"),
            translate("BookSetupDialog", "Set-up before"),
            MAX_BUFFER_MINUTES,
        )
        self.after = self._spin(
            "after",
            translate("BookSetupDialog", "Cleaning &after"),
            translate("BookSetupDialog", "Cleaning after"),
            MAX_BUFFER_MINUTES,
        )
        self.retention_from = self._spin(
            "processing_from",
            translate("BookSetupDialog", "Needles in (&practitioner free)"),
            translate("BookSetupDialog", "Needles in after"),
            MAX_SERVICE_MINUTES,
            translate("BookSetupDialog", "after "),
        )
        self.retention = self._spin(
            "processing_minutes",
            translate("BookSetupDialog", "Re&tention"),
            translate("BookSetupDialog", "Retention"),
            MAX_SERVICE_MINUTES,
            translate("BookSetupDialog", "for "),
        )
        self._build_device_and_colour()

    def _build_device_and_colour(self) -> None:
        self.device_combo = QComboBox(self)
        self.add_field(
            "device_kind",
            translate("BookSetupDialog", "Needs a dev&ice"),
            self.device_combo,
            translate("BookSetupDialog", "Device needed"),
        )
        self.colour_edit = QLineEdit(self)
        self.colour_edit.setPlaceholderText(translate("BookSetupDialog", "#RRGGBB, or empty"))
        self.colour_edit.textChanged.connect(self._on_colour_changed)
        self.add_field(
            "colour",
            translate("BookSetupDialog", "Colo&ur"),
            self.colour_edit,
            translate("BookSetupDialog", "Colour"),
        )

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        kinds = self._treatments.device_kinds(self._actor)
        self.device_combo.clear()
        self.device_combo.addItem(translate("BookSetupDialog", "No device"), None)
        for kind in kinds:
            self.device_combo.addItem(kind, kind)
        setups = self._treatments.service_setups(self._actor)
        return [
            (
                translate("BookSetupDialog", "{name} · {minutes} min").format(
                    name=s.service.name, minutes=s.service.minutes
                ),
                s,
                s.active,
            )
            for s in setups
        ]

    def fill(self, record: ServiceSetup | None) -> None:
        service = record.service if record else ServiceType("-", 60)
        self.name_edit.setText(record.service.name if record else "")
        self.minutes.setValue(service.minutes)
        self.before.setValue(service.before)
        self.after.setValue(service.after)
        self.retention_from.setValue(service.processing_from)
        self.retention.setValue(service.processing_minutes)
        kind = service.device_kind
        index = self.device_combo.findData(kind) if kind else 0
        if kind and index < 0:  # a kind no active device has now: still shown
            self.device_combo.addItem(kind, kind)
            index = self.device_combo.count() - 1
        self.device_combo.setCurrentIndex(max(index, 0))
        self.colour_edit.setText(record.colour if record else "")

    def _value(self, record: ServiceSetup | None) -> ServiceSetup:
        service = ServiceType(
            self.name_edit.text(),
            self.minutes.value(),
            before=self.before.value(),
            after=self.after.value(),
            processing_from=self.retention_from.value() if self.retention.value() else 0,
            processing_minutes=self.retention.value(),
            device_kind=self.device_combo.currentData(),
            id=record.service.id if record else None,
        )
        version = record.version if record else 0
        active = record.active if record else True
        return ServiceSetup(service, self.colour_edit.text(), active, version)

    def save(self, record: ServiceSetup | None, location_id: int | None) -> ServiceSetup:
        value = self._value(record)
        if record is None:
            return self._treatments.add_service(self._actor, value)
        return self._treatments.update_service(self._actor, value)

    def toggle(self, record: ServiceSetup) -> ServiceSetup:
        return self._treatments.set_service_active(self._actor, record, not record.active)

    def _on_colour_changed(self, text: str) -> None:
        colour = QColor(text.strip())
        valid = len(text.strip()) == 7 and colour.isValid()
        self.colour_edit.setStyleSheet(f"border-left: 14px solid {colour.name()};" if valid else "")
